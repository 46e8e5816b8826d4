// The settings store's masking actions against the real core over the wire: rules are saved and
// feed the preview's options, a refused pattern never shows as saved and reports the core's
// MASKING_PATTERN_INVALID in its own area, and one save leaves the other settings alone.
import { describe, expect, it } from 'vitest';
import type { WireError } from '../../../shared/contract/errors';
import { findSpans } from '../../../shared/masking';
import { createSettingsStore, selectMaskOptions } from '../../../renderer/state/settings-store';
import { openCores } from './core-api';

const openCore = openCores();

async function setup() {
  const o = await openCore();
  const reported: Array<{ context: string; error: WireError }> = [];
  const store = createSettingsStore({ api: o.api, onError: (context, error) => reported.push({ context, error }), systemPrefersDark: false });
  await store.getState().load();
  return { ...o, store, reported };
}

const previewTypes = (store: Awaited<ReturnType<typeof setup>>['store'], text: string) =>
  findSpans(text, selectMaskOptions(store.getState())).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('settings store: masking', () => {
  it('saves terms, patterns, allowlist and switches; the preview options follow', async () => {
    const { store, api } = await setup();
    const text = 'Falcon TICKET-1234 ann@example.com help@team.example';
    expect(previewTypes(store, text)).toEqual(['EMAIL:ann@example.com', 'EMAIL:help@team.example']);
    expect(await store.getState().updateMasking({ maskingCustomTerms: ['Falcon'] })).toBe(true);
    expect(await store.getState().updateMasking({ maskingCustomPatterns: [{ name: 'Ticket', source: 'TICKET-\\d+' }] })).toBe(true);
    expect(await store.getState().updateMasking({ maskingAllowlist: ['help@team.example'] })).toBe(true);
    expect(previewTypes(store, text)).toEqual(['CUSTOM:Falcon', 'CUSTOM:TICKET-1234', 'EMAIL:ann@example.com']);
    expect(await store.getState().updateMasking({ maskingDisabledTypes: ['EMAIL'] })).toBe(true);
    expect(previewTypes(store, text)).toEqual(['CUSTOM:Falcon', 'CUSTOM:TICKET-1234']);
    // Same settings, same options object: the preview's compiled form stays warm.
    const before = selectMaskOptions(store.getState());
    await store.getState().load();
    expect(selectMaskOptions(store.getState())).toBe(before);
    expect(await api.settings.get({})).toMatchObject({
      maskingCustomTerms: ['Falcon'],
      maskingCustomPatterns: [{ name: 'Ticket', source: 'TICKET-\\d+' }],
      maskingAllowlist: ['help@team.example'],
      maskingDisabledTypes: ['EMAIL'],
    });
  });

  it('a refused pattern never shows as saved; the error is the core’s, in the patterns area', async () => {
    const { store, api, reported } = await setup();
    await store.getState().updateMasking({ maskingCustomPatterns: [{ name: 'Ticket', source: 'TICKET-\\d+' }] });
    const pending = store.getState().updateMasking({ maskingCustomPatterns: [{ name: 'Ticket', source: 'TICKET-\\d+' }, { name: 'Nested', source: '(a+)+$' }] });
    // Not optimistic: the list on screen is still the saved one while the core checks.
    expect(store.getState().settings?.maskingCustomPatterns).toHaveLength(1);
    expect(await pending).toBe(false);
    expect(store.getState().settings?.maskingCustomPatterns).toEqual([{ name: 'Ticket', source: 'TICKET-\\d+' }]);
    expect(store.getState().saveErrorArea).toBe('masking-patterns');
    expect(store.getState().saveError).toMatchObject({ code: 'MASKING_PATTERN_INVALID', details: { pattern: 'Nested' } });
    expect(store.getState().saveError?.message).toContain('“Nested”');
    expect(reported.map((r) => r.error.code)).toEqual(['MASKING_PATTERN_INVALID']);
    expect((await api.settings.get({})).maskingCustomPatterns).toEqual([{ name: 'Ticket', source: 'TICKET-\\d+' }]);
    // The next successful save clears it.
    expect(await store.getState().updateMasking({ maskingSurrogates: true })).toBe(true);
    expect(store.getState().saveError).toBeNull();
    expect(store.getState().saveErrorArea).toBeNull();
  });

  it('a theme change keeps the masking rules (a patch changes only its own keys)', async () => {
    const { store, api } = await setup();
    await store.getState().setMaskingPreset('strict');
    await store.getState().updateMasking({ maskingCustomTerms: ['Falcon'] });
    await store.getState().setTheme('dark');
    await store.getState().rememberProvider('preview');
    expect(store.getState().settings).toMatchObject({ theme: 'dark', maskingPreset: 'strict', maskingCustomTerms: ['Falcon'], lastProviderId: 'preview' });
    expect(await api.settings.get({})).toMatchObject({ theme: 'dark', maskingPreset: 'strict', maskingCustomTerms: ['Falcon'] });
  });
});
