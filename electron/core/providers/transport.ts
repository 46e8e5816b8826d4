// How a request reaches the network. The driver takes any `ProviderTransport`, so the egress
// gate can hand in its own (allowlist, TLS rules, pinning, proxy, ledger) without the adapters
// knowing. The default uses undici's `request`, which puts on the wire only the headers given
// (plus host, connection, content-length); fetch would add accept-language, sec-fetch-mode and
// accept-encoding, a recognisable client fingerprint.
import { request as undiciRequest, type Dispatcher } from 'undici';
import type { ByteSource, ProviderRequest } from './types';

export interface ProviderResponse {
  status: number;
  header(name: string): string | null;
  body: ByteSource | null;
}

export type ProviderTransport = (request: ProviderRequest, signal: AbortSignal) => Promise<ProviderResponse>;

/** undici transport; pass the egress gate's dispatcher (Agent with TLS options, ProxyAgent...). */
export function undiciTransport(dispatcher?: Dispatcher): ProviderTransport {
  return async (req, signal) => {
    const res = await undiciRequest(req.url, {
      method: req.method,
      headers: req.headers,
      body: req.body,
      signal,
      ...(dispatcher ? { dispatcher } : {}),
    });
    return {
      status: res.statusCode,
      header: (name) => {
        const v = res.headers[name.toLowerCase()];
        return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
      },
      body: res.body,
    };
  };
}

type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string; signal: AbortSignal }) => Promise<{
  status: number;
  headers: { get(name: string): string | null };
  body: ReadableStream<Uint8Array> | null;
}>;

/** Adapts a fetch function (global fetch, Electron net.fetch) to a transport. */
export function fetchTransport(fetchFn: FetchLike): ProviderTransport {
  return async (req, signal) => {
    const res = await fetchFn(req.url, { method: req.method, headers: req.headers, body: req.body, signal });
    return { status: res.status, header: (name) => res.headers.get(name), body: res.body };
  };
}
