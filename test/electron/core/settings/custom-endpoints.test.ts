// Custom OpenAI-compatible endpoints as a user setting, through createCore's RPC table: saved with
// settings.update they become a provider the gate allows and chat.send uses (against the loopback
// mock); bad ones are refused at save time with CUSTOM_ENDPOINT_INVALID and nothing changes; a
// removed one can no longer be sent to (PROVIDER_UNKNOWN in the pipeline, EGRESS_BLOCKED at the gate).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../../electron/core/index';
import { memoryLogger } from '../../../../electron/core/log/logger';
import type { ChatEvent } from '../../../../shared/contract/channels/chat';
import type { LedgerEntry, LedgerSummary } from '../../../../shared/contract/channels/ledger';
import type { WireError } from '../../../../shared/contract/errors';
import { customProviderEntry } from '../../../../shared/providers';
import { reply, startMockProvider, type MockProvider } from '../../../fixtures/mock-provider';
import { CANARY_KEY, chatRequest } from '../egress/egress-fixture';
import { realKeychain } from '../secrets/keychain-fixture';
import { cleanupDirs, tempDataDir } from '../vault/vault-fixture';

const EMAIL = 'jane.roe@example.org';

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

type Call = (channel: string, input?: unknown) => Promise<Record<string, unknown>>;

async function openCore(dataDir = tempDataDir()): Promise<{ core: Core; call: Call; refused: (channel: string, input: unknown) => Promise<WireError> }> {
  const fx = await realKeychain();
  cleanups.push(() => fx.cleanup());
  const c = await createCore({ dataDir, host: 'test', logger: memoryLogger('debug').logger, keychainService: fx.service });
  cleanups.push(() => c.close());
  const call: Call = async (channel, input = {}) => {
    const r = await c.rpc.call(channel, input);
    if (!r.ok) throw Object.assign(new Error(r.error.message), r.error);
    return r.output as Record<string, unknown>;
  };
  const refused = async (channel: string, input: unknown) => {
    const r = await c.rpc.call(channel, input);
    if (r.ok) throw new Error(`${channel} was accepted`);
    return r.error;
  };
  return { core: c, call, refused };
}

const mockEndpoint = () => ({ slug: 'mock', displayName: 'Mock gateway', baseUrl: `${mock.url}/v1`, apiKey: 'required', models: ['mock-model'], streamUsage: true });

async function send(c: Core, conversationId: string, text: string): Promise<{ events: ChatEvent[]; error: WireError | null }> {
  const events: ChatEvent[] = [];
  const error = await c.rpc.subscribe('chat.send', { conversationId, text }, (e) => events.push(e as ChatEvent), new AbortController().signal);
  return { events, error };
}

describe('custom endpoints saved in settings', () => {
  it('a saved endpoint is allowed by the gate and used by chat.send, with its key from the secrets channel', async () => {
    const { core: c, call } = await openCore();
    // Not configured yet: neither the pipeline nor the gate knows it.
    expect(() => c.chat.providers.get('custom-mock')).toThrow(expect.objectContaining({ code: 'PROVIDER_UNKNOWN' }));

    const saved = (await call('settings.update', { customEndpoints: [mockEndpoint()] })) as { customEndpoints: unknown[] };
    expect(saved.customEndpoints).toEqual([{ ...mockEndpoint(), maxTokensField: 'max_tokens' }]);
    expect(((await call('settings.get')) as { customEndpoints: unknown[] }).customEndpoints).toEqual(saved.customEndpoints);
    await call('secrets.set', { id: 'custom-mock', label: 'Mock gateway', value: CANARY_KEY });

    const conv = (await call('conversations.create', { title: 't', provider: 'custom-mock' })).id as string;
    mock.script(reply({ text: 'I will write to [EMAIL_1].' }));
    const { events, error } = await send(c, conv, `Please write to ${EMAIL}`);
    expect(error).toBeNull();
    expect(events.at(-1)).toMatchObject({ type: 'done', status: 'complete' });
    expect(events.filter((e) => e.type === 'delta').map((e) => (e as { text: string }).text).join('')).toBe(`I will write to ${EMAIL}.`);

    expect(mock.requests).toHaveLength(1);
    const [rec] = mock.requests;
    expect(rec!.headers.authorization).toBe(`Bearer ${CANARY_KEY}`);
    expect(rec!.bodyText).toContain('[EMAIL_1]');
    expect(rec!.bodyText).not.toContain(EMAIL);

    const list = (await call('ledger.list')) as { entries: LedgerSummary[] };
    expect(list.entries).toHaveLength(1);
    const [summary] = list.entries;
    // Custom endpoints have no known jurisdiction: "unknown", never a guess (even on loopback).
    expect(summary).toMatchObject({ provider: 'custom-mock', providerName: 'Mock gateway', host: '127.0.0.1', outcome: 'ok', jurisdiction: 'unknown', maskedCounts: { EMAIL: 1 } });
    const detail = (await call('ledger.detail', { id: summary!.id })) as LedgerEntry;
    expect(Buffer.from(detail.requestBody, 'utf8').equals(rec!.body)).toBe(true);
    expect(JSON.stringify(detail)).not.toContain(CANARY_KEY);
  });

  it('is applied again at startup from the stored settings', async () => {
    const dataDir = tempDataDir();
    const first = await openCore(dataDir);
    await first.call('settings.update', { customEndpoints: [mockEndpoint()] });
    await first.core.close();
    const second = await openCore(dataDir);
    expect(second.core.chat.providers.get('custom-mock')).toMatchObject({ baseUrl: `${mock.url}/v1`, displayName: 'Mock gateway' });
  });

  it('refuses bad endpoints at save time with CUSTOM_ENDPOINT_INVALID naming the field; nothing stored changes', async () => {
    const { core: c, call, refused } = await openCore();
    await call('settings.update', { customEndpoints: [mockEndpoint()] });
    const before = await call('settings.get');
    const bad: Array<[Record<string, unknown>[], string, RegExp]> = [
      [[{ ...mockEndpoint(), baseUrl: 'http://llm.example.com/v1' }], 'baseUrl', /Plain http is only allowed for this machine/],
      [[{ ...mockEndpoint(), baseUrl: 'not a url' }], 'baseUrl', /not a valid URL/],
      [[{ ...mockEndpoint(), baseUrl: 'https://user:pw@llm.example.com/v1' }], 'baseUrl', /credentials/],
      [[{ ...mockEndpoint(), baseUrl: 'ftp://llm.example.com/v1' }], 'baseUrl', /Only https/],
      [[{ ...mockEndpoint(), slug: 'Has Spaces' }], 'slug', /lowercase/],
      [[{ ...mockEndpoint(), models: [] }], 'models', /at least one model/],
      [[{ ...mockEndpoint(), displayName: '  ' }], 'displayName', /./],
      [[mockEndpoint(), { ...mockEndpoint(), displayName: 'Twin' }], 'slug', /already uses the id “mock”/],
    ];
    for (const [customEndpoints, field, reason] of bad) {
      const err = await refused('settings.update', { customEndpoints, theme: 'dark' });
      expect(err.code, JSON.stringify(customEndpoints)).toBe('CUSTOM_ENDPOINT_INVALID');
      expect(err.details).toMatchObject({ field });
      expect(err.message).toMatch(reason);
      expect(err.message).not.toContain('pw@');
    }
    // The theme in the same refused patch did not slip through either.
    expect(await call('settings.get')).toEqual(before);
    expect(c.chat.providers.get('custom-mock').baseUrl).toBe(`${mock.url}/v1`);
    // http is fine on loopback (a local vLLM or LiteLLM).
    await call('settings.update', { customEndpoints: [{ slug: 'local', displayName: 'Local', baseUrl: 'http://localhost:8000/v1', apiKey: 'none', models: ['m'] }] });
    expect(c.chat.providers.get('custom-local').auth).toBe('none');
  });

  it('a removed endpoint blocks later sends: PROVIDER_UNKNOWN in the pipeline, EGRESS_BLOCKED at the gate, nothing reaches the mock', async () => {
    const { core: c, call } = await openCore();
    await call('settings.update', { customEndpoints: [mockEndpoint()] });
    await call('secrets.set', { id: 'custom-mock', label: 'Mock gateway', value: CANARY_KEY });
    const conv = (await call('conversations.create', { title: 't', provider: 'custom-mock' })).id as string;
    expect((await send(c, conv, 'first')).events.at(-1)).toMatchObject({ type: 'done', status: 'complete' });
    expect(mock.requests).toHaveLength(1);

    await call('settings.update', { customEndpoints: [] });
    const after = await send(c, conv, 'second');
    expect(after.error?.code).toBe('PROVIDER_UNKNOWN');

    // Even a caller that still holds the old entry cannot get past the gate: it is off the allowlist.
    const stale = customProviderEntry(mockEndpoint() as Parameters<typeof customProviderEntry>[0]);
    await expect(c.egress.send(chatRequest(`${mock.url}/v1`), { provider: stale, model: 'mock-model' })).rejects.toMatchObject({ code: 'EGRESS_BLOCKED' });
    expect(mock.requests).toHaveLength(1);
    const list = (await call('ledger.list')) as { entries: LedgerSummary[] };
    expect(list.entries.map((e) => e.outcome).sort()).toEqual(['blocked', 'ok']);
  });
});
