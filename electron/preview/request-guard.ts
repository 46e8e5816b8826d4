// The preview's gatekeeper: every HTTP request and WebSocket upgrade passes `checkRequest` before
// anything else happens. It enforces a loopback Host (DNS rebinding), a same-origin Origin and the
// per-run token (compared in constant time). Reasons never contain the token.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export type Refusal = { status: 400 | 403; reason: string };

/** 32 random bytes, base64url: the capability that grants access to this run's core. */
export const createToken = (): string => randomBytes(32).toString('base64url');

/** Constant-time equality. Hashing first makes the comparison independent of the lengths too. */
export function tokenMatches(expected: string, given: string | undefined | null): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(given).digest();
  return timingSafeEqual(a, b);
}

/** The Host values a loopback browser tab can send for this port. Anything else is a rebinding attempt. */
export function allowedHosts(port: number): ReadonlySet<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

export function allowedOrigins(port: number): ReadonlySet<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

/** The cookie set on the page's first load so that its assets and reloads need no token in the URL. */
export const cookieName = (port: number): string => `veil_preview_${port}`;

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export interface GuardOptions {
  port: number;
  token: string;
  /**
   * WebSocket upgrades must carry the token in the query string; pages and assets may present it
   * through the cookie instead (set when the tokenised URL was first opened).
   */
  acceptCookie: boolean;
}

/** Returns null when the request may proceed, or why it must be refused. */
export function checkRequest(req: IncomingMessage, url: URL, opts: GuardOptions): Refusal | null {
  const host = req.headers.host?.toLowerCase();
  if (!host || !allowedHosts(opts.port).has(host)) return { status: 403, reason: 'non-loopback Host header' };

  // Browsers always send Origin on WebSocket handshakes and cross-origin fetches, so a foreign
  // page cannot omit it; a missing Origin means a non-browser client, which the token authenticates.
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedOrigins(opts.port).has(origin)) return { status: 403, reason: 'foreign Origin' };

  const queryToken = url.searchParams.get('token');
  if (queryToken !== null) {
    return tokenMatches(opts.token, queryToken) ? null : { status: 403, reason: 'wrong token' };
  }
  if (opts.acceptCookie) {
    const fromCookie = cookieValue(req.headers.cookie, cookieName(opts.port));
    if (fromCookie !== undefined) return tokenMatches(opts.token, fromCookie) ? null : { status: 403, reason: 'wrong token (cookie)' };
  }
  return { status: 403, reason: 'missing token' };
}
