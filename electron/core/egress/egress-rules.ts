// The gate's decisions for one request, before anything is sent: may it go (scheme, allowlist,
// policy deny/allow, the provider's own origin, no credential in body or URL, a transport able to
// honour the rules), and with which TLS rules, proxy route and User-Agent.
import { originKey } from '../../../shared/egress/ledger-url';
import { bypassesProxy } from '../../../shared/egress/no-proxy';
import type { EgressPolicy, NetworkSettings } from '../../../shared/egress/network-settings';
import { pinsForHost } from '../../../shared/egress/pins';
import { isLoopbackHost } from '../../../shared/providers/loopback';
import { VeilError } from '../errors/veil-error';
import { credentialValues } from '../providers/request-headers';
import type { ProviderRequest } from '../providers/types';
import type { EgressMeta, EgressTransport, ProxyRoute, TlsRules } from './types';

export interface RequestPlan {
  tls: TlsRules;
  proxy: ProxyRoute;
}

const blocked = (message: string, reason: string, host: string) => new VeilError('EGRESS_BLOCKED', message, { details: { reason, host } });

function hostMatches(entry: string, url: URL): boolean {
  const e = entry.trim().toLowerCase();
  const withPort = `${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`.toLowerCase();
  return e === url.hostname.toLowerCase() || e === url.host.toLowerCase() || e === withPort;
}

/** Origins ("https://api.deepseek.com") Veil may reach: those of the configured providers. */
export function allowlistFrom(baseUrls: ReadonlyArray<string | null>): Set<string> {
  const out = new Set<string>();
  for (const b of baseUrls) {
    if (!b) continue;
    try {
      out.add(originKey(b));
    } catch {
      // A malformed custom URL allows nothing.
    }
  }
  return out;
}

export function planRequest(
  req: ProviderRequest,
  meta: EgressMeta,
  ctx: { allow: ReadonlySet<string>; settings: NetworkSettings; policy: EgressPolicy | null; transport: EgressTransport },
): RequestPlan {
  let url: URL;
  try {
    url = new URL(req.url);
  } catch {
    throw blocked('The request address is not a valid URL, so nothing was sent.', 'invalid-url', 'invalid');
  }
  const host = url.host;
  const loopback = isLoopbackHost(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw blocked(`Veil only sends over https (plain http is allowed for this machine only); the request to ${host} was not sent.`, 'insecure-scheme', host);
  }
  if (url.username || url.password) throw blocked(`The address for ${host} carries credentials in the URL; nothing was sent.`, 'url-credentials', host);
  const origin = originKey(req.url);
  if (!ctx.allow.has(origin)) throw blocked(`${host} is not one of your configured providers, so Veil did not contact it.`, 'not-allowed', host);
  if (meta.provider.baseUrl && originKey(meta.provider.baseUrl) !== origin) {
    throw blocked(`This request for ${meta.provider.displayName} pointed at ${host}, which is not its address; nothing was sent.`, 'wrong-origin', host);
  }
  const { policy, settings, transport } = ctx;
  if (policy?.denyHosts?.some((h) => hostMatches(h, url))) throw blocked(`Your organisation's policy does not allow ${host}; nothing was sent.`, 'policy-deny', host);
  if (policy?.allowHosts && !policy.allowHosts.some((h) => hostMatches(h, url))) {
    throw blocked(`Your organisation's policy does not list ${host}; nothing was sent.`, 'policy-allow', host);
  }
  // Adapters put the key only in headers; a key in the body or URL would land in the ledger and logs.
  for (const secret of credentialValues(req.headers)) {
    if (req.body.includes(secret) || req.url.includes(secret)) throw blocked(`The request to ${host} contained the API key outside its header, so Veil did not send it.`, 'key-in-body', host);
  }

  const customCaPem = settings.customCaPem;
  // A custom CA means a re-signing proxy or private PKI: its certificates can never match public pins.
  const pins = customCaPem || !policy?.pins ? [] : pinsForHost(policy.pins, url.hostname);
  const tls: TlsRules = { minVersion: settings.tls13Only || policy?.tls13Only ? 'TLSv1.3' : 'TLSv1.2', pins, customCaPem };
  const proxy = proxyRoute(url, loopback, settings);
  if (!proxy) throw blocked(`A proxy is required in Settings → Network but none is set, so the request to ${host} was not sent.`, 'proxy-missing', host);

  const missing = [
    tls.pins.length > 0 && !transport.enforces.pinning ? 'certificate pinning' : null,
    tls.customCaPem && !transport.enforces.customCa ? 'a custom certificate authority' : null,
    tls.minVersion === 'TLSv1.3' && !transport.enforces.tlsMinVersion ? 'TLS 1.3 only' : null,
    proxy.kind === 'explicit' && !transport.enforces.explicitProxy ? 'an explicit proxy' : null,
  ].filter((m): m is string => m !== null);
  if (url.protocol === 'https:' && missing.length > 0) {
    throw blocked(`This network connection cannot enforce ${missing.join(' and ')}, so the request to ${host} was not sent.`, 'transport-cannot-enforce', host);
  }
  return { tls, proxy };
}

/** null: an explicit proxy is required but has no URL (never silently direct). */
function proxyRoute(url: URL, loopback: boolean, settings: NetworkSettings): ProxyRoute | null {
  // Loopback traffic never goes through a proxy: it would carry local requests off the machine.
  if (loopback) return { kind: 'direct' };
  const p = settings.proxy;
  if (p.mode === 'direct') return { kind: 'direct' };
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  if (p.mode === 'explicit' && p.url) return bypassesProxy(url.hostname, port, p.noProxy) ? { kind: 'direct' } : { kind: 'explicit', url: p.url };
  if (p.mode === 'explicit') return null;
  return { kind: 'system' };
}
