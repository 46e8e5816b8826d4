// The IPC bridge with the real core (createCore) and real RPC sessions. Real Electron cannot run on
// this machine (no binary), so ipcMain and webContents are tiny structural stand-ins: an event
// emitter for ipcMain, and an object recording what main would send to the renderer.
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/index';
import { memoryLogger } from '../../../electron/core/log/logger';
import { attachRpcBridge, RPC_CHANNEL, type BridgeIpcMain, type BridgeWebContents, type RpcBridge } from '../../../electron/shell/ipc-bridge';
import { isTrustedSender, type FrameLike, type IpcEventLike } from '../../../electron/shell/sender-check';
import type { ServerMessage } from '../../../shared/contract/wire';

class StandInContents extends EventEmitter implements BridgeWebContents {
  readonly sent: ServerMessage[] = [];
  destroyed = false;
  constructor(
    readonly id: number,
    readonly mainFrame: FrameLike,
  ) {
    super();
  }
  isDestroyed() {
    return this.destroyed;
  }
  send(channel: string, message: unknown) {
    expect(channel).toBe(RPC_CHANNEL);
    this.sent.push(message as ServerMessage);
  }
}

const frame = (url: string, parent: FrameLike | null = null): FrameLike => ({ url, parent, processId: 3, routingId: parent ? 2 : 1 });
const until = async (cond: () => boolean) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(cond()).toBe(true);
};

let dir: string;
let core: Core;
let ipc: EventEmitter & BridgeIpcMain;
let win: StandInContents;
let bridge: RpcBridge;
let log: ReturnType<typeof memoryLogger>;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'veil-bridge-'));
  log = memoryLogger('debug');
  core = await createCore({ dataDir: dir, host: 'test', logger: log.logger, loadKeychain: () => { throw new Error('no keychain in this test'); } });
  ipc = new EventEmitter() as EventEmitter & BridgeIpcMain;
  win = new StandInContents(1, frame('app://veil/index.html'));
  bridge = attachRpcBridge({
    ipcMain: ipc,
    table: core.rpc,
    log: log.logger,
    trustedWindow: (e) => (isTrustedSender(e, win) ? win : null),
  });
});
afterEach(async () => {
  bridge.dispose();
  await core.close();
  rmSync(dir, { recursive: true, force: true });
});

const fromMain = (msg: unknown): void => void ipc.emit(RPC_CHANNEL, { sender: win, senderFrame: win.mainFrame } satisfies IpcEventLike, msg);

describe('attachRpcBridge', () => {
  it('answers requests from the main frame of our window', async () => {
    fromMain({ type: 'request', id: 1, channel: 'app.echo', input: { text: 'hi' } });
    await until(() => win.sent.length === 1);
    expect(win.sent[0]).toEqual({ type: 'response', id: 1, ok: true, output: { text: 'hi' } });
  });

  it('validates input in the core and answers with a structured error', async () => {
    fromMain({ type: 'request', id: 2, channel: 'app.echo', input: { text: 42 } });
    await until(() => win.sent.length === 1);
    expect(win.sent[0]).toMatchObject({ type: 'response', id: 2, ok: false, error: { code: 'RPC_INVALID_INPUT' } });
  });

  it('ignores messages from a subframe, a foreign page and another webContents', async () => {
    const sub = frame('app://veil/index.html', win.mainFrame);
    ipc.emit(RPC_CHANNEL, { sender: win, senderFrame: sub }, { type: 'request', id: 3, channel: 'app.echo', input: { text: 'x' } });
    const evil = new StandInContents(1, frame('https://evil.example/'));
    ipc.emit(RPC_CHANNEL, { sender: evil, senderFrame: evil.mainFrame }, { type: 'request', id: 4, channel: 'app.echo', input: { text: 'x' } });
    ipc.emit(RPC_CHANNEL, { sender: win, senderFrame: null }, { type: 'request', id: 5, channel: 'app.echo', input: { text: 'x' } });
    await new Promise((r) => setTimeout(r, 50));
    expect(win.sent).toEqual([]);
    expect(evil.sent).toEqual([]);
    expect(bridge.sessionCount).toBe(0);
    expect(log.lines.some((l) => l.includes('untrusted frame'))).toBe(true);
  });

  it('closes the session when the webContents is destroyed: running streams stop', async () => {
    fromMain({ type: 'subscribe', id: 7, channel: 'app.ticks', input: { count: 1000, intervalMs: 5 } });
    await until(() => win.sent.length >= 2);
    expect(bridge.sessionCount).toBe(1);
    win.destroyed = true;
    win.emit('destroyed');
    expect(bridge.sessionCount).toBe(0);
    const count = win.sent.length;
    await new Promise((r) => setTimeout(r, 60));
    expect(win.sent.length).toBe(count);
  });

  it('starts a fresh session when the page reloads, so old answers never reach the new page', async () => {
    fromMain({ type: 'subscribe', id: 1, channel: 'app.ticks', input: { count: 1000, intervalMs: 5 } });
    await until(() => win.sent.length >= 1);
    win.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    expect(bridge.sessionCount).toBe(0);
    win.sent.length = 0;
    fromMain({ type: 'request', id: 1, channel: 'app.echo', input: { text: 'new page' } });
    await until(() => win.sent.length >= 1);
    await new Promise((r) => setTimeout(r, 40));
    expect(win.sent).toEqual([{ type: 'response', id: 1, ok: true, output: { text: 'new page' } }]);
    // In-page (same-document) navigation keeps the session.
    win.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    expect(bridge.sessionCount).toBe(1);
  });

  it('stops listening after dispose', async () => {
    bridge.dispose();
    fromMain({ type: 'request', id: 1, channel: 'app.echo', input: { text: 'x' } });
    await new Promise((r) => setTimeout(r, 30));
    expect(win.sent).toEqual([]);
  });
});
