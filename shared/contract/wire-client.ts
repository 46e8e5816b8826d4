// The client half of the wire protocol: turns Transport calls into ClientMessages and routes
// ServerMessages back to pending calls and streams. Used over IPC (preload) and WebSocket (preview).
import type { StreamHandle, Transport } from './client';
import type { WireError } from './errors';
import type { ClientMessage, ServerMessage } from './wire';

interface Pending {
  resolve(value: unknown): void;
  reject(error: WireError): void;
}
interface OpenStream extends Pending {
  onEvent(event: unknown): void;
}

export interface WireTransport extends Transport {
  /** Feed every message received from the server here. */
  receive(msg: ServerMessage): void;
  /** The connection is gone: fail everything still open. */
  disconnect(reason: WireError): void;
}

export function createWireTransport(send: (msg: ClientMessage) => void): WireTransport {
  let nextId = 1;
  const calls = new Map<number, Pending>();
  const streams = new Map<number, OpenStream>();

  return {
    invoke(channel, input) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        calls.set(id, { resolve, reject });
        send({ type: 'request', id, channel, input });
      });
    },

    subscribe(channel, input, onEvent): StreamHandle {
      const id = nextId++;
      let cancelled = false;
      const done = new Promise<void>((resolve, reject) => {
        streams.set(id, { resolve: () => resolve(), reject, onEvent });
      });
      // A caller that never awaits `done` must not trigger an unhandled rejection.
      done.catch(() => undefined);
      send({ type: 'subscribe', id, channel, input });
      return {
        done,
        cancel() {
          if (cancelled || !streams.has(id)) return;
          cancelled = true;
          send({ type: 'cancel', id });
        },
      };
    },

    receive(msg) {
      if (msg.type === 'response') {
        const call = calls.get(msg.id);
        if (!call) return;
        calls.delete(msg.id);
        if (msg.ok) call.resolve(msg.output);
        else call.reject(msg.error);
        return;
      }
      const s = streams.get(msg.id);
      if (!s) return;
      if (msg.type === 'event') s.onEvent(msg.event);
      else {
        streams.delete(msg.id);
        if (msg.type === 'end') s.resolve(undefined);
        else s.reject(msg.error);
      }
    },

    disconnect(reason) {
      for (const c of calls.values()) c.reject(reason);
      for (const s of streams.values()) s.reject(reason);
      calls.clear();
      streams.clear();
    },
  };
}
