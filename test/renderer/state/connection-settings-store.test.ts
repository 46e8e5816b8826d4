// The store behind Settings → Providers / Network against a real core over the wire protocol:
// endpoints saved reach the core's provider directory, refusals keep everything as it was and name
// the field, network patches merge into the stored settings; the ledger store lists masked counts
// and exports after a send through a saved endpoint to the loopback mock.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../../shared/contract/settings';
import type { CustomEndpointConfig } from '../../../shared/providers';
import { createConnectionSettingsStore, errorField } from '../../../renderer/state/connection-settings-store';
import { createLedgerStore } from '../../../renderer/state/ledger-store';
import { pickableProviders, PICKABLE_PROVIDERS } from '../../../renderer/features/composer/provider-choice';
import { reply, startMockProvider, type MockProvider } from '../../fixtures/mock-provider';
import { openCores } from './core-api';
import { openVault } from './vault-open';

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());

const openCore = openCores();
afterEach(() => mock.reset());

const endpoint = (over: Partial<CustomEndpointConfig> = {}): CustomEndpointConfig => ({
  slug: 'mock',
  displayName: 'Mock',
  baseUrl: `${mock.url}/v1`,
  apiKey: 'none',
  models: ['mock-model'],
  streamUsage: true,
  maxTokensField: 'max_tokens',
  ...over,
});

async function setup() {
  const o = await openCore();
  let settings: Settings | null = await o.api.settings.get({});
  const saves: Settings[] = [];
  const store = createConnectionSettingsStore({
    api: o.api,
    current: () => settings,
    onSaved: (s) => {
      settings = s;
      saves.push(s);
    },
  });
  return { ...o, store, saves, settings: () => settings! };
}

describe('connection settings store', () => {
  it('adds, edits and removes a custom endpoint; the core directory follows each save', async () => {
    const { store, core, saves, settings } = await setup();
    expect(await store.getState().saveEndpoint(endpoint(), null)).toBe(true);
    expect(settings().customEndpoints).toEqual([endpoint()]);
    expect(core.chat.providers.get('custom-mock').displayName).toBe('Mock');

    expect(await store.getState().saveEndpoint(endpoint({ displayName: 'Mock renamed', models: ['a', 'b'] }), 'mock')).toBe(true);
    expect(settings().customEndpoints).toHaveLength(1);
    expect(core.chat.providers.get('custom-mock')).toMatchObject({ displayName: 'Mock renamed', defaultModel: 'a' });

    expect(await store.getState().removeEndpoint('mock')).toBe(true);
    expect(settings().customEndpoints).toEqual([]);
    expect(() => core.chat.providers.get('custom-mock')).toThrow(expect.objectContaining({ code: 'PROVIDER_UNKNOWN' }));
    expect(saves).toHaveLength(3);
    expect(store.getState().errors.endpoints).toBeNull();
  });

  it('a refused endpoint changes nothing and says which field (CUSTOM_ENDPOINT_INVALID)', async () => {
    const { store, api, saves, settings } = await setup();
    await store.getState().saveEndpoint(endpoint(), null);
    const before = await api.settings.get({});
    expect(await store.getState().saveEndpoint(endpoint({ slug: 'bad', baseUrl: 'http://llm.example.com/v1' }), null)).toBe(false);
    const err = store.getState().errors.endpoints;
    expect(err?.code).toBe('CUSTOM_ENDPOINT_INVALID');
    expect(errorField(err)).toBe('baseUrl');
    expect(err?.details?.reason).toMatch(/Plain http is only allowed/);
    expect(await api.settings.get({})).toEqual(before);
    expect(settings()).toEqual(before);
    expect(saves).toHaveLength(1);
    // A duplicate id is refused too, on the slug field; the next good save clears the error.
    expect(await store.getState().saveEndpoint(endpoint({ displayName: 'Twin' }), null)).toBe(false);
    expect(errorField(store.getState().errors.endpoints)).toBe('slug');
    expect(await store.getState().saveEndpoint(endpoint({ slug: 'second' }), null)).toBe(true);
    expect(store.getState().errors.endpoints).toBeNull();
  });

  it('network patches merge into the stored network settings; a bad proxy URL is refused with its field', async () => {
    const { store, api } = await setup();
    expect(await store.getState().saveNetwork({ limits: { 'custom-mock': { requestsPerDay: 5, tokensPerDay: null } } }, 'limits')).toBe(true);
    expect(await store.getState().saveNetwork({ tls13Only: true, proxy: { mode: 'explicit', url: 'http://proxy.example:3128', noProxy: ['.corp.example'] } })).toBe(true);
    const saved = (await api.settings.get({})).network;
    expect(saved).toMatchObject({ tls13Only: true, proxy: { mode: 'explicit', url: 'http://proxy.example:3128', noProxy: ['.corp.example'] }, limits: { 'custom-mock': { requestsPerDay: 5 } } });

    expect(await store.getState().saveNetwork({ tls13Only: false, proxy: { mode: 'explicit', url: 'socks5://proxy.example:1080', noProxy: [] } })).toBe(false);
    const err = store.getState().errors.network;
    expect(err?.code).toBe('RPC_INVALID_INPUT');
    expect(errorField(err)).toBe('proxy.url');
    expect((await api.settings.get({})).network).toEqual(saved);
    expect(store.getState().errors.limits).toBeNull();

    expect(await store.getState().saveNetwork({ customCaPem: 'not a certificate' })).toBe(false);
    expect(errorField(store.getState().errors.network)).toBe('customCaPem');
    expect((await api.settings.get({})).network).toEqual(saved);
  });

  it('the ledger store lists masked counts and exports JSON and CSV after a send through a saved endpoint', async () => {
    const { store, api } = await setup();
    await openVault(api);
    await store.getState().saveEndpoint(endpoint(), null);
    const c = await api.conversations.create({ title: 'Custom', provider: 'custom-mock' });
    mock.script(reply({ text: 'ok [EMAIL_1]' }));
    await api.chat.send({ conversationId: c.id, text: 'mail jane.doe@example.com', providerId: 'custom-mock', model: 'mock-model' }, () => undefined).done;

    const ledger = createLedgerStore({ api });
    // The entry is closed just after the reply's last event; reload until it is.
    await expect
      .poll(async () => {
        await ledger.getState().load();
        return ledger.getState().entries[0]?.outcome;
      })
      .toBe('ok');
    expect(ledger.getState().entries).toHaveLength(1);
    expect(ledger.getState().entries[0]).toMatchObject({ host: '127.0.0.1', outcome: 'ok', jurisdiction: 'unknown', maskedCounts: { EMAIL: 1 } });
    const json = await ledger.getState().exportAs('json');
    expect(json?.entries).toBe(1);
    expect((JSON.parse(json!.content) as { entries: unknown[] }).entries).toHaveLength(1);
    const csv = await ledger.getState().exportAs('csv');
    expect(csv?.mimeType).toMatch(/csv/);
    expect(csv?.content.split('\r\n')[0]).toContain('maskedCounts');
    expect(ledger.getState().exportError).toBeNull();
  });
});

describe('pickable providers', () => {
  it('lists custom endpoints after the built-ins and leaves out an invalid stored one', () => {
    const list = pickableProviders([endpoint(), endpoint({ slug: 'broken', baseUrl: 'http://far.example.com' })]);
    expect(list.slice(0, PICKABLE_PROVIDERS.length)).toEqual(PICKABLE_PROVIDERS);
    expect(list.slice(PICKABLE_PROVIDERS.length).map((p) => [p.id, p.privacy.jurisdiction.value])).toEqual([['custom-mock', 'unknown']]);
  });
});
