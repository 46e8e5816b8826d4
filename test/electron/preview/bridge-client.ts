// A Node client of the preview bridge for tests and benches: a real `ws` socket speaking the wire
// protocol through the same createWireTransport + buildApi the browser bridge uses, plus raw HTTP
// helpers that can send any Host/Origin header (fetch would not let us forge Host).
import { request } from 'node:http';
import WebSocket from 'ws';
import { buildApi, type VeilApi } from '../../../shared/contract/client';
import { contract } from '../../../shared/contract/channels/index';
import type { ServerMessage } from '../../../shared/contract/wire';
import { createWireTransport } from '../../../shared/contract/wire-client';

export interface BridgeClient {
  veil: VeilApi;
  socket: WebSocket;
  close(): Promise<void>;
}

export const wsUrlOf = (port: number, token: string): string => `ws://127.0.0.1:${port}/rpc?token=${encodeURIComponent(token)}`;

export async function connectBridge(port: number, token: string): Promise<BridgeClient> {
  const socket = new WebSocket(wsUrlOf(port, token), { origin: `http://127.0.0.1:${port}` });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const transport = createWireTransport((msg) => socket.send(JSON.stringify(msg)));
  socket.on('message', (data) => transport.receive(JSON.parse(data.toString()) as ServerMessage));
  socket.on('close', () => transport.disconnect({ code: 'BRIDGE_DISCONNECTED', message: 'closed' }));
  return {
    veil: buildApi(contract, transport),
    socket,
    close: () =>
      new Promise<void>((resolve) => {
        if (socket.readyState === WebSocket.CLOSED) return resolve();
        socket.once('close', () => resolve());
        socket.close();
      }),
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A GET with exactly the path and headers given (no normalisation of `..`, no forced Host). */
export function rawGet(port: number, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers: { Host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Attempts a WebSocket upgrade; resolves 101 when accepted (and closes it), else the HTTP status. */
export function tryUpgrade(port: number, path: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port,
      path,
      headers: {
        Host: `127.0.0.1:${port}`,
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': Buffer.from('0123456789abcdef').toString('base64'),
        ...headers,
      },
    });
    req.on('upgrade', (_res, socket) => {
      socket.destroy();
      resolve(101);
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      // The server may close right after its 403 line; a reset then still means "refused".
      if (err.code === 'ECONNRESET') resolve(-1);
      else reject(err);
    });
    req.end();
  });
}
