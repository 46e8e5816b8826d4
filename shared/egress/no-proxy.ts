// The no-proxy list, with the conventions curl and most tools share: "*" matches every host,
// "example.com" and ".example.com" match the host and its subdomains, "host:port" limits to one
// port, and IPv4 CIDR ranges ("10.0.0.0/8") match addresses. Loopback never goes through a proxy.
import { isLoopbackHost } from '../providers/loopback';

function ipv4ToInt(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return null;
    n = n * 256 + Number(p);
  }
  return n;
}

function matchesCidr(host: string, cidr: string): boolean {
  const [base, bitsText] = cidr.split('/');
  const bits = Number(bitsText);
  const ip = ipv4ToInt(host);
  const net = ipv4ToInt(base ?? '');
  if (ip === null || net === null || !Number.isInteger(bits) || bits < 0 || bits > 32) return false;
  if (bits === 0) return true;
  const size = 2 ** (32 - bits);
  return Math.floor(ip / size) === Math.floor(net / size);
}

/** True when a request to hostname:port must not use the proxy. */
export function bypassesProxy(hostname: string, port: number, noProxy: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (isLoopbackHost(host)) return true;
  for (const raw of noProxy) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return true;
    if (entry.includes('/')) {
      if (matchesCidr(host, entry)) return true;
      continue;
    }
    const portMatch = /^(.*):(\d+)$/.exec(entry);
    const name = (portMatch ? portMatch[1]! : entry).replace(/^\*?\./, '').replace(/^\[|\]$/g, '');
    if (portMatch && Number(portMatch[2]) !== port) continue;
    if (host === name || host.endsWith(`.${name}`)) return true;
  }
  return false;
}
