// Retry and timeout settings of the streaming driver, and the backoff rule. Retries happen only
// before the first token; a Retry-After longer than the cap is not waited out silently.

export interface StreamTimeouts {
  /** From sending until response headers arrive (covers DNS, TCP, TLS and queueing). */
  connectMs: number;
  /** From sending until the first text or reasoning token; reasoning models think before speaking. */
  firstTokenMs: number;
  /** Longest silence (no bytes at all) once the response has started. */
  idleMs: number;
}

export interface RetryPolicy {
  /** Total attempts including the first. */
  maxAttempts: number;
  baseDelayMs: number;
  /** Longest wait between attempts; a provider asking for more ends the retries. */
  maxDelayMs: number;
}

export const DEFAULT_TIMEOUTS: StreamTimeouts = { connectMs: 15_000, firstTokenMs: 120_000, idleMs: 60_000 };
export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 10_000 };

/**
 * Milliseconds to wait before the next attempt, or undefined to stop retrying. No jitter: one
 * desktop client cannot cause a thundering herd, and predictable waits are easier to explain.
 */
export function retryDelayMs(policy: RetryPolicy, failedAttempt: number, retryAfterSeconds?: number): number | undefined {
  if (failedAttempt >= policy.maxAttempts) return undefined;
  if (retryAfterSeconds !== undefined) {
    const asked = Math.ceil(retryAfterSeconds * 1000);
    return asked > policy.maxDelayMs ? undefined : asked;
  }
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempt - 1));
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
