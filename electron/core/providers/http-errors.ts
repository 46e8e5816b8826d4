// Maps a non-2xx provider response to a VeilError. The provider's error body is summarised
// (its error type and a short, scrubbed message), never echoed raw: some providers quote part
// of the key in 401 bodies, and bodies can carry the prompt.
import { VeilError } from '../errors/veil-error';
import { ProviderErrorCode } from './error-codes';
import { isRecord } from './stream-faults';

export interface HttpFailure {
  error: VeilError;
  /** Worth retrying before the first token (429 and 5xx). */
  retryable: boolean;
  /** Seconds the provider asked us to wait, if it said. */
  retryAfterSeconds?: number;
}

const MAX_SUMMARY = 160;

/** Retry-After as seconds: delta-seconds or an HTTP date; OpenAI's retry-after-ms wins when present. */
export function parseRetryAfter(header: (name: string) => string | null, now = Date.now()): number | undefined {
  const ms = header('retry-after-ms');
  if (ms && /^\d+(?:\.\d+)?$/.test(ms.trim())) return Math.max(0, Number(ms) / 1000);
  const value = header('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Removes anything key-like: the exact credentials, partially masked keys (sk-ab***yz), long tokens. */
export function sanitizeProviderText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join('[REDACTED]');
  // Control characters (terminal escapes, NULs) become spaces.
  out = Array.from(out, (ch) => (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f ? ' ' : ch)).join('');
  return out
    .replace(/\S*\*{2,}\S*/g, '[REDACTED]')
    .replace(/\b(?:sk|pk|key|api|gsk|xai|AIza)[-_A-Za-z0-9]{12,}/g, '[REDACTED]')
    .replace(/\b[A-Za-z0-9_-]{32,}\b/g, '[REDACTED]')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "type: message" from the JSON error shapes of OpenAI, Anthropic and Ollama; '' otherwise. */
export function summarizeErrorBody(body: string, secrets: readonly string[]): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return ''; // HTML error pages and plain text are not shown at all.
  }
  if (!isRecord(parsed)) return '';
  const inner = isRecord(parsed.error) ? parsed.error : parsed;
  const kind = [inner.type, inner.code].find((v): v is string => typeof v === 'string' && /^[A-Za-z0-9_.-]{1,60}$/.test(v));
  const message = [inner.message, parsed.error, parsed.message, parsed.detail].find((v): v is string => typeof v === 'string');
  const text = message ? sanitizeProviderText(message, secrets) : '';
  const clipped = text.length > MAX_SUMMARY ? `${text.slice(0, MAX_SUMMARY - 1)}…` : text;
  return [kind, clipped].filter(Boolean).join(': ');
}

export function httpFailure(opts: {
  status: number;
  providerName: string;
  body: string;
  header: (name: string) => string | null;
  secrets: readonly string[];
}): HttpFailure {
  const { status, providerName } = opts;
  const summary = summarizeErrorBody(opts.body, opts.secrets);
  const details: Record<string, unknown> = { status };
  if (status === 401 || status === 403) {
    // The body is deliberately not summarised: 401 bodies are where keys get quoted.
    return {
      error: new VeilError(ProviderErrorCode.KEY_REJECTED, `${providerName} rejected the API key (HTTP ${status}). Check the key in Settings → Providers.`, { details }),
      retryable: false,
    };
  }
  if (summary) details.providerMessage = summary;
  const suffix = summary ? ` Provider said: ${summary}` : '';
  if (status === 429) {
    const retryAfterSeconds = parseRetryAfter(opts.header);
    if (retryAfterSeconds !== undefined) details.retryAfterSeconds = retryAfterSeconds;
    const wait = retryAfterSeconds !== undefined ? ` Try again in ${Math.ceil(retryAfterSeconds)} s.` : ' Try again shortly.';
    // An exhausted quota does not recover by waiting a few seconds.
    const retryable = !/insufficient_quota/i.test(summary);
    return {
      error: new VeilError(ProviderErrorCode.RATE_LIMITED, `${providerName} is limiting requests (HTTP 429).${wait}${suffix}`, { details }),
      retryable,
      ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
    };
  }
  if (status >= 500) {
    return { error: new VeilError(ProviderErrorCode.PROVIDER_ERROR, `${providerName} had a server error (HTTP ${status}).${suffix}`, { details }), retryable: true };
  }
  return { error: new VeilError(ProviderErrorCode.REQUEST_REJECTED, `${providerName} refused the request (HTTP ${status}).${suffix}`, { details }), retryable: false };
}
