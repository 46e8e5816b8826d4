// The three adapters against the real mock provider over loopback HTTP: streamed text assembled,
// reasoning kept apart, usage and stop reasons parsed, and exactly the minimal headers on the wire.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reply, startMockProvider, type MockProvider } from '../../../fixtures/mock-provider';
import { CANARY_KEY, HELLO, mockTarget, runChat } from './provider-fixtures';

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const TEXT = 'Grüße 👋 from the mock — a reply long enough to span several chunks.';

/** Header names on the wire, lower-cased, in the order they arrived. */
const headerNames = (i = 0): string[] => mock.requests[i]!.rawHeaders.map(([name]) => name.toLowerCase());

describe('OpenAI-compatible adapter (DeepSeek)', () => {
  it('assembles streamed text, parses usage and the stop reason', async () => {
    mock.script(reply({ text: TEXT, chunkSize: 3, usage: { promptTokens: 21, completionTokens: 34 } }));
    const run = await runChat(mockTarget(mock, 'deepseek'), 'deepseek-chat');
    expect(run.outcome).toBe('ok');
    expect(run.partial).toBe(false);
    expect(run.text).toBe(TEXT);
    expect(run.events.filter((e) => e.type === 'text').length).toBeGreaterThan(5);
    expect(run.usage).toEqual({ inputTokens: 21, outputTokens: 34 });
    expect(run.stop).toEqual({ reason: 'end', raw: 'stop' });
    expect(run.attempts).toBe(1);
  });

  it('sends the body it built, with stream_options.include_usage', async () => {
    const run = await runChat(mockTarget(mock, 'deepseek'), 'deepseek-chat', { options: { maxOutputTokens: 200, temperature: 0.2 } });
    expect(run.outcome).toBe('ok');
    expect(mock.requests[0]!.path).toBe('/v1/chat/completions');
    expect(mock.requests[0]!.json).toEqual({
      model: 'deepseek-chat',
      messages: HELLO,
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: 200,
      temperature: 0.2,
    });
  });

  it('separates deepseek-reasoner reasoning_content from the answer', async () => {
    mock.script(reply({ reasoning: 'First, think about greetings.', text: 'Hi!', chunkSize: 4 }));
    const run = await runChat(mockTarget(mock, 'deepseek'), 'deepseek-reasoner');
    expect(run.outcome).toBe('ok');
    expect(run.reasoning).toBe('First, think about greetings.');
    expect(run.text).toBe('Hi!');
    const kinds = run.events.map((e) => e.type);
    expect(kinds.indexOf('reasoning')).toBeLessThan(kinds.indexOf('text'));
    expect(run.usage?.reasoningTokens).toBeGreaterThan(0);
  });

  it('maps finish_reason "length" and reads usage placed on the finish chunk', async () => {
    mock.script(reply({ text: 'cut short', finishReason: 'length', usageStyle: 'inline', usage: { promptTokens: 3, completionTokens: 4 } }));
    const run = await runChat(mockTarget(mock, 'openai'), 'gpt-4.1-mini', { options: { maxOutputTokens: 4 } });
    expect(run.stop).toEqual({ reason: 'max_tokens', raw: 'length' });
    expect(run.usage).toEqual({ inputTokens: 3, outputTokens: 4 });
    expect((mock.requests[0]!.json as Record<string, unknown>).max_completion_tokens).toBe(4);
  });

  it('puts only the minimal headers on the wire', async () => {
    await runChat(mockTarget(mock, 'deepseek'), 'deepseek-chat');
    expect(headerNames().sort()).toEqual(['accept', 'authorization', 'connection', 'content-length', 'content-type', 'host', 'user-agent']);
    const h = mock.requests[0]!.headers;
    expect(h.authorization).toBe(`Bearer ${CANARY_KEY}`);
    expect(h['content-type']).toBe('application/json');
    expect(h.accept).toBe('text/event-stream');
    expect(h['user-agent']).toBe('Veil');
    expect(Number(h['content-length'])).toBe(Buffer.byteLength(mock.requests[0]!.bodyText));
  });

  it('sends no Authorization header to a keyless local server, and a policy User-Agent verbatim', async () => {
    await runChat(mockTarget(mock, 'lm-studio', undefined), 'local-model', { options: { userAgent: 'Acme Chat\r\nX-Evil: 1' } });
    expect(headerNames()).not.toContain('authorization');
    expect(headerNames()).not.toContain('x-evil');
    expect(mock.requests[0]!.headers['user-agent']).toBe('Acme ChatX-Evil: 1');
  });
});

describe('Anthropic adapter', () => {
  it('streams text and thinking, usage from message_start and message_delta, stop reason', async () => {
    mock.script(reply({ reasoning: 'Consider tone.', text: TEXT, chunkSize: 5, usage: { promptTokens: 12, completionTokens: 30 } }));
    const run = await runChat(mockTarget(mock, 'anthropic'), 'claude-sonnet-4-5');
    expect(run.outcome).toBe('ok');
    expect(run.text).toBe(TEXT);
    expect(run.reasoning).toBe('Consider tone.');
    expect(run.usage).toEqual({ inputTokens: 12, outputTokens: 30 });
    expect(run.stop).toEqual({ reason: 'end', raw: 'end_turn' });
  });

  it('moves the system prompt to the top level and sends x-api-key + anthropic-version only', async () => {
    await runChat(mockTarget(mock, 'anthropic'), 'claude-sonnet-4-5');
    const req = mock.requests[0]!;
    expect(req.path).toBe('/v1/messages');
    expect(req.json).toEqual({ model: 'claude-sonnet-4-5', max_tokens: 4096, messages: [HELLO[1]], stream: true, system: 'Be brief.' });
    expect(headerNames().sort()).toEqual(['accept', 'anthropic-version', 'connection', 'content-length', 'content-type', 'host', 'user-agent', 'x-api-key']);
    expect(req.headers['x-api-key']).toBe(CANARY_KEY);
    expect(req.headers['anthropic-version']).toBe('2023-06-01');
  });
});

describe('Ollama adapter', () => {
  it('streams NDJSON text and thinking, done_reason and eval counts', async () => {
    mock.script(reply({ reasoning: 'hmm', text: TEXT, chunkSize: 6, usage: { promptTokens: 9, completionTokens: 17 } }));
    const run = await runChat(mockTarget(mock, 'ollama', undefined), 'llama3.2', { options: { maxOutputTokens: 64 } });
    expect(run.outcome).toBe('ok');
    expect(run.text).toBe(TEXT);
    expect(run.reasoning).toBe('hmm');
    expect(run.usage).toEqual({ inputTokens: 9, outputTokens: 17 });
    expect(run.stop).toEqual({ reason: 'end', raw: 'stop' });
    const req = mock.requests[0]!;
    expect(req.path).toBe('/api/chat');
    expect(req.json).toEqual({ model: 'llama3.2', messages: HELLO, stream: true, options: { num_predict: 64 } });
    expect(headerNames().sort()).toEqual(['accept', 'connection', 'content-length', 'content-type', 'host', 'user-agent']);
    expect(req.headers.accept).toBe('application/x-ndjson');
  });
});
