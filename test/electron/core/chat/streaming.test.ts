// Streaming through the pipeline: placeholders split across chunks come out whole, Stop keeps the
// partial reply, and every provider failure ends in `done` with the right code while the user
// message and whatever arrived of the reply stay stored.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cutAfter, malformed, rateLimited, reply, serverError, slow, startMockProvider, unauthorized, type MockProvider } from '../../../fixtures/mock-provider';
import { CANARY_KEY, chatHarness, cleanupHarnesses, mockEndpoint, recordingEgress, type ChatHarness } from './chat-fixture';

const EMAIL = 'jonas.brightwater@example.org';

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());
afterEach(() => cleanupHarnesses());

type StoredMessage = { role: string; content: string; maskedContent: string | null; status: string };
const messagesOf = async (h: ChatHarness, id: string) => ((await h.call('messages.list', { conversationId: id })) as { messages: StoredMessage[] }).messages;

async function setup() {
  const egress = recordingEgress();
  const h = await chatHarness({
    endpoints: [mockEndpoint(mock)],
    chat: { egress, stream: { retry: { baseDelayMs: 5 }, timeouts: { firstTokenMs: 300 } } },
  });
  return { h, egress, id: await h.newConversation() };
}

describe('chat.send streaming', () => {
  it('restores a placeholder split across chunks and never shows half of it', async () => {
    const { h, id } = await setup();
    mock.script(reply({ chunks: ['Sure, I will write to [EMA', 'IL_', '1', '] today. Also ', 'EMAIL_1', '.'] }));
    const r = await h.send(id, `Please email ${EMAIL}`);
    expect(r.done?.status).toBe('complete');
    expect(r.text).toBe(`Sure, I will write to ${EMAIL} today. Also ${EMAIL}.`);
    for (const e of r.events) if (e.type === 'delta') expect(e.text).not.toMatch(/EMA|IL_|\]/);
    const [, assistant] = await messagesOf(h, id);
    expect(assistant).toMatchObject({ content: r.text, maskedContent: 'Sure, I will write to [EMAIL_1] today. Also EMAIL_1.', status: 'complete' });
  });

  it('Stop mid-stream keeps the partial reply, marked partial', async () => {
    const { h, id, egress } = await setup();
    mock.script(slow({ chunkDelayMs: 40 }, { text: `Dear ${'[EMAIL_1]'}, this reply is long enough to be stopped halfway through.`, chunkSize: 4 }));
    const ac = new AbortController();
    let deltas = 0;
    const r = await h.send(id, `Hello from ${EMAIL}`, {
      signal: ac.signal,
      onEvent: (e) => {
        if (e.type === 'delta' && ++deltas === 3) ac.abort();
      },
    });
    expect(r.error).toMatchObject({ code: 'RPC_CANCELLED' });
    const [user, assistant] = await messagesOf(h, id);
    expect(user).toMatchObject({ content: `Hello from ${EMAIL}`, status: 'complete' });
    expect(assistant?.status).toBe('partial');
    expect(assistant?.content.startsWith(`Dear ${EMAIL}`)).toBe(true);
    expect(assistant?.content.length).toBeLessThan(40);
    expect(assistant?.maskedContent?.startsWith('Dear [EMAIL_1]')).toBe(true);
    expect(egress.closed[0]?.outcome).toBe('cancelled');
  });

  it.each([
    ['401', () => [unauthorized()], 'PROVIDER_KEY_REJECTED', 1],
    ['500 x3 (retried, then given up)', () => [serverError(), serverError(), serverError()], 'PROVIDER_ERROR', 3],
    ['slow first token', () => [slow({ firstTokenDelayMs: 2000 })], 'TIMEOUT', 1],
  ])('%s -> error code in done, user message kept', async (_name, script, code, requests) => {
    const { h, id, egress } = await setup();
    mock.script(...script());
    const r = await h.send(id, `Call me at ${EMAIL}`);
    expect(r.error).toBeNull();
    expect(r.done).toMatchObject({ status: 'error', error: { code } });
    expect(r.done?.error?.message).not.toContain(CANARY_KEY);
    expect(mock.requests).toHaveLength(requests);
    expect(egress.records).toHaveLength(requests);
    const stored = await messagesOf(h, id);
    expect(stored.map((m) => [m.role, m.status])).toEqual([['user', 'complete'], ['assistant', 'error']]);
    expect(stored[0]?.content).toBe(`Call me at ${EMAIL}`);
  });

  it('429 before the first token is retried and the reply completes', async () => {
    const { h, id, egress } = await setup();
    mock.script(rateLimited(0), reply({ text: 'after the wait' }));
    const r = await h.send(id, 'hi');
    expect(r.done).toMatchObject({ status: 'complete', error: null });
    expect(r.text).toBe('after the wait');
    expect(mock.requests).toHaveLength(2);
    expect(egress.records.map((g) => g.attempt?.outcome)).toEqual(['retrying', 'ok']);
    // Each retry is a separate outbound request with the same bytes.
    expect(egress.records[0]?.body).toBe(egress.records[1]?.body);
  });

  it.each([
    ['cut stream', () => cutAfter(2, { text: 'abcdefgh[EMAIL_1]ijklmnop', chunkSize: 4 }), 'NETWORK'],
    ['malformed SSE', () => malformed({ afterChunks: 2 }, { text: 'abcdefgh[EMAIL_1]ijklmnop', chunkSize: 4 }), 'PROVIDER_BAD_STREAM'],
  ])('%s -> partial reply stored with the right code', async (_name, behaviour, code) => {
    const { h, id } = await setup();
    mock.script(behaviour());
    const r = await h.send(id, `Write to ${EMAIL}`);
    expect(r.done).toMatchObject({ status: 'partial', error: { code } });
    expect(r.text).toBe('abcdefgh');
    const [, assistant] = await messagesOf(h, id);
    expect(assistant).toMatchObject({ content: 'abcdefgh', maskedContent: 'abcdefgh', status: 'partial' });
    expect(mock.requests).toHaveLength(1);
  });

  it('a burst of tokens reaches the renderer in fewer, joined events; reasoning first, nothing lost', async () => {
    const { h, id } = await setup();
    const answer = `Write to [EMAIL_1] soon. ${'token '.repeat(200)}`;
    mock.script(reply({ reasoning: 'Thinking it over. '.repeat(20), text: answer, chunkSize: 3 }));
    const r = await h.send(id, `Hi, I am ${EMAIL}`);
    expect(r.done?.status).toBe('complete');
    expect(r.text).toBe(answer.replace('[EMAIL_1]', EMAIL));
    const kinds = r.events.filter((e) => e.type === 'delta' || e.type === 'reasoning').map((e) => e.type);
    expect(kinds.indexOf('delta')).toBeGreaterThan(kinds.lastIndexOf('reasoning'));
    const reasoning = r.events.map((e) => (e.type === 'reasoning' ? e.text : '')).join('');
    expect(reasoning).toBe('Thinking it over. '.repeat(20));
    // ~530 SSE events written back to back; one renderer event each would be ~530 messages.
    expect(kinds.length).toBeLessThan(100);
  });

  it('tokens that arrive spaced out are each passed on at once', async () => {
    const { h, id } = await setup();
    mock.script(slow({ chunkDelayMs: 30 }, { chunks: ['one ', 'two ', 'three'] }));
    const r = await h.send(id, 'count');
    expect(r.events.filter((e) => e.type === 'delta').map((e) => (e as { text: string }).text)).toEqual(['one ', 'two ', 'three']);
  });
});
