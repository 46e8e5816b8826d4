// The driver's failure paths against the real mock provider: every failure maps to its VeilError
// code, retries happen only before the first token, partial text is kept, and the canary key
// never appears in anything a user or log could see.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cutAfter, hang, malformed, rateLimited, reply, serverError, slow, startMockProvider, unauthorized, type MockProvider } from '../../../fixtures/mock-provider';
import type { AttemptRecord } from '../../../../electron/core/providers/stream-chat';
import { CANARY_KEY, mockTarget, runChat, visibleText } from './provider-fixtures';

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const FAST_RETRY = { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 2_000 };
const deepseek = () => mockTarget(mock, 'deepseek');

describe('HTTP failures', () => {
  it('401 → PROVIDER_KEY_REJECTED, not retried, key absent even when the body quotes it', async () => {
    mock.script(unauthorized({ body: { error: { message: `Incorrect API key provided: ${CANARY_KEY}`, type: 'invalid_request_error' } } }));
    const run = await runChat(deepseek(), 'deepseek-chat', { retry: FAST_RETRY });
    expect(run.outcome).toBe('error');
    expect(run.error?.code).toBe('PROVIDER_KEY_REJECTED');
    expect(run.error?.message).toMatch(/DeepSeek rejected the API key \(HTTP 401\)/);
    expect(run.attempts).toBe(1);
    expect(mock.requests).toHaveLength(1);
    expect(visibleText(run)).not.toContain(CANARY_KEY);
  });

  it('403 → PROVIDER_KEY_REJECTED', async () => {
    mock.script({ kind: 'error', status: 403 });
    const run = await runChat(mockTarget(mock, 'anthropic'), 'claude-sonnet-4-5', { retry: FAST_RETRY });
    expect(run.error?.code).toBe('PROVIDER_KEY_REJECTED');
  });

  it('429 with Retry-After, then success → retried before the first token after the asked wait', async () => {
    mock.script(rateLimited(1), reply({ text: 'finally' }));
    const retries: Array<{ attempt: number; delayMs: number; code: string }> = [];
    const attempts: AttemptRecord[] = [];
    const run = await runChat(deepseek(), 'deepseek-chat', {
      retry: FAST_RETRY,
      onRetry: (r) => retries.push({ attempt: r.attempt, delayMs: r.delayMs, code: r.error.code }),
      onAttemptEnd: (a) => attempts.push(a),
    });
    expect(run.outcome).toBe('ok');
    expect(run.text).toBe('finally');
    expect(run.attempts).toBe(2);
    expect(retries).toEqual([{ attempt: 1, delayMs: 1000, code: 'PROVIDER_RATE_LIMITED' }]);
    expect(mock.requests).toHaveLength(2);
    // The second request did not go out before the Retry-After had passed.
    const gap = mock.requests[1]!.headersAt - mock.requests[0]!.responseStartedAt!;
    expect(gap).toBeGreaterThanOrEqual(950);
    // One record per outbound request, for the ledger.
    expect(attempts.map((a) => [a.attempt, a.outcome, a.status, a.errorCode])).toEqual([
      [1, 'retrying', 429, 'PROVIDER_RATE_LIMITED'],
      [2, 'ok', 200, undefined],
    ]);
    expect(attempts[1]!.firstTokenMs).toBeGreaterThan(0);
    expect(attempts[1]!.bytesReceived).toBe(run.bytesReceived);
    expect(run.status).toBe(200);
    // Same bytes both times: a retry resends exactly what the ledger recorded.
    expect(mock.requests[1]!.bodyText).toBe(mock.requests[0]!.bodyText);
  });

  it('429 asking for longer than the cap → not waited out; PROVIDER_RATE_LIMITED with retryAfterSeconds', async () => {
    mock.script(rateLimited(120));
    const run = await runChat(deepseek(), 'deepseek-chat', { retry: FAST_RETRY });
    expect(run.error?.code).toBe('PROVIDER_RATE_LIMITED');
    expect(run.error?.details).toMatchObject({ status: 429, retryAfterSeconds: 120 });
    expect(run.error?.message).toMatch(/Try again in 120 s/);
    expect(mock.requests).toHaveLength(1);
  });

  it('5xx on every attempt → PROVIDER_ERROR after maxAttempts, with a summary and never the key', async () => {
    const body = { error: { message: `upstream failed for key ${CANARY_KEY} sk-ab***yz`, type: 'server_error' } };
    mock.script(serverError({ body }), serverError({ body }), serverError({ status: 503, body }));
    const run = await runChat(deepseek(), 'deepseek-chat', { retry: FAST_RETRY });
    expect(run.error?.code).toBe('PROVIDER_ERROR');
    expect(run.attempts).toBe(3);
    expect(mock.requests).toHaveLength(3);
    expect(run.error?.message).toMatch(/HTTP 503.*server_error: upstream failed for key \[REDACTED\] \[REDACTED\]/);
    expect(visibleText(run)).not.toContain(CANARY_KEY);
    expect(visibleText(run)).not.toContain('sk-ab');
  });

  it('other 4xx → PROVIDER_REQUEST_REJECTED, not retried', async () => {
    mock.script({ kind: 'error', status: 400, body: { error: { message: 'Model Not Exist', type: 'invalid_request_error' } } });
    const run = await runChat(deepseek(), 'deepseek-chat', { retry: FAST_RETRY });
    expect(run.error?.code).toBe('PROVIDER_REQUEST_REJECTED');
    expect(run.error?.message).toMatch(/Model Not Exist/);
    expect(mock.requests).toHaveLength(1);
  });

  it('an HTML error page is not echoed', async () => {
    mock.script({ kind: 'error', status: 502, body: '<html><body>Bad gateway at edge-17 <script>x</script></body></html>', headers: { 'content-type': 'text/html' } });
    const run = await runChat(deepseek(), 'deepseek-chat', { retry: { ...FAST_RETRY, maxAttempts: 1 } });
    expect(run.error?.code).toBe('PROVIDER_ERROR');
    expect(run.error?.message).not.toMatch(/html|edge-17|script/i);
  });
});

describe('failures after output started', () => {
  it('a server error after the first token is not retried; the partial text is returned', async () => {
    // An OpenRouter-style error event mid-stream, then the queue would happily succeed: it must not be asked.
    mock.script(
      reply({ chunks: ['Part one, ', 'part two', ' never'], malformed: { afterChunks: 2, raw: 'data: {"error":{"code":"server_error","message":"boom"}}\n\n' } }),
      reply({ text: 'a second answer that must not be requested' }),
    );
    const run = await runChat(deepseek(), 'deepseek-chat', { retry: FAST_RETRY });
    expect(run.outcome).toBe('error');
    expect(run.error?.code).toBe('PROVIDER_ERROR');
    expect(run.partial).toBe(true);
    expect(run.text).toBe('Part one, part two');
    expect(mock.requests).toHaveLength(1);
  });

  it('a cut stream → NETWORK with the partial text, not retried', async () => {
    mock.script(cutAfter(2, { chunks: ['Hello ', 'there ', 'friend'] }), reply());
    const run = await runChat(mockTarget(mock, 'anthropic'), 'claude-sonnet-4-5', { retry: FAST_RETRY });
    expect(run.outcome).toBe('error');
    expect(run.error?.code).toBe('NETWORK');
    expect(run.error?.message).toMatch(/lost before the reply was complete/);
    expect(run.text).toBe('Hello there ');
    expect(run.partial).toBe(true);
    expect(mock.requests).toHaveLength(1);
  });

  it('a cut Ollama stream keeps its partial text too', async () => {
    mock.script(cutAfter(1, { chunks: ['Local ', 'reply'] }));
    const run = await runChat(mockTarget(mock, 'ollama', undefined), 'llama3.2');
    expect(run.error?.code).toBe('NETWORK');
    expect(run.text).toBe('Local ');
  });

  it.each(['deepseek', 'anthropic', 'ollama'] as const)('malformed stream (%s) → PROVIDER_BAD_STREAM with the partial text', async (id) => {
    mock.script(malformed({ afterChunks: 1 }, { chunks: ['Good start', ' then more'] }));
    const run = await runChat(mockTarget(mock, id), id === 'ollama' ? 'llama3.2' : 'm');
    expect(run.error?.code).toBe('PROVIDER_BAD_STREAM');
    expect(run.text).toBe('Good start');
    expect(run.partial).toBe(true);
    expect(visibleText(run)).not.toContain('broken');
  });
});

describe('timeouts and cancellation', () => {
  it('slow first token → TIMEOUT (first-token) without retry', async () => {
    mock.script(slow({ firstTokenDelayMs: 2_000 }), reply());
    const run = await runChat(deepseek(), 'deepseek-chat', { timeouts: { firstTokenMs: 150 }, retry: FAST_RETRY });
    expect(run.error?.code).toBe('TIMEOUT');
    expect(run.error?.details).toMatchObject({ phase: 'first-token', timeoutMs: 150 });
    expect(run.text).toBe('');
    expect(mock.requests).toHaveLength(1);
  });

  it('no response headers → TIMEOUT (connect)', async () => {
    mock.script(hang());
    const run = await runChat(deepseek(), 'deepseek-chat', { timeouts: { connectMs: 150 } });
    expect(run.error?.code).toBe('TIMEOUT');
    expect(run.error?.details).toMatchObject({ phase: 'connect' });
  });

  it('silence mid-stream → TIMEOUT (idle) with the partial text', async () => {
    mock.script(slow({ chunkDelayMs: 2_000 }, { chunks: ['first ', 'second'] }));
    const run = await runChat(deepseek(), 'deepseek-chat', { timeouts: { idleMs: 200 } });
    expect(run.error?.code).toBe('TIMEOUT');
    expect(run.error?.details).toMatchObject({ phase: 'idle' });
    expect(run.text).toBe('first ');
  });

  it('cancel mid-stream → CANCELLED with the partial text, promptly', async () => {
    mock.script(slow({ chunkDelayMs: 300 }, { chunks: ['one ', 'two ', 'three ', 'four'] }));
    const ac = new AbortController();
    const run = await runChat(deepseek(), 'deepseek-chat', {
      signal: ac.signal,
      onEvent: (e) => {
        if (e.type === 'text' && e.text === 'two ') ac.abort();
      },
    });
    expect(run.outcome).toBe('cancelled');
    expect(run.error?.code).toBe('CANCELLED');
    expect(run.text).toBe('one two ');
    expect(run.partial).toBe(true);
  });

  it('cancel during a Retry-After wait → CANCELLED, no second request', async () => {
    mock.script(rateLimited(1), reply());
    const ac = new AbortController();
    const run = await runChat(deepseek(), 'deepseek-chat', { signal: ac.signal, retry: FAST_RETRY, onRetry: () => ac.abort() });
    expect(run.outcome).toBe('cancelled');
    expect(mock.requests).toHaveLength(1);
  });

  it('already cancelled → nothing is sent', async () => {
    const ac = new AbortController();
    ac.abort();
    const run = await runChat(deepseek(), 'deepseek-chat', { signal: ac.signal });
    expect(run.outcome).toBe('cancelled');
    expect(run.attempts).toBe(0);
    expect(mock.requests).toHaveLength(0);
  });
});

describe('network failures', () => {
  it('connection refused → NETWORK naming the host, without the key', async () => {
    const closed = await startMockProvider();
    const target = mockTarget(closed, 'deepseek');
    await closed.close();
    const run = await runChat(target, 'deepseek-chat');
    expect(run.error?.code).toBe('NETWORK');
    expect(run.error?.message).toMatch(/127\.0\.0\.1:\d+: the connection was refused/);
    expect(visibleText(run)).not.toContain(CANARY_KEY);
  });

  it('a TLS failure (self-signed certificate, not trusted) → TLS', async () => {
    const { makeSelfSignedCert } = await import('../../../fixtures/mock-provider');
    const cert = await makeSelfSignedCert();
    const tlsMock = await startMockProvider({ tls: { key: cert.key, cert: cert.cert } });
    try {
      const run = await runChat(mockTarget(tlsMock, 'deepseek'), 'deepseek-chat');
      expect(run.error?.code).toBe('TLS');
      expect(tlsMock.requests).toHaveLength(0);
    } finally {
      await tlsMock.close();
    }
  });
});
