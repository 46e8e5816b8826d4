// The headers a provider request may carry: credentials, content negotiation, the Anthropic API
// version, and a neutral User-Agent ("Veil", or the one policy sets). Anything else an adapter or
// caller adds is dropped here, the last point before the wire, so no SDK-style fingerprint
// (OS, architecture, runtime, package versions) can leave the machine.
import { DEFAULT_USER_AGENT } from '../providers/request-headers';

const ALLOWED = new Map([
  ['authorization', 'Authorization'],
  ['x-api-key', 'x-api-key'],
  ['anthropic-version', 'anthropic-version'],
  ['content-type', 'Content-Type'],
  ['accept', 'Accept'],
]);

/** The header names the transport itself adds on the wire (HTTP/1.1 framing). */
export const TRANSPORT_HEADERS = ['host', 'connection', 'content-length'] as const;

export function neutralUserAgent(policyUserAgent: string | undefined): string {
  const ua = (policyUserAgent ?? DEFAULT_USER_AGENT).replace(/[\r\n\0]/g, '').trim().slice(0, 200);
  return ua.length > 0 ? ua : DEFAULT_USER_AGENT;
}

/** The allowed subset of `headers` (canonical names) plus the User-Agent; returns what was dropped too. */
export function outgoingHeaders(headers: Readonly<Record<string, string>>, userAgent: string): { headers: Record<string, string>; dropped: string[] } {
  const out: Record<string, string> = {};
  const dropped: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    const canonical = ALLOWED.get(name.toLowerCase());
    if (canonical && !/[\r\n\0]/.test(value)) out[canonical] = value;
    else if (name.toLowerCase() !== 'user-agent') dropped.push(name);
  }
  out['User-Agent'] = userAgent;
  return { headers: out, dropped };
}

/** Parses an HTTP/1.1 header block ("POST /x HTTP/1.1\r\nName: value\r\n...") into name/value pairs. */
export function parseHeaderBlock(block: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const line of block.split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) pairs.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
  }
  return pairs;
}
