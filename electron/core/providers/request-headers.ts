// The only headers Veil puts on a provider request: auth, Content-Type, Accept and a fixed
// User-Agent. SDKs add OS, architecture, runtime and package versions; Veil never does.
import type { AuthScheme } from '../../../shared/providers';

export const DEFAULT_USER_AGENT = 'Veil';
export const ANTHROPIC_VERSION = '2023-06-01';

const REDACTED = '[REDACTED]';
const SECRET_HEADERS = new Set(['authorization', 'x-api-key', 'proxy-authorization', 'api-key']);

export function minimalHeaders(opts: { auth: AuthScheme; apiKey?: string; accept: string; userAgent?: string }): Record<string, string> {
  const headers: Record<string, string> = {};
  if (opts.auth === 'bearer' && opts.apiKey) headers.Authorization = `Bearer ${opts.apiKey}`;
  if (opts.auth === 'x-api-key' && opts.apiKey) headers['x-api-key'] = opts.apiKey;
  headers['Content-Type'] = 'application/json';
  headers.Accept = opts.accept;
  headers['User-Agent'] = sanitizeUserAgent(opts.userAgent);
  return headers;
}

/** A User-Agent from policy is used verbatim, but never allowed to inject extra header lines. */
function sanitizeUserAgent(value: string | undefined): string {
  const ua = (value ?? DEFAULT_USER_AGENT).replace(/[\r\n\0]/g, '').trim();
  return ua.length > 0 ? ua.slice(0, 200) : DEFAULT_USER_AGENT;
}

/** Copy of the headers safe for the ledger and logs: credential values replaced. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!SECRET_HEADERS.has(name.toLowerCase())) out[name] = value;
    else out[name] = name.toLowerCase() === 'authorization' ? value.replace(/^(\S+\s+).*$/s, `$1${REDACTED}`) : REDACTED;
  }
  return out;
}

/** The credential values carried by a request, so error text can be checked against them. */
export function credentialValues(headers: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (!SECRET_HEADERS.has(name.toLowerCase())) continue;
    const token = name.toLowerCase() === 'authorization' ? value.replace(/^\S+\s+/, '') : value;
    if (token.length >= 4) out.push(token);
  }
  return out;
}
