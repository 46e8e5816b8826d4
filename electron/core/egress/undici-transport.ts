// The egress transport for plain Node (preview, tests, CLI): undici with the gate's TLS rules.
// Why undici and not Electron's net.fetch here: net.fetch only exists inside Electron, and the
// core also runs under plain Node; undici lets the handshake enforce pins before any request byte
// is written, and exposes the negotiated TLS version, the peer certificate and the remote address
// for the ledger, which net.fetch does not. The app may pass a net.fetch transport (system proxy,
// OS trust store) through `EgressTransport`; the gate then refuses rules that one cannot enforce.
import diagnostics from 'node:diagnostics_channel';
import { createHash } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import { Agent, ProxyAgent, request as undiciRequest, type Dispatcher } from 'undici';
import { bypassesProxy } from '../../../shared/egress/no-proxy';
import { parseHeaderBlock } from './outgoing-headers';
import { identityCheck, socketFacts } from './tls-identity';
import type { ConnectionInfo, EgressTransport, ProxyRoute, TlsRules } from './types';

/** undici publishes every request's header block with its socket; the body Buffer identifies ours. */
const sentHooks = new WeakMap<object, (socket: unknown, headerBlock: string) => void>();

/**
 * A connection's TLS version, certificate and peer never change, and reading them (certificate
 * export and hashing) runs just before the request is written: once per kept-alive socket.
 */
const factsBySocket = new WeakMap<object, ConnectionInfo>();
function cachedSocketFacts(socket: unknown, direct: boolean): ConnectionInfo {
  // Through a proxy the facts are read each time (they are about the tunnel, and rarely hot).
  if (!direct || typeof socket !== 'object' || socket === null) return socketFacts(socket, direct);
  let facts = factsBySocket.get(socket);
  if (!facts) {
    facts = socketFacts(socket, true);
    factsBySocket.set(socket, facts);
  }
  return { ...facts };
}
let subscribed = false;
function subscribeOnce(): void {
  if (subscribed) return;
  subscribed = true;
  diagnostics.subscribe('undici:client:sendHeaders', (message) => {
    const { request, headers, socket } = message as { request: { body?: unknown }; headers: string; socket: unknown };
    const body = request.body;
    if (body && typeof body === 'object') sentHooks.get(body)?.(socket, headers);
  });
}

/** HTTPS_PROXY / NO_PROXY as the "system" proxy when there is no Electron session to ask. */
export function envProxyRoute(url: string, env: Readonly<Record<string, string | undefined>>): ProxyRoute {
  const u = new URL(url);
  const proxy = u.protocol === 'https:' ? (env.HTTPS_PROXY ?? env.https_proxy) : (env.HTTP_PROXY ?? env.http_proxy);
  if (!proxy) return { kind: 'direct' };
  const noProxy = (env.NO_PROXY ?? env.no_proxy ?? '').split(',');
  const port = u.port ? Number(u.port) : u.protocol === 'https:' ? 443 : 80;
  return bypassesProxy(u.hostname, port, noProxy) ? { kind: 'direct' } : { kind: 'explicit', url: proxy };
}

/** A proxy URL fit for the ledger: origin only, never the credentials. */
export function proxyLabel(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}`;
}

export interface UndiciTransportOptions {
  /** Environment for the "system" proxy route (default process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** The OS proxy for a URL (the app asks Electron's session); without it, HTTPS_PROXY / NO_PROXY. */
  systemProxy?: (url: string) => Promise<ProxyRoute>;
  /** How many TLS/proxy configurations keep their connection pools (default 8). */
  maxDispatchers?: number;
  /**
   * Roots the platform trusts besides Node's bundle (what the OS store adds in the app; tests pass
   * their own CA). Unlike the user's custom CA setting, these leave certificate pinning on.
   */
  trustedRoots?: readonly string[];
}

export function undiciEgressTransport(options: UndiciTransportOptions = {}): EgressTransport {
  subscribeOnce();
  const dispatchers = new Map<string, Dispatcher>();
  const max = options.maxDispatchers ?? 8;

  const dispatcherFor = (tls: TlsRules, proxyUrl: string | null): Dispatcher => {
    const key = JSON.stringify([tls.minVersion, tls.pins, tls.customCaPem ? createHash('sha256').update(tls.customCaPem).digest('hex') : null, proxyUrl]);
    const found = dispatchers.get(key);
    if (found) return found;
    // A custom CA is trusted in addition to the built-in roots (a company proxy re-signs traffic).
    const extra = [...(options.trustedRoots ?? []), ...(tls.customCaPem ? [tls.customCaPem] : [])];
    const connect = {
      minVersion: tls.minVersion,
      maxVersion: 'TLSv1.3' as const,
      ...(extra.length > 0 ? { ca: [...rootCertificates, ...extra] } : {}),
      rejectUnauthorized: true,
      checkServerIdentity: identityCheck(tls.pins),
    };
    const d: Dispatcher = proxyUrl ? new ProxyAgent({ uri: proxyUrl, requestTls: connect }) : new Agent({ connect });
    dispatchers.set(key, d);
    if (dispatchers.size > max) {
      const [oldKey, old] = dispatchers.entries().next().value as [string, Dispatcher];
      dispatchers.delete(oldKey);
      void old.close().catch(() => undefined);
    }
    return d;
  };

  return {
    name: 'undici',
    enforces: { tlsMinVersion: true, pinning: true, customCa: true, explicitProxy: true },
    async send(req, { signal, tls, proxy, onSent }) {
      const route =
        proxy.kind !== 'system' ? proxy : options.systemProxy ? await options.systemProxy(req.url) : envProxyRoute(req.url, options.env ?? process.env);
      const proxyUrl = route.kind === 'explicit' ? route.url : null;
      const body = Buffer.from(req.body, 'utf8');
      sentHooks.set(body, (socket, published) => {
        // undici publishes the block before it appends the framing it writes for a Buffer body.
        const headerBlock = `${published}content-length: ${body.byteLength}\r\n\r\n`;
        const info: ConnectionInfo = {
          ...cachedSocketFacts(socket, proxyUrl === null),
          headerBytes: Buffer.byteLength(headerBlock, 'latin1'),
          wireHeaders: parseHeaderBlock(headerBlock),
          proxy: proxyUrl ? proxyLabel(proxyUrl) : 'direct',
        };
        onSent?.(info);
      });
      const res = await undiciRequest(req.url, { method: req.method, headers: req.headers, body, signal, dispatcher: dispatcherFor(tls, proxyUrl) });
      return {
        status: res.statusCode,
        header: (name: string) => {
          const v = res.headers[name.toLowerCase()];
          return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
        },
        body: res.body,
      };
    },
    async close() {
      const all = [...dispatchers.values()];
      dispatchers.clear();
      await Promise.all(all.map((d) => d.close().catch(() => undefined)));
    },
  };
}
