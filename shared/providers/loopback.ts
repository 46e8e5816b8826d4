// Loopback detection for provider URLs. Local providers must point at this machine, and plain
// http is only acceptable there; the egress gate applies the same rule to every request.

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** True for localhost, 127.0.0.0/8 and ::1. Names that merely resolve to loopback do not count. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (LOOPBACK_NAMES.has(host)) return true;
  return /^127\.(?:\d{1,3})\.(?:\d{1,3})\.(?:\d{1,3})$/.test(host) && host.split('.').every((p) => Number(p) <= 255);
}

/** Parses a URL and tells whether it is loopback; invalid URLs are not loopback. */
export function isLoopbackUrl(url: string): boolean {
  try {
    return isLoopbackHost(new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * The transport rule for a provider base URL: https anywhere, http only on loopback.
 * Returns a user-facing reason when the URL is not acceptable, or null when it is.
 */
export function baseUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'This is not a valid URL.';
  }
  if (parsed.username || parsed.password) return 'Put credentials in the API key field, not in the URL.';
  if (parsed.search || parsed.hash) return 'The base URL must not carry a query string or fragment.';
  if (parsed.protocol === 'https:') return null;
  if (parsed.protocol === 'http:') return isLoopbackHost(parsed.hostname) ? null : 'Plain http is only allowed for this machine (localhost); use https.';
  return 'Only https (or http on localhost) is supported.';
}
