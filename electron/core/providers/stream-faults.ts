// Errors a stream parser raises. Messages are generic and user-safe: they never quote the
// stream, which may carry the user's (masked) text or a provider's verbatim error.
import { VeilError } from '../errors/veil-error';
import { ProviderErrorCode } from './error-codes';

export function malformedStream(what: string, cause?: unknown): VeilError {
  return new VeilError(ProviderErrorCode.BAD_STREAM, `The provider sent a reply Veil could not read (${what}).`, cause === undefined ? {} : { cause });
}

export function incompleteStream(): VeilError {
  return new VeilError(ProviderErrorCode.BAD_STREAM, 'The reply stream ended before the provider said it was complete.', { details: { incomplete: true } });
}

/** An error the provider reported inside a 200 stream (OpenRouter, Anthropic, Ollama do this). */
export function streamErrorEvent(kind: string | undefined): VeilError {
  const safeKind = kind && /^[A-Za-z0-9_.-]{1,60}$/.test(kind) ? kind : undefined;
  if (safeKind && /rate_limit/i.test(safeKind)) {
    return new VeilError(ProviderErrorCode.RATE_LIMITED, 'The provider stopped the reply because of rate limiting.', { details: { providerErrorType: safeKind } });
  }
  if (safeKind && /authentication|permission/i.test(safeKind)) {
    return new VeilError(ProviderErrorCode.KEY_REJECTED, 'The provider rejected the API key.', { details: { providerErrorType: safeKind } });
  }
  return new VeilError(
    ProviderErrorCode.PROVIDER_ERROR,
    `The provider reported an error in the middle of the reply${safeKind ? ` (${safeKind})` : ''}.`,
    safeKind ? { details: { providerErrorType: safeKind } } : {},
  );
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses one JSON frame; anything but a JSON object is a malformed stream. */
export function parseFrame(data: string, what: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch (err) {
    throw malformedStream(`${what} is not valid JSON`, err);
  }
  if (!isRecord(parsed)) throw malformedStream(`${what} is not a JSON object`);
  return parsed;
}

export const finiteNumber = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
