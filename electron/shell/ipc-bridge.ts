// The one IPC channel between preload and main. Messages from a trusted sender (sender-check.ts)
// go to an RpcSession per webContents; the session is closed when the page navigates, reloads,
// crashes or is destroyed, so a new document never receives answers meant for the old one.
import type { Logger } from '../core/log/logger';
import { createRpcSession, type RpcSession } from '../core/rpc/session';
import type { RpcTable } from '../core/rpc/table';
import { RPC_CHANNEL } from './rpc-channel';
import type { IpcEventLike, SenderLike } from './sender-check';

export { RPC_CHANNEL };

/** The parts of WebContents the bridge uses. */
export interface BridgeWebContents extends SenderLike {
  isDestroyed(): boolean;
  send(channel: string, message: unknown): void;
  on(event: 'did-start-navigation', listener: (details: { isMainFrame: boolean; isSameDocument: boolean }) => void): unknown;
  on(event: 'render-process-gone' | 'destroyed', listener: () => void): unknown;
}

export interface BridgeIpcMain {
  on(channel: string, listener: (event: IpcEventLike, message: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: IpcEventLike, message: unknown) => void): unknown;
}

export interface RpcBridgeOptions {
  ipcMain: BridgeIpcMain;
  table: RpcTable;
  log: Logger;
  /** Decides whether a message comes from one of our windows; returns that window or null. */
  trustedWindow(event: IpcEventLike): BridgeWebContents | null;
}

export interface RpcBridge {
  /** Open sessions (for tests and diagnostics). */
  readonly sessionCount: number;
  dispose(): void;
}

export function attachRpcBridge(options: RpcBridgeOptions): RpcBridge {
  const { ipcMain, table, log } = options;
  const sessions = new Map<number, RpcSession>();
  const watched = new WeakSet<BridgeWebContents>();
  let rejected = 0;

  const closeSession = (id: number) => {
    sessions.get(id)?.close();
    sessions.delete(id);
  };

  const sessionFor = (wc: BridgeWebContents): RpcSession => {
    const existing = sessions.get(wc.id);
    if (existing) return existing;
    const id = wc.id;
    const session = createRpcSession(table, (msg) => {
      if (!wc.isDestroyed()) wc.send(RPC_CHANNEL, msg);
    });
    sessions.set(id, session);
    if (!watched.has(wc)) {
      watched.add(wc);
      wc.on('did-start-navigation', (details) => {
        if (details.isMainFrame && !details.isSameDocument) closeSession(id);
      });
      wc.on('render-process-gone', () => closeSession(id));
      wc.on('destroyed', () => closeSession(id));
    }
    return session;
  };

  const listener = (event: IpcEventLike, message: unknown) => {
    const wc = options.trustedWindow(event);
    if (!wc) {
      // Logged once per burst at most: an untrusted frame must not be able to flood the log.
      if (rejected++ % 100 === 0) log.warn('ignored an IPC message from an untrusted frame', { url: event.senderFrame?.url.slice(0, 200) ?? null });
      return;
    }
    sessionFor(wc).handle(message);
  };
  ipcMain.on(RPC_CHANNEL, listener);

  return {
    get sessionCount() {
      return sessions.size;
    },
    dispose() {
      ipcMain.removeListener(RPC_CHANNEL, listener);
      for (const id of [...sessions.keys()]) closeSession(id);
    },
  };
}
