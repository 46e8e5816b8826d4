// The whole path through createCore with chat routed through the gate: chat.send with canary PII
// and a canary key -> masking -> gate -> loopback mock. The mock's bodies hold no PII, each maps
// to exactly one ledger entry byte for byte, and the key is in no ledger row, export or log line.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../../electron/core/index';
import { memoryLogger } from '../../../../electron/core/log/logger';
import type { ChatEvent } from '../../../../shared/contract/channels/chat';
import type { LedgerEntry, LedgerSummary } from '../../../../shared/contract/channels/ledger';
import { rateLimited, reply, startMockProvider, type MockProvider } from '../../../fixtures/mock-provider';
import { realKeychain } from '../secrets/keychain-fixture';
import { cleanupDirs, tempDataDir } from '../vault/vault-fixture';
import { CANARY_KEY } from './egress-fixture';

const PII = { email: 'jane.roe@example.org', phone: '+44 20 7946 0958', iban: 'DE89370400440532013000' };

let mock: MockProvider;
const cleanups: Array<() => Promise<void> | void> = [];
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());
afterEach(async () => {
  mock.reset();
  for (const c of cleanups.splice(0).reverse()) await c();
  cleanupDirs();
});

async function core(): Promise<{ core: Core; lines: string[]; call: (c: string, i?: unknown) => Promise<Record<string, unknown>> }> {
  const fx = await realKeychain();
  cleanups.push(() => fx.cleanup());
  const { logger, lines } = memoryLogger('debug');
  const c = await createCore({ dataDir: tempDataDir(), host: 'test', logger, keychainService: fx.service, chat: { stream: { retry: { baseDelayMs: 1 } } } });
  cleanups.push(() => c.close());
  c.chat.providers.setCustomEndpoints([{ slug: 'mock', displayName: 'Mock', baseUrl: `${mock.url}/v1`, apiKey: 'required', models: ['mock-model'], streamUsage: true }]);
  const call = async (channel: string, input: unknown = {}) => {
    const r = await c.rpc.call(channel, input);
    if (!r.ok) throw Object.assign(new Error(r.error.message), r.error);
    return r.output as Record<string, unknown>;
  };
  await call('secrets.set', { id: 'custom-mock', label: 'test', value: CANARY_KEY });
  return { core: c, lines, call };
}

async function send(c: Core, conversationId: string, text: string): Promise<ChatEvent[]> {
  const events: ChatEvent[] = [];
  await c.rpc.subscribe('chat.send', { conversationId, text }, (e) => events.push(e as ChatEvent), new AbortController().signal);
  return events;
}

describe('chat through the egress gate (createCore)', () => {
  it('"wipe everything" also drops the in-memory ledger entries of ephemeral conversations', async () => {
    const { core: c, call } = await core();
    const eph = (await call('conversations.create', { title: 'e', provider: 'custom-mock', ephemeral: true })).id as string;
    expect((await send(c, eph, 'hello')).at(-1)).toMatchObject({ type: 'done', status: 'complete' });
    expect((await call('ledger.list', {})).total).toBe(1);
    await call('vault.wipe', { confirm: 'WIPE', includeApiKeys: true });
    expect((await call('ledger.list', {})).total).toBe(0);
  });

  it('masked bodies on the wire, one ledger entry per request byte for byte, no key anywhere', async () => {
    const { core: c, lines, call } = await core();
    const conv = (await call('conversations.create', { title: 't', provider: 'custom-mock' })).id as string;
    const eph = (await call('conversations.create', { title: 'e', provider: 'custom-mock', ephemeral: true })).id as string;
    mock.script(rateLimited(0), reply({ text: 'Noted [EMAIL_1]' }));
    const e1 = await send(c, conv, `Mail ${PII.email}, call ${PII.phone}, pay to ${PII.iban}`);
    expect(e1.at(-1)).toMatchObject({ type: 'done', status: 'complete' });
    expect(e1.filter((e) => e.type === 'delta').map((e) => (e as { text: string }).text).join('')).toContain(PII.email);
    await send(c, eph, `ephemeral ${PII.email}`);
    await new Promise((r) => setTimeout(r, 50));

    const received = mock.requests;
    expect(received).toHaveLength(3);
    for (const rec of received) for (const v of Object.values(PII)) expect(rec.bodyText).not.toContain(v);

    const list = (await call('ledger.list', {})) as { entries: LedgerSummary[]; total: number };
    expect(list.total).toBe(3);
    const details = await Promise.all(list.entries.map((e) => call('ledger.detail', { id: e.id }) as Promise<unknown> as Promise<LedgerEntry>));
    for (const rec of received) {
      expect(details.filter((d) => Buffer.from(d.requestBody, 'utf8').equals(rec.body))).toHaveLength(rec === received[2] ? 1 : 2);
    }
    const byTime = [...details].sort((a, b) => a.startedAt - b.startedAt);
    expect(byTime.map((d) => [d.status, d.outcome, d.attempt, d.ephemeral])).toEqual([[429, 'error', 1, false], [200, 'ok', 2, false], [200, 'ok', 1, true]]);
    expect(byTime[1]).toMatchObject({ provider: 'custom-mock', conversationId: conv, maskedCounts: expect.objectContaining({ EMAIL: 1 }) });
    expect(byTime[1]!.outputTokens).toBeGreaterThan(0);

    const exports = await Promise.all((['json', 'csv'] as const).map((format) => call('ledger.export', { format })));
    const stored = (await c.storage()).vault.use((o) => (o.db.prepare('SELECT data FROM ledger_entries').all() as Array<{ data: string }>).map((r) => r.data));
    const rows = await stored;
    expect(rows).toHaveLength(2); // the ephemeral conversation's entry lives in memory only
    const everything = JSON.stringify([rows, details, exports, lines, e1]);
    expect(everything).not.toContain(CANARY_KEY);
    for (const rec of received) expect(rec.headers.authorization).toBe(`Bearer ${CANARY_KEY}`);
  });
});
