// The send pipeline on the wire: canary PII and secrets never reach the provider, placeholders
// stay stable across turns, the reply shows the real values again, every request the provider
// received is one the gate saw (byte for byte), and a blocked host is never contacted.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockProvider, type MockProvider } from '../../../fixtures/mock-provider';
import { CANARY_KEY, chatHarness, cleanupHarnesses, mockEndpoint, recordingEgress } from './chat-fixture';

const PII = {
  email: 'margarethe.voss@example-mail.de',
  phone: '+49 170 1234567',
  card: '4111 1111 1111 1111',
  iban: 'DE89 3704 0044 0532 0130 00',
  apiKey: 'sk-proj-Q7vT2mXr9LpZ4wNc8YbK3hJf6DsA1eRu',
  awsKey: 'AKIAIOSFODNN7EXAMPLE',
};
const TURN1 = `Hi, I am reachable at ${PII.email} or ${PII.phone}. Card ${PII.card}, IBAN ${PII.iban}. My key is ${PII.apiKey} and aws ${PII.awsKey}.`;
const TURN2 = `Please write to ${PII.email} again.`;

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());
afterEach(() => cleanupHarnesses());

describe('chat.send on the wire (real vault + keychain, mock provider)', () => {
  it('masks every canary, keeps placeholders stable, restores the reply and matches the gate byte for byte', async () => {
    const egress = recordingEgress();
    const h = await chatHarness({ endpoints: [mockEndpoint(mock)], chat: { egress } });
    const id = await h.newConversation({ systemPrompt: `Answer ${PII.email} politely.` });

    const r1 = await h.send(id, TURN1);
    expect(r1.error).toBeNull();
    expect(r1.done).toMatchObject({ status: 'complete', error: null });
    const accepted = r1.events[0];
    expect(accepted).toMatchObject({ type: 'accepted', providerId: 'custom-mock', model: 'mock-model' });
    if (accepted?.type !== 'accepted') throw new Error('no accepted event');
    expect(accepted.maskedCounts).toMatchObject({ EMAIL: 1, PHONE: 1, CREDIT_CARD: 1, IBAN: 1 });
    expect(accepted.maskedCounts.SECRET).toBeGreaterThanOrEqual(2);
    const email1 = /\[EMAIL_\d+\]/.exec(accepted.maskedText)?.[0];
    expect(email1).toBeDefined();
    // The mock echoes the last user message: the restored reply carries the real values again.
    expect(r1.text).toBe(`You said: ${TURN1}`);

    const r2 = await h.send(id, TURN2);
    expect(r2.done?.status).toBe('complete');
    expect(r2.text).toBe(`You said: ${TURN2}`);
    const second = (r2.events[0]?.type === 'accepted' ? r2.events[0].maskedText : '');
    expect(second).toBe(`Please write to ${email1} again.`);

    expect(mock.requests).toHaveLength(2);
    for (const req of mock.requests) {
      for (const value of [...Object.values(PII), CANARY_KEY]) expect(req.bodyText).not.toContain(value);
      expect(req.headers.authorization).toBe(`Bearer ${CANARY_KEY}`);
    }
    // Turn 2 carries the history in the form the provider saw it, and the same placeholder.
    const sent = mock.requests[1]?.json as { messages: Array<{ role: string; content: string }> };
    expect(sent.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(sent.messages[0]?.content).toBe(`Answer ${email1} politely.`);
    expect(sent.messages[2]?.content).toBe(`You said: ${accepted.maskedText}`);

    // Every request the provider received is exactly one the gate recorded before sending.
    expect(egress.records).toHaveLength(mock.requests.length);
    for (const req of mock.requests) expect(egress.records.filter((g) => Buffer.from(g.body, 'utf8').equals(req.body))).toHaveLength(1);
    expect(egress.closed.map((c) => c.outcome)).toEqual(['ok', 'ok']);
    expect(egress.records[0]?.ctx).toMatchObject({ conversationId: id, ephemeral: false, maskedCounts: accepted.maskedCounts });

    // Stored: original + masked for the user, restored + provider's masked text for the reply.
    const { messages } = (await h.call('messages.list', { conversationId: id })) as { messages: Array<Record<string, unknown>> };
    expect(messages).toHaveLength(4);
    expect(messages[0]).toMatchObject({ role: 'user', content: TURN1, maskedContent: accepted.maskedText, status: 'complete' });
    expect(messages[1]).toMatchObject({ role: 'assistant', content: `You said: ${TURN1}`, maskedContent: `You said: ${accepted.maskedText}`, status: 'complete' });
    expect(messages[1]?.tokensOut).toEqual(expect.any(Number));
    const { vault } = await h.core.storage();
    const stored = await vault.use((o) => o.conversations.mappings(id));
    expect(stored.find((m) => m.placeholder === email1)).toMatchObject({ value: PII.email, entity: 'EMAIL' });

    // No key in any event, log line or stored field.
    const visible = JSON.stringify([r1.events, r2.events, messages, h.logLines, egress.closed.map((c) => c.error?.toWire())]);
    expect(visible).not.toContain(CANARY_KEY);
  });

  it('a blocked host is never contacted; the user message is kept and the error reaches done', async () => {
    const egress = recordingEgress();
    const other = await startMockProvider();
    try {
      egress.blocked.add(new URL(other.url).host);
      const h = await chatHarness({ endpoints: [mockEndpoint(other, 'blocked')], chat: { egress } });
      const id = await h.newConversation();
      const r = await h.send(id, `mail ${PII.email}`);
      expect(r.done).toMatchObject({ status: 'error', error: { code: 'EGRESS_BLOCKED' } });
      expect(other.requests).toHaveLength(0);
      const { messages } = (await h.call('messages.list', { conversationId: id })) as { messages: Array<Record<string, unknown>> };
      expect(messages.map((m) => [m.role, m.status])).toEqual([['user', 'complete'], ['assistant', 'error']]);
    } finally {
      await other.close();
    }
  });

  it('the default core sends through the egress gate: each request the mock received has exactly one ledger entry, byte for byte', async () => {
    const h = await chatHarness({ endpoints: [mockEndpoint(mock)] });
    const id = await h.newConversation();
    expect((await h.send(id, `first, from ${PII.email}`)).done?.status).toBe('complete');
    expect((await h.send(id, 'second')).done?.status).toBe('complete');
    expect(mock.requests).toHaveLength(2);
    const { entries } = (await h.call('ledger.list', {})) as { entries: Array<{ id: string }> };
    expect(entries).toHaveLength(2);
    const details = await Promise.all(entries.map((e) => h.call('ledger.detail', { id: e.id }) as Promise<{ requestBody: string; outcome: string; conversationId: string; requestHeaders: Record<string, string> }>));
    for (const req of mock.requests) {
      const matching = details.filter((d) => d.requestBody === req.bodyText);
      expect(matching).toHaveLength(1);
      expect(matching[0]).toMatchObject({ outcome: 'ok', conversationId: id });
      expect(JSON.stringify(matching[0])).not.toContain(CANARY_KEY);
      expect(JSON.stringify(matching[0])).not.toContain(PII.email);
    }
  });

  it('refuses before storing anything when the key is missing, the provider unknown or the model invalid', async () => {
    const h = await chatHarness({ endpoints: [mockEndpoint(mock)], key: null });
    const id = await h.newConversation();
    const r = await h.send(id, `mail ${PII.email}`);
    expect(r.error).toMatchObject({ code: 'PROVIDER_KEY_MISSING' });
    expect(r.error?.message).toMatch(/API key/);
    expect((await h.send(id, 'x', { providerId: 'nope' })).error).toMatchObject({ code: 'PROVIDER_UNKNOWN' });
    expect((await h.send(id, 'x', { providerId: 'custom' })).error).toMatchObject({ code: 'PROVIDER_UNKNOWN' });
    expect(r.events).toEqual([]);
    expect(mock.requests).toHaveLength(0);
    const { messages } = (await h.call('messages.list', { conversationId: id })) as { messages: unknown[] };
    expect(messages).toEqual([]);
  });
});
