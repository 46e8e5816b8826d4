// The send path's ordering guarantees through a real core and the real egress gate: the user
// message and the ledger entry of the request carrying it are committed together, before the
// request leaves; a refusal is recorded in that same commit; a plan made in a masking worker is
// used only while the conversation is unchanged; header facts of a long reply reach the ledger
// before it ends.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChatEvent } from '../../../../shared/contract/channels/chat';
import type { LedgerEntry } from '../../../../shared/contract/channels/ledger';
import { MIN_WORKER_CHARS } from '../../../../electron/core/chat/masking-ahead';
import type { Core } from '../../../../electron/core/index';
import type { Db } from '../../../../electron/core/vault/open-vault';
import { writeBatcherFor } from '../../../../electron/core/vault/write-batcher';
import { slow, startMockProvider, type MockProvider } from '../../../fixtures/mock-provider';
import type { RecordedRequest } from '../../../fixtures/mock-provider/types';
import { cleanupDirs } from '../vault/vault-fixture';
import { chatHarness, cleanupHarnesses, mockEndpoint } from './chat-fixture';

let mock: MockProvider;
/** Runs (in this process) when a request has fully arrived at the mock. */
let onArrival: ((rec: RecordedRequest) => void) | null = null;
const workersBefore = process.env.VEIL_MASK_WORKERS;
beforeAll(async () => {
  // One masking worker whatever the machine's cores, so the worker path is what runs here.
  process.env.VEIL_MASK_WORKERS = '1';
  mock = await startMockProvider({ onRequest: (rec) => void onArrival?.(rec) });
});
afterAll(async () => {
  if (workersBefore === undefined) delete process.env.VEIL_MASK_WORKERS;
  else process.env.VEIL_MASK_WORKERS = workersBefore;
  await mock.close();
});
beforeEach(() => mock.reset());
afterEach(async () => {
  onArrival = null;
  await cleanupHarnesses();
  cleanupDirs();
});

const dbOf = async (core: Core): Promise<Db> => (await core.storage()).vault.use((o) => o.db);
const ledgerRows = (db: Db): LedgerEntry[] => (db.prepare('SELECT data FROM ledger_entries ORDER BY rowid').all() as Array<{ data: string }>).map((r) => JSON.parse(r.data) as LedgerEntry);
const accepted = (events: ChatEvent[]) => events.find((e): e is Extract<ChatEvent, { type: 'accepted' }> => e.type === 'accepted');

describe('send path ordering (real core, real gate, loopback mock)', () => {
  it('commits the user message and the first request\'s ledger entry in one commit, before the request leaves', async () => {
    const h = await chatHarness({ endpoints: [mockEndpoint(mock)] });
    const id = await h.newConversation();
    const db = await dbOf(h.core);
    const batcher = writeBatcherFor(db);
    const before = batcher.commits;
    let seen: { commits: number; entries: LedgerEntry[]; users: number } | undefined;
    onArrival = () => {
      seen = {
        commits: batcher.commits - before,
        entries: ledgerRows(db),
        users: (db.prepare("SELECT count(*) AS n FROM messages WHERE role = 'user'").get() as { n: number }).n,
      };
    };
    const r = await h.send(id, 'Mail anna.schmidt@example.com please');
    expect(r.done?.status).toBe('complete');
    expect(seen).toBeDefined();
    // One commit held the turn and the entry (the request left only after it).
    expect(seen?.commits).toBe(1);
    expect(seen?.users).toBe(1);
    expect(seen?.entries).toHaveLength(1);
    const a = accepted(r.events);
    expect(seen?.entries[0]).toMatchObject({ outcome: 'pending', conversationId: id, userMessageId: a?.userMessageId, assistantMessageId: a?.assistantMessageId, maskedCounts: { EMAIL: 1 } });
    expect(seen?.entries[0]?.requestBody).toBe(mock.requests[0]?.bodyText);
    // Afterwards the entry is closed with what the response told.
    await new Promise((res) => setTimeout(res, 50));
    expect(ledgerRows(db)[0]).toMatchObject({ outcome: 'ok', status: 200, remoteAddress: '127.0.0.1' });
  });

  it('a request the gate refuses is recorded as blocked in the turn\'s commit and never sent', async () => {
    const h = await chatHarness({ endpoints: [mockEndpoint(mock)], egress: { policy: () => ({ denyHosts: ['127.0.0.1'] }) } });
    const id = await h.newConversation();
    const { events, error: err } = await h.send(id, 'hello anna.schmidt@example.com');
    expect(err).toBeNull();
    expect(events.at(-1)).toMatchObject({ type: 'done', status: 'error', error: { code: 'EGRESS_BLOCKED' } });
    expect(mock.requests).toHaveLength(0);
    const db = await dbOf(h.core);
    const entries = ledgerRows(db);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ outcome: 'blocked', errorCode: 'EGRESS_BLOCKED', userMessageId: accepted(events)?.userMessageId });
    expect(entries[0]?.requestBody).not.toContain('anna.schmidt');
  });

  it('concurrent sends in one conversation get their own placeholders (a worker plan of a changed conversation is redone)', async () => {
    const h = await chatHarness({ endpoints: [mockEndpoint(mock)] });
    expect(await h.core.chat.startMaskWorkers()).toBe(true);
    const id = await h.newConversation();
    // Long enough to be masked in the worker (MIN_WORKER_CHARS).
    const filler = ' Lorem ipsum dolor sit amet.'.repeat(Math.ceil(MIN_WORKER_CHARS / 28));
    const texts = ['Write to anna.schmidt@example.com today', 'Write to bob.jones@example.org today', 'Write to carla.diaz@example.net today'].map((t) => t + filler);
    const results = await Promise.all(texts.map((t) => h.send(id, t)));
    const masked = results.map((r) => accepted(r.events)?.maskedText);
    const placeholders = masked.map((m) => /\[EMAIL_\d+\]/.exec(m ?? '')?.[0]);
    expect(new Set(placeholders).size).toBe(3);
    // Each reply (the mock echoes the masked text) comes back with that send's own value.
    results.forEach((r, i) => expect(r.text).toBe(`You said: ${texts[i]}`));
    const mapping = (await dbOf(h.core)).prepare('SELECT placeholder, value FROM placeholder_mappings WHERE conversation_id = ? ORDER BY placeholder').all(id) as Array<{ placeholder: string; value: string }>;
    expect(mapping.map((m) => m.value).sort()).toEqual(['anna.schmidt@example.com', 'bob.jones@example.org', 'carla.diaz@example.net']);
  });

  it('a send refused while preparing does not hold up the sends that arrived after it', async () => {
    const h = await chatHarness({ endpoints: [mockEndpoint(mock)] });
    const id = await h.newConversation();
    const [refused, ok] = await Promise.all([h.send('c_doesnotexist00000000000000', 'hello'), h.send(id, 'hello anna.schmidt@example.com')]);
    expect(refused.error?.code).toBe('NOT_FOUND');
    expect(ok.done?.status).toBe('complete');
    expect(ok.text).toBe('You said: hello anna.schmidt@example.com');
  });

  it('writes the header facts of a long reply to its ledger entry before the reply ends', async () => {
    const h = await chatHarness({ endpoints: [mockEndpoint(mock)] });
    const id = await h.newConversation();
    const db = await dbOf(h.core);
    mock.script(slow({ firstTokenDelayMs: 0, chunkDelayMs: 5000 }, { chunks: ['first ', 'second'] }));
    const ac = new AbortController();
    let firstDelta: () => void = () => undefined;
    const streaming = new Promise<void>((res) => (firstDelta = res));
    const sent = h.send(id, 'tell me a long story', { signal: ac.signal, onEvent: (e) => e.type === 'delta' && firstDelta() });
    await streaming;
    let entry: LedgerEntry | undefined;
    for (let i = 0; i < 100 && entry?.status !== 200; i++) {
      await new Promise((res) => setTimeout(res, 30));
      entry = ledgerRows(db)[0];
    }
    expect(entry).toMatchObject({ outcome: 'pending', status: 200, remoteAddress: '127.0.0.1' });
    expect(entry?.headersMs).toBeGreaterThan(0);
    ac.abort();
    await sent;
    await new Promise((res) => setTimeout(res, 50));
    expect(ledgerRows(db)[0]).toMatchObject({ outcome: 'cancelled', status: 200 });
  });
});
