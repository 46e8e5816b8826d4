// One connection's worth of wire protocol (shared/contract/wire.ts) on top of an RpcTable.
// Used by the Electron IPC bridge (shell/) and the preview's WebSocket bridge alike.
import { ClientMessageSchema, type ServerMessage } from '../../../shared/contract/wire';
import type { RpcTable } from './table';

export interface RpcSession {
  /** Handles one decoded client message (any shape; invalid ones get an error reply when they carry an id). */
  handle(raw: unknown): void;
  /** Cancels every running stream (the connection went away). */
  close(): void;
}

export function createRpcSession(table: RpcTable, send: (msg: ServerMessage) => void): RpcSession {
  const streams = new Map<number, AbortController>();
  let closed = false;
  const safeSend = (msg: ServerMessage) => {
    if (!closed) send(msg);
  };

  return {
    handle(raw) {
      const parsed = ClientMessageSchema.safeParse(raw);
      if (!parsed.success) {
        const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
        if (typeof id === 'number' && Number.isInteger(id) && id >= 0) {
          safeSend({ type: 'response', id, ok: false, error: { code: 'RPC_INVALID_MESSAGE', message: 'Malformed message.' } });
        }
        return;
      }
      const msg = parsed.data;
      if (msg.type === 'request') {
        void table.call(msg.channel, msg.input).then((r) =>
          safeSend(r.ok ? { type: 'response', id: msg.id, ok: true, output: r.output } : { type: 'response', id: msg.id, ok: false, error: r.error }),
        );
      } else if (msg.type === 'subscribe') {
        if (streams.has(msg.id)) {
          safeSend({ type: 'error', id: msg.id, error: { code: 'RPC_INVALID_MESSAGE', message: 'Stream id already in use.' } });
          return;
        }
        const ac = new AbortController();
        streams.set(msg.id, ac);
        void table
          .subscribe(msg.channel, msg.input, (event) => safeSend({ type: 'event', id: msg.id, event }), ac.signal)
          .then((error) => {
            streams.delete(msg.id);
            safeSend(error ? { type: 'error', id: msg.id, error } : { type: 'end', id: msg.id });
          });
      } else {
        streams.get(msg.id)?.abort();
      }
    },
    close() {
      closed = true;
      for (const ac of streams.values()) ac.abort();
      streams.clear();
    },
  };
}
