// The OS proxy for the app's outbound requests. The core sends with undici (it needs the TLS
// handshake for pins and ledger facts); Electron's session knows the system proxy (PAC, WPAD, OS
// settings). This asks the session per URL and turns its PAC answer into a route for undici.
import type { ProxyRoute } from '../core/egress/types';
import { VeilError } from '../core/errors/veil-error';

/** The part of Electron's Session used here. */
export interface ProxyResolvingSession {
  resolveProxy(url: string): Promise<string>;
}

/**
 * Reads a PAC result such as "PROXY proxy.corp:3128; DIRECT" and takes its first entry. SOCKS
 * proxies cannot carry Veil's requests yet: rather than silently going direct past a proxy the user
 * configured, the request fails with a clear error.
 */
export function routeFromPacResult(result: string): ProxyRoute {
  const first = result.split(';').map((s) => s.trim()).find((s) => s.length > 0) ?? 'DIRECT';
  const [kind = '', hostPort = ''] = first.split(/\s+/, 2);
  switch (kind.toUpperCase()) {
    case 'DIRECT':
      return { kind: 'direct' };
    case 'PROXY':
      return { kind: 'explicit', url: `http://${hostPort}` };
    case 'HTTPS':
      return { kind: 'explicit', url: `https://${hostPort}` };
    default:
      throw new VeilError(
        'EGRESS_PROXY_UNSUPPORTED',
        `Your system proxy (${kind}) is not supported by Veil yet, so nothing was sent. Set an HTTP proxy in Settings → Network, or choose "direct".`,
      );
  }
}

export function systemProxyResolver(session: ProxyResolvingSession): (url: string) => Promise<ProxyRoute> {
  return async (url) => routeFromPacResult(await session.resolveProxy(url));
}
