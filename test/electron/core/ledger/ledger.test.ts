// The transparency ledger through its RPC handlers, on a real vault database: list with filters
// and paging, detail, JSON/CSV export, clear (audit-logged), ephemeral entries kept in memory
// only, the canary key nowhere, and the daily limits counted from the ledger.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chatEgressFor } from '../../../../electron/core/egress/index';
import { VeilError } from '../../../../electron/core/errors/veil-error';
import { memoryLogger } from '../../../../electron/core/log/logger';
import { streamChat, parseOpenAiStream } from '../../../../electron/core/providers/index';
import { ledgerHandlers } from '../../../../electron/core/rpc/ledger-handlers';
import { LedgerEntrySchema, LedgerSummarySchema } from '../../../../shared/contract/channels/ledger';
import { findProvider } from '../../../../shared/providers';
import { startMockProvider, type MockProvider } from '../../../fixtures/mock-provider';
import { CANARY_KEY, chatRequest, closeHarnesses, drain, gateHarness, meta, settle, testProvider, type GateHarness } from '../egress/egress-fixture';

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());
afterEach(async () => {
  mock.reset();
  await closeHarnesses();
});

async function sendOk(h: GateHarness, p: ReturnType<typeof testProvider>, extra: Parameters<typeof meta>[1] = {}) {
  const res = await h.gate.send(chatRequest(p.baseUrl!), meta(p, extra));
  await drain(res.body);
  return settle(h, res.ledgerId);
}

describe('ledger', () => {
  it('lists, filters, pages, shows, exports and clears; ephemeral entries never reach the database', async () => {
    const a = testProvider('alpha', `${mock.url}/v1`);
    const b = testProvider('beta', `${mock.url}/v1`, ['US']);
    const h = gateHarness({ providers: [a, b] });
    const rpc = ledgerHandlers({ ledger: h.ledger, now: () => Date.UTC(2026, 10, 27) });
    const ctx = { signal: new AbortController().signal };
    const first = await sendOk(h, a);
    await sendOk(h, b);
    await sendOk(h, a, { ephemeral: true, conversationId: 'e_123' });
    await h.gate.send(chatRequest('https://nowhere.example/v1'), meta(b)).catch(() => undefined);

    const all = await rpc['ledger.list']({}, ctx);
    expect(all.total).toBe(4);
    all.entries.forEach((e) => LedgerSummarySchema.parse(e));
    expect(all.entries.map((e) => [e.provider, e.outcome])).toEqual([['beta', 'blocked'], ['alpha', 'ok'], ['beta', 'ok'], ['alpha', 'ok']]);
    expect(all.entries[0]).not.toHaveProperty('requestBody');
    expect((await rpc['ledger.list']({ provider: 'alpha' }, ctx)).total).toBe(2);
    expect((await rpc['ledger.list']({ outcome: 'blocked' }, ctx)).entries.map((e) => e.provider)).toEqual(['beta']);
    expect((await rpc['ledger.list']({ from: first.startedAt + 1_000_000 }, ctx)).total).toBe(0);
    expect((await rpc['ledger.list']({ to: first.startedAt }, ctx)).total).toBe(0);
    const page = await rpc['ledger.list']({ limit: 2, offset: 1 }, ctx);
    expect(page.entries.map((e) => e.id)).toEqual(all.entries.slice(1, 3).map((e) => e.id));

    // The ephemeral entry is listed but was never written to SQLite.
    expect(h.rawRows()).toHaveLength(3);
    expect(all.entries.filter((e) => e.ephemeral)).toHaveLength(1);

    const detail = LedgerEntrySchema.parse(await rpc['ledger.detail']({ id: first.id }, ctx));
    expect(detail).toMatchObject({ id: first.id, provider: 'alpha', outcome: 'ok', jurisdictionRegions: ['DE'] });
    expect(detail.requestBody).toBe(chatRequest(a.baseUrl!).body);

    const json = await rpc['ledger.export']({ format: 'json' }, ctx);
    expect(json).toMatchObject({ mimeType: 'application/json', fileName: 'veil-ledger-2026-11-27.json', entries: 4 });
    const parsed = JSON.parse(json.content) as { entries: unknown[] };
    parsed.entries.forEach((e) => LedgerEntrySchema.parse(e));
    const csv = await rpc['ledger.export']({ format: 'csv', provider: 'alpha' }, ctx);
    const lines = csv.content.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^id,startedAt,endedAt,outcome,provider/);
    expect(csv.content).toContain('""model"":""mock-model""');

    for (const text of [json.content, csv.content, ...h.rawRows()]) expect(text).not.toContain(CANARY_KEY);

    expect(await rpc['ledger.clear']({ confirm: 'CLEAR' }, ctx)).toEqual({ cleared: 4 });
    expect((await rpc['ledger.list']({}, ctx)).total).toBe(0);
    expect(h.audit).toEqual([{ kind: 'ledger.cleared', detail: { entries: 4 } }]);
    await expect(rpc['ledger.detail']({ id: first.id }, ctx)).rejects.toMatchObject({ code: 'LEDGER_NOT_FOUND' });
  });

  it('stream driver + chat port: one entry per attempt, closed with the driver view and token usage; no key in logs or errors', async () => {
    const p = testProvider('mock', `${mock.url}/v1`);
    const h = gateHarness({ providers: [p] });
    const { logger, lines } = memoryLogger('debug');
    mock.script({ kind: 'error', status: 503 }, { kind: 'reply', text: 'Hello', usage: { promptTokens: 11, completionTokens: 3 } });
    const egress = chatEgressFor(h.gate);
    // Entries of stored conversations reference the conversation row; without it nothing is sent.
    const orphan = await egress.open({ conversationId: 'c1', ephemeral: false, userMessageId: 1, assistantMessageId: 2, provider: { ...findProvider('deepseek')!, id: 'mock', baseUrl: p.baseUrl }, model: 'mock-model', maskedCounts: {} }, chatRequest(p.baseUrl!));
    await expect(orphan.transport(chatRequest(p.baseUrl!), new AbortController().signal)).rejects.toMatchObject({ code: 'LEDGER_WRITE_FAILED' });
    expect(mock.requests).toHaveLength(0);
    h.db.prepare("INSERT INTO conversations (id, title, created_at, updated_at) VALUES ('c1', 't', 0, 0)").run();
    const provider = { ...findProvider('deepseek')!, id: 'mock', displayName: 'Test mock', baseUrl: p.baseUrl };
    const exchange = await egress.open({ conversationId: 'c1', ephemeral: false, userMessageId: 1, assistantMessageId: 2, provider, model: 'mock-model', maskedCounts: { EMAIL: 2 } }, chatRequest(p.baseUrl!));
    const result = await streamChat({ transport: exchange.transport, request: chatRequest(p.baseUrl!), adapter: { parseStream: parseOpenAiStream }, providerName: 'Test mock', onAttemptEnd: exchange.onAttemptEnd, retry: { baseDelayMs: 1 } });
    exchange.close?.(result);
    expect(result.error?.toWire() ?? null).toBeNull();
    expect(result.outcome).toBe('ok');
    await new Promise((r) => setTimeout(r, 50));
    const rows = h.entries();
    expect(rows.map((e) => [e.attempt, e.status, e.outcome])).toEqual([[1, 503, 'error'], [2, 200, 'ok']]);
    expect(rows[1]).toMatchObject({ inputTokens: 11, outputTokens: 3, maskedCounts: { EMAIL: 2 }, jurisdictionRegions: ['CN'], userMessageId: 1, assistantMessageId: 2 });
    expect(rows[1]!.firstTokenMs).toBeGreaterThan(0);
    // The mock refused the canary key as nothing; make the key appear in an error path too.
    const err = await h.gate.send(chatRequest('https://nowhere.example/v1'), meta(p)).catch((e: unknown) => e as VeilError);
    logger.error('send failed', err);
    expect(JSON.stringify([rows, lines, (err as VeilError).message, (err as VeilError).toWire()])).not.toContain(CANARY_KEY);
  });
});

describe('daily limits', () => {
  it('refuses with LIMIT_REACHED once the day\'s requests are used; blocked requests do not count; policy caps the user', async () => {
    const p = testProvider('mock', `${mock.url}/v1`);
    const h = gateHarness({ providers: [p], settings: { limits: { mock: { requestsPerDay: 3, tokensPerDay: null } } }, policy: { limitCaps: { '*': { requestsPerDay: 2 } } } });
    await h.gate.send(chatRequest('https://nowhere.example/v1'), meta(p)).catch(() => undefined);
    await sendOk(h, p);
    await sendOk(h, p);
    const err = await h.gate.send(chatRequest(p.baseUrl!), meta(p)).then(() => null, (e: unknown) => e as VeilError);
    expect(err?.code).toBe('LIMIT_REACHED');
    expect(err?.message).toMatch(/today's limit of 2 requests to Test mock.*Nothing was sent/);
    expect(mock.requests).toHaveLength(2);
    expect(h.entries().at(-1)).toMatchObject({ outcome: 'blocked', errorCode: 'LIMIT_REACHED' });
    await expect(h.gate.checkLimits(p)).rejects.toMatchObject({ code: 'LIMIT_REACHED' });
    await expect(chatEgressFor(h.gate).checkLimits!('mock', 'mock-model')).rejects.toBeInstanceOf(VeilError);
  });

  it('counts tokens recorded in the ledger', async () => {
    const p = testProvider('mock', `${mock.url}/v1`);
    const h = gateHarness({ providers: [p], settings: { limits: { mock: { requestsPerDay: null, tokensPerDay: 100 } } } });
    const e = await sendOk(h, p);
    await h.gate.checkLimits(p);
    await h.gate.annotate(e.id, { inputTokens: 60, outputTokens: 40 });
    await expect(h.gate.checkLimits(p)).rejects.toMatchObject({ code: 'LIMIT_REACHED', details: { kind: 'tokens', used: 100 } });
  });
});
