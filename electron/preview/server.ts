// The browser preview: one core, an HTTP server on 127.0.0.1 serving the built renderer, and the
// same RPC table over a WebSocket (/rpc), one RpcSession per connection. Every request and upgrade
// is checked by request-guard.ts first; refusals are logged without the token.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { createCore, type Core } from '../core/index';
import { Logger, stderrSink } from '../core/log/logger';
import { scrubber } from '../core/log/scrub';
import { createRpcSession } from '../core/rpc/session';
import { buildBridgeScript } from './bridge-bundle';
import { checkRequest, cookieName, createToken, type Refusal } from './request-guard';
import { contentTypeFor } from '../core/static/content-types';
import { NOT_BUILT_HTML, readIndex, renderIndex, resolveStatic, securityHeaders } from './static-files';

export const DEFAULT_RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

/** Large enough for any chat message or attachment the contract allows; ws defaults to 100 MiB. */
const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

export interface PreviewOptions {
  dataDir: string;
  /** 0 picks any free port. */
  port?: number;
  /** Open the URL in the default browser (the CLI does; tests and benches pass false). */
  open?: boolean;
  /** The built renderer; defaults to dist/renderer. */
  rendererDir?: string;
  logger?: Logger;
  /** Keychain service name (default "Veil"); tests use their own so they never touch a real vault key. */
  keychainService?: string;
}

export interface PreviewServer {
  readonly url: string;
  readonly token: string;
  readonly port: number;
  readonly dataDir: string;
  readonly core: Core;
  close(): Promise<void>;
}

export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const log = (options.logger ?? new Logger([stderrSink], 'info')).child('preview');
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR;
  const token = createToken();
  // Belt and braces: should the token ever reach a log line or error message, it is redacted.
  scrubber.register(token);
  const bridgeScript = await buildBridgeScript();
  const core = await createCore({
    dataDir: options.dataDir,
    host: 'preview',
    logger: log.child('core'),
    ...(options.keychainService ? { keychainService: options.keychainService } : {}),
  });

  let port = 0;
  const refuse = (req: IncomingMessage, r: Refusal) => {
    // Only the path: the query string may hold the (wrong or right) token.
    const path = (req.url ?? '').split('?')[0]?.slice(0, 200) ?? '';
    log.warn(`refused ${req.method ?? '?'} ${path} from ${req.socket.remoteAddress ?? '?'}: ${r.reason}`);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const refusal = checkRequest(req, url, { port, token, acceptCookie: true });
    if (refusal) {
      refuse(req, refusal);
      res.writeHead(refusal.status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end('Forbidden\n');
      return;
    }
    serve(req, res, url);
  });

  const serve = (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const headers = securityHeaders(port);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    const send = (status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
      res.writeHead(status, { ...headers, 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (url.pathname === '/__veil/bridge.js') return send(200, 'text/javascript; charset=utf-8', bridgeScript);
    // The raw path, not url.pathname: the URL parser silently folds `..` and `%2e%2e`, and an
    // attempt to climb out of the root deserves a 403 and a log line, not a quiet 404.
    const resolved = resolveStatic(rendererDir, (req.url ?? '/').split('?')[0] ?? '/');
    if (resolved.kind === 'forbidden') {
      refuse(req, { status: 403, reason: 'path outside the renderer directory' });
      return send(403, 'text/plain; charset=utf-8', 'Forbidden\n');
    }
    if (resolved.kind === 'missing') return send(404, 'text/plain; charset=utf-8', 'Not found\n');
    if (resolved.kind === 'index') {
      const html = renderIndex(readIndex(rendererDir) ?? NOT_BUILT_HTML, { wsUrl: `ws://127.0.0.1:${port}/rpc`, token });
      // HttpOnly + SameSite=Strict: assets and reloads authenticate without the token in the URL,
      // and no other site can make the browser send it. Named per port: cookies ignore ports.
      const cookie = `${cookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
      return send(200, 'text/html; charset=utf-8', html, { 'Set-Cookie': cookie });
    }
    return send(200, contentTypeFor(resolved.path), readFileSync(resolved.path));
  };

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const refusal: Refusal | null =
      url.pathname !== '/rpc' ? { status: 403, reason: 'upgrade on a path other than /rpc' } : checkRequest(req, url, { port, token, acceptCookie: false });
    if (refusal) {
      refuse(req, refusal);
      // As ws's own abortHandshake: write the status line, destroy once it is flushed.
      socket.once('finish', () => socket.destroy());
      socket.end(`HTTP/1.1 ${refusal.status} Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => attach(ws));
  });

  const attach = (ws: WebSocket) => {
    // Each message is written at once: corking the socket until the end of the tick (one write for
    // many token events) was measured to delay a single stream's first token by 0.2-0.5 ms (the
    // uncork waits for the whole microtask queue) without helping 20 concurrent streams.
    const session = createRpcSession(core.rpc, (msg) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(msg));
    });
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (isBinary) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(data.toString());
      } catch {
        log.warn('ignored a bridge message that is not JSON');
        return;
      }
      session.handle(parsed);
    });
    ws.on('close', () => session.close());
    ws.on('error', (err) => log.warn('bridge socket error', err));
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no TCP address');
  port = address.port;
  const url = `http://127.0.0.1:${port}/?token=${token}`;

  // As the app does once its window is up: the first send does not pay for compiling the masking engine.
  void core.chat.warmMasking().catch((err: unknown) => log.warn('masking warm-up failed', err));

  if (options.open) {
    const { openInBrowser } = await import('./open-browser');
    openInBrowser(url, log);
  }

  let closing: Promise<void> | undefined;
  return {
    url,
    token,
    port,
    dataDir: options.dataDir,
    core,
    close: () =>
      (closing ??= (async () => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await core.close();
        scrubber.forget(token);
      })()),
  };
}
