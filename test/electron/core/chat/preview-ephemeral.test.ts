// The Preview provider (answers with exactly the masked payload and sends nothing), ephemeral
// conversations (same pipeline, nothing on disk), and the canary key staying out of every error,
// event and log line even when the provider quotes it back.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PREVIEW_INTRO } from '../../../../electron/core/providers/index';
import { startMockProvider, unauthorized, type MockProvider } from '../../../fixtures/mock-provider';
import { CANARY_KEY, chatHarness, cleanupHarnesses, mockEndpoint, recordingEgress } from './chat-fixture';

const EMAIL = 'ottilie.ramsbottom@example.net';
const CARD = '5500 0000 0000 0004';

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());
afterEach(() => cleanupHarnesses());

/** The payload a remote model would have received, written out independently of the pipeline. */
const expectedPreview = (messages: Array<{ role: string; content: string }>) =>
  `${PREVIEW_INTRO}\n\n\`\`\`json\n${JSON.stringify({ messages }, null, 2)}\n\`\`\`\n`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe('Preview provider', () => {
  it('replies with exactly the masked payload, sends nothing, and stays out of later history', async () => {
    const egress = recordingEgress();
    const h = await chatHarness({ endpoints: [mockEndpoint(mock)], chat: { egress } });
    const id = await h.newConversation();
    const r1 = await h.send(id, `Mail ${EMAIL}, card ${CARD}`, { providerId: 'preview' });
    expect(r1.events[0]).toMatchObject({ type: 'accepted', providerId: 'preview', model: 'preview' });
    expect(r1.done).toMatchObject({ status: 'complete', error: null, usage: null });
    expect(r1.text).toBe(expectedPreview([{ role: 'user', content: 'Mail [EMAIL_1], card [CREDIT_CARD_1]' }]));
    expect(r1.text).not.toContain(EMAIL);

    const r2 = await h.send(id, `Again ${EMAIL}`, { providerId: 'preview' });
    expect(r2.text).toBe(
      expectedPreview([
        { role: 'user', content: 'Mail [EMAIL_1], card [CREDIT_CARD_1]' },
        { role: 'user', content: 'Again [EMAIL_1]' },
      ]),
    );
    expect(mock.requests).toHaveLength(0);
    expect(egress.records).toHaveLength(0);
    // Stored as shown: the preview keeps its placeholders (it shows what would be sent).
    const { messages } = (await h.call('messages.list', { conversationId: id })) as { messages: Array<{ content: string; maskedContent: string }> };
    expect(messages[1]).toMatchObject({ content: r1.text, maskedContent: r1.text });
  });

  it('is the default for a conversation without a provider on first run', async () => {
    const h = await chatHarness();
    const c = await h.call('conversations.create', { title: 'first run' });
    const r = await h.send(c.id as string, 'hello');
    expect(r.events[0]).toMatchObject({ providerId: 'preview' });
    expect(r.text).toBe(expectedPreview([{ role: 'user', content: 'hello' }]));
    expect(h.core.settings.get().lastProviderId).toBe('preview');
  });
});

describe('ephemeral conversations', () => {
  it('take the same path in memory: masked on the wire, restored on screen, nothing on disk', async () => {
    const canary = `ephemeral-canary-${Date.now()}`;
    const egress = recordingEgress();
    const h = await chatHarness({ endpoints: [mockEndpoint(mock)], chat: { egress } });
    const stored = await h.newConversation();
    await h.send(stored, 'a stored turn, so the vault file exists');
    const id = await h.newConversation({ ephemeral: true });
    expect(id.startsWith('e_')).toBe(true);

    const text = `${canary}: write to ${EMAIL}`;
    const r1 = await h.send(id, text);
    const r2 = await h.send(id, `and ${EMAIL} once more`);
    expect(r1.text).toBe(`You said: ${text}`);
    expect(r2.text).toBe(`You said: and ${EMAIL} once more`);
    expect(mock.requests[2]?.bodyText).toContain('and [EMAIL_1] once more');
    for (const req of mock.requests) expect(req.bodyText).not.toContain(EMAIL);
    expect(egress.records[1]?.ctx).toMatchObject({ conversationId: id, ephemeral: true });

    const { messages } = (await h.call('messages.list', { conversationId: id })) as { messages: Array<{ role: string; status: string }> };
    expect(messages.map((m) => [m.role, m.status])).toEqual([['user', 'complete'], ['assistant', 'complete'], ['user', 'complete'], ['assistant', 'complete']]);

    const { vault } = await h.core.storage();
    const counts = await vault.use(({ db }) => ({
      messages: (db.prepare('SELECT count(*) AS n FROM messages WHERE conversation_id = ?').get(id) as { n: number }).n,
      mappings: (db.prepare('SELECT count(*) AS n FROM placeholder_mappings').get() as { n: number }).n,
      all: (db.prepare('SELECT count(*) AS n FROM messages').get() as { n: number }).n,
      hits: (db.prepare("SELECT count(*) AS n FROM messages WHERE content LIKE '%' || ? || '%'").get(canary) as { n: number }).n,
    }));
    expect(counts).toEqual({ messages: 0, mappings: 0, all: 2, hits: 0 });
    vault.close(); // checkpoint the WAL so every byte the vault holds is in its files
    for (const f of filesUnder(h.dataDir)) expect(readFileSync(f).includes(Buffer.from(canary))).toBe(false);
    expect(h.logLines.join('\n')).not.toContain(canary);
  });
});

describe('the API key never shows', () => {
  it('not in done, events or logs, even when the provider quotes it in a 401 body', async () => {
    const h = await chatHarness({ endpoints: [mockEndpoint(mock)] });
    const id = await h.newConversation();
    mock.script(unauthorized({ body: { error: { message: `Incorrect API key provided: ${CANARY_KEY}`, type: 'invalid_request_error' } } }));
    const r = await h.send(id, 'hello');
    expect(r.done).toMatchObject({ status: 'error', error: { code: 'PROVIDER_KEY_REJECTED' } });
    expect(mock.requests[0]?.headers.authorization).toBe(`Bearer ${CANARY_KEY}`);
    const { messages } = (await h.call('messages.list', { conversationId: id })) as { messages: unknown[] };
    expect(JSON.stringify([r.events, messages, h.logLines])).not.toContain(CANARY_KEY);
  });
});
