// The streaming driver: sends one prepared request through an injected transport, streams the
// parsed events to the caller, applies connect / first-token / idle timeouts and retries 429/5xx
// only while nothing of the reply has arrived. It never throws for provider trouble: the result
// says how it ended and carries the text so far, which the caller keeps and marks partial.
import { VeilError, toVeilError } from '../errors/veil-error';
import { readBytes, readCapped } from './byte-stream';
import { ProviderErrorCode } from './error-codes';
import { httpFailure } from './http-errors';
import { credentialValues } from './request-headers';
import { DEFAULT_RETRY, DEFAULT_TIMEOUTS, retryDelayMs, sleep, type RetryPolicy, type StreamTimeouts } from './retry-policy';
import { hostOf, transportFailure } from './transport-errors';
import type { ProviderTransport } from './transport';
import type { ByteSource, ProviderAdapter, ProviderRequest, StopReason, StreamEvent, Usage } from './types';

export interface StreamChatOptions {
  transport: ProviderTransport;
  request: ProviderRequest;
  adapter: Pick<ProviderAdapter, 'parseStream'>;
  /** For messages: "DeepSeek rejected the API key". */
  providerName: string;
  signal?: AbortSignal;
  timeouts?: Partial<StreamTimeouts>;
  retry?: Partial<RetryPolicy>;
  /** Every event as it arrives (text, reasoning, usage, stop). */
  onEvent?: (event: StreamEvent) => void;
  /** Told before each wait, so the UI can say "rate limited, retrying in 2 s". */
  onRetry?: (info: { attempt: number; delayMs: number; error: VeilError }) => void;
  /** Told after every attempt (each is one outbound request), so the ledger can close its entry. */
  onAttemptEnd?: (record: AttemptRecord) => void;
}

/** One outbound request's outcome, in the order the transport was called. */
export interface AttemptRecord {
  attempt: number;
  outcome: 'ok' | 'error' | 'cancelled' | 'retrying';
  status?: number;
  errorCode?: string;
  /** Body bytes of a 2xx reply (error bodies are read capped and not counted). */
  bytesReceived: number;
  headersMs?: number;
  firstTokenMs?: number;
  durationMs: number;
}

export interface StreamChatResult {
  outcome: 'ok' | 'error' | 'cancelled';
  /** Reply text so far; complete only when outcome is 'ok'. */
  text: string;
  reasoning: string;
  partial: boolean;
  usage?: Usage;
  stop?: { reason: StopReason; raw: string };
  error?: VeilError;
  attempts: number;
  /** HTTP status of the last attempt, when one arrived. */
  status?: number;
  bytesReceived: number;
  timing: { headersMs?: number; firstTokenMs?: number; totalMs: number };
}

const CANCELLED = Symbol('cancelled');
type Phase = 'connect' | 'first-token' | 'idle';
class TimeoutMark {
  constructor(readonly phase: Phase, readonly ms: number) {}
}

const ERROR_BODY_LIMIT = 16 * 1024;

function timeoutError(mark: TimeoutMark, providerName: string, url: string): VeilError {
  const s = Math.max(1, Math.round(mark.ms / 1000));
  const host = hostOf(url);
  const message =
    mark.phase === 'connect' ? `${providerName} at ${host} did not respond within ${s} s.`
    : mark.phase === 'first-token' ? `${providerName} did not start replying within ${s} s.`
    : `${providerName} stopped sending for ${s} s in the middle of the reply.`;
  return new VeilError(ProviderErrorCode.TIMEOUT, message, { details: { phase: mark.phase, timeoutMs: mark.ms, host } });
}

export async function streamChat(opts: StreamChatOptions): Promise<StreamChatResult> {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
  const retry = { ...DEFAULT_RETRY, ...opts.retry };
  const secrets = credentialValues(opts.request.headers);
  const started = performance.now();
  const state = { text: '', reasoning: '', usage: undefined as Usage | undefined, stop: undefined as StreamChatResult['stop'], bytes: 0 };
  let status: number | undefined;
  let headersMs: number | undefined;
  let firstTokenMs: number | undefined;

  const finish = (outcome: StreamChatResult['outcome'], attempts: number, error?: VeilError): StreamChatResult => ({
    outcome,
    text: state.text,
    reasoning: state.reasoning,
    partial: outcome !== 'ok',
    ...(state.usage ? { usage: state.usage } : {}),
    ...(state.stop ? { stop: state.stop } : {}),
    ...(error ? { error } : {}),
    attempts,
    ...(status !== undefined ? { status } : {}),
    bytesReceived: state.bytes,
    timing: { ...(headersMs !== undefined ? { headersMs } : {}), ...(firstTokenMs !== undefined ? { firstTokenMs } : {}), totalMs: performance.now() - started },
  });
  const cancelled = (attempts: number) => finish('cancelled', attempts, new VeilError(ProviderErrorCode.CANCELLED, 'Stopped. The reply so far is kept.'));

  /** One attempt: a final result, or the wait before the next attempt (retryable status, no output yet). */
  const runAttempt = async (attempt: number, ac: AbortController): Promise<StreamChatResult | { retryInMs: number; error: VeilError }> => {
    const attemptStart = performance.now();
    const arm = (phase: Phase, ms: number) => setTimeout(() => ac.abort(new TimeoutMark(phase, ms)), ms);
    let connectTimer: ReturnType<typeof setTimeout> | undefined = arm('connect', timeouts.connectMs);
    let firstTokenTimer: ReturnType<typeof setTimeout> | undefined = arm('first-token', timeouts.firstTokenMs);
    let idleTimer: ReturnType<typeof setTimeout> | undefined;
    try {
      const res = await opts.transport(opts.request, ac.signal);
      clearTimeout(connectTimer);
      connectTimer = undefined;
      status = res.status;
      headersMs = performance.now() - attemptStart;

      if (res.status < 200 || res.status >= 300) {
        const body = await readCapped(res.body, ERROR_BODY_LIMIT, ac.signal).catch(() => '');
        // A Stop or timeout while reading the error body is reported as that, not as the HTTP error.
        if (ac.signal.aborted) throw ac.signal.reason;
        const failure = httpFailure({ status: res.status, providerName: opts.providerName, body, header: res.header, secrets });
        const retryInMs = failure.retryable ? retryDelayMs(retry, attempt, failure.retryAfterSeconds) : undefined;
        return retryInMs === undefined ? finish('error', attempt, failure.error) : { retryInMs, error: failure.error };
      }
      const tapped = tapBytes(res.body, ac.signal, (n) => {
        state.bytes += n;
        if (idleTimer) clearTimeout(idleTimer);
        idleTimer = arm('idle', timeouts.idleMs);
      });
      idleTimer = arm('idle', timeouts.idleMs);
      for await (const event of opts.adapter.parseStream(tapped, ac.signal)) {
        if (event.type === 'text' || event.type === 'reasoning') {
          if (firstTokenTimer) {
            clearTimeout(firstTokenTimer);
            firstTokenTimer = undefined;
            firstTokenMs = performance.now() - attemptStart;
          }
          if (event.type === 'text') state.text += event.text;
          else state.reasoning += event.text;
        } else if (event.type === 'usage') {
          const { type: _t, ...usage } = event;
          state.usage = usage;
        } else state.stop = { reason: event.reason, raw: event.raw };
        deliver(opts.onEvent, event);
      }
      return finish('ok', attempt);
    } catch (err) {
      const reason: unknown = ac.signal.aborted ? ac.signal.reason : undefined;
      if (reason === CANCELLED) return cancelled(attempt);
      if (reason instanceof TimeoutMark) return finish('error', attempt, timeoutError(reason, opts.providerName, opts.request.url));
      const midStream = state.text.length > 0 || state.reasoning.length > 0;
      return finish('error', attempt, transportFailure(err, { url: opts.request.url, providerName: opts.providerName, midStream }));
    } finally {
      [connectTimer, firstTokenTimer, idleTimer].forEach((t) => t && clearTimeout(t));
    }
  };

  for (let attempt = 1; ; attempt++) {
    if (opts.signal?.aborted) return cancelled(attempt - 1);
    // Per-attempt figures: a failed earlier attempt must not colour the last one's.
    status = headersMs = firstTokenMs = undefined;
    const bytesBefore = state.bytes;
    const attemptStart = performance.now();
    const ac = new AbortController();
    const onUserAbort = () => ac.abort(CANCELLED);
    opts.signal?.addEventListener('abort', onUserAbort, { once: true });
    let outcome: Awaited<ReturnType<typeof runAttempt>>;
    try {
      outcome = await runAttempt(attempt, ac);
    } finally {
      opts.signal?.removeEventListener('abort', onUserAbort);
    }
    const wait = 'retryInMs' in outcome ? outcome : undefined;
    const errorCode = wait ? wait.error.code : 'outcome' in outcome ? outcome.error?.code : undefined;
    opts.onAttemptEnd?.({
      attempt,
      outcome: 'outcome' in outcome ? outcome.outcome : 'retrying',
      ...(status !== undefined ? { status } : {}),
      ...(errorCode !== undefined ? { errorCode } : {}),
      bytesReceived: state.bytes - bytesBefore,
      ...(headersMs !== undefined ? { headersMs } : {}),
      ...(firstTokenMs !== undefined ? { firstTokenMs } : {}),
      durationMs: performance.now() - attemptStart,
    });
    if (!('retryInMs' in outcome)) return outcome;

    // Only reachable for a retryable HTTP status: nothing of the reply has arrived yet.
    opts.onRetry?.({ attempt, delayMs: outcome.retryInMs, error: outcome.error });
    try {
      await sleep(outcome.retryInMs, opts.signal);
    } catch {
      return cancelled(attempt);
    }
  }
}

/** Passes the body through while reporting each chunk's size (for idle timing and byte counts). */
async function* tapBytes(body: ByteSource | null, signal: AbortSignal, onChunk: (bytes: number) => void): AsyncGenerator<Uint8Array> {
  if (!body) return;
  for await (const chunk of readBytes(body, signal)) {
    onChunk(chunk.byteLength);
    yield chunk;
  }
}

/** A throwing event consumer is Veil's bug, not the provider's: report it as INTERNAL. */
function deliver(onEvent: StreamChatOptions['onEvent'], event: StreamEvent): void {
  if (!onEvent) return;
  try {
    onEvent(event);
  } catch (err) {
    throw toVeilError(err);
  }
}
