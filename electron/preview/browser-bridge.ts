// Runs in the preview's browser tab (bundled to /__veil/bridge.js at server start). It defines
// window.veil exactly as the preload does, buildApi(contract, transport), with the transport
// speaking the wire protocol over the loopback WebSocket instead of Electron IPC.
// Imports only shared/ (and zod): it must stay a plain browser script.
import './zod-jitless';
import { buildApi } from '../../shared/contract/client';
import { contract } from '../../shared/contract/channels/index';
import type { WireError } from '../../shared/contract/errors';
import type { ClientMessage, ServerMessage } from '../../shared/contract/wire';
import { createWireTransport } from '../../shared/contract/wire-client';

const meta = (name: string): string | null => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? null;

function bridgeUrl(): string {
  const token = meta('veil-bridge-token') ?? new URLSearchParams(location.search).get('token') ?? '';
  const base = meta('veil-bridge-url') ?? `ws://${location.host}/rpc`;
  return `${base}?token=${encodeURIComponent(token)}`;
}

const disconnected = (message: string): WireError => ({ code: 'BRIDGE_DISCONNECTED', message });

const socket = new WebSocket(bridgeUrl());
// Messages sent before the socket opens wait here, so the app may call window.veil immediately.
let queue: string[] | null = [];
let closedWith: WireError | null = null;

const transport = createWireTransport((msg: ClientMessage) => {
  if (closedWith) {
    // The call is registered by the transport right after send returns: fail it on the next tick.
    const reason = closedWith;
    queueMicrotask(() => transport.disconnect(reason));
    return;
  }
  const text = JSON.stringify(msg);
  if (queue) queue.push(text);
  else socket.send(text);
});

socket.addEventListener('open', () => {
  const pending = queue ?? [];
  queue = null;
  for (const text of pending) socket.send(text);
});

socket.addEventListener('message', (ev: MessageEvent) => {
  if (typeof ev.data !== 'string') return;
  try {
    transport.receive(JSON.parse(ev.data) as ServerMessage);
  } catch {
    // A message we cannot parse comes from a broken server; there is no call to attribute it to.
  }
});

socket.addEventListener('close', () => {
  closedWith = disconnected('The connection to the Veil preview server was lost. Restart it and open the new URL.');
  queue = null;
  transport.disconnect(closedWith);
});

Object.defineProperty(window, 'veil', {
  value: buildApi(contract, transport),
  enumerable: true,
  writable: false,
  configurable: false,
});
