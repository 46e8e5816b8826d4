// The user's masking configuration in settings: loads from a file written before these keys
// existed, keeps valid rules, and refuses a bad or catastrophically slow pattern when it is saved
// (MASKING_PATTERN_INVALID, nothing stored changes), directly and over RPC.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core/index';
import { memoryLogger } from '../../../../electron/core/log/logger';
import { createConfBackend, SettingsService } from '../../../../electron/core/settings/settings-store';
import { defaultSettings } from '../../../../shared/contract/settings';
import { PRESETS } from '../../../../shared/masking';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'veil-mask-settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = () => join(dir, 'settings.json');
const RULES = {
  maskingPreset: 'pci',
  maskingDisabledTypes: ['SECRET'],
  maskingCustomTerms: ['Project Falcon', 'ACME Corp'],
  maskingCustomPatterns: [{ name: 'Ticket', source: 'TICKET-\\d{4,6}' }],
  maskingAllowlist: ['team@example.com'],
  maskingSurrogates: true,
} as const;

describe('masking settings', () => {
  it('loads a settings file written by the previous version: new keys get their defaults, old values stay', () => {
    // Exactly what the previous version wrote: four keys.
    writeFileSync(file(), JSON.stringify({ theme: 'dark', lastProviderId: 'preview', maskingPreset: 'strict', autoLockMinutes: 15 }));
    const asides: string[] = [];
    const s = new SettingsService(createConfBackend(dir, (p) => asides.push(p)));
    expect(asides).toEqual([]);
    expect(s.get()).toEqual({ ...defaultSettings(), theme: 'dark', lastProviderId: 'preview', maskingPreset: 'strict', autoLockMinutes: 15 });
    s.update({ maskingCustomTerms: ['Falcon'] });
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toMatchObject({ theme: 'dark', maskingPreset: 'strict', maskingCustomTerms: ['Falcon'] });
  });

  it('defaults: Custom starts from Standard without CUSTOM, nothing switched off, no rules, no surrogates', () => {
    expect(new SettingsService(createConfBackend(dir)).get()).toMatchObject({
      maskingPreset: 'standard',
      maskingCustomTypes: PRESETS.standard.types.filter((t) => t !== 'CUSTOM'),
      maskingDisabledTypes: [],
      maskingCustomTerms: [],
      maskingCustomPatterns: [],
      maskingAllowlist: [],
      maskingSurrogates: false,
    });
  });

  it('an update of one key leaves every other stored key alone (directly and over RPC)', async () => {
    const s = new SettingsService(createConfBackend(dir));
    s.update({ maskingPreset: 'strict', maskingCustomTerms: ['Falcon'], autoLockMinutes: 5 });
    // What the send pipeline does on every send with a new provider.
    s.update({ lastProviderId: 'preview' });
    expect(s.get()).toMatchObject({ maskingPreset: 'strict', maskingCustomTerms: ['Falcon'], autoLockMinutes: 5, lastProviderId: 'preview' });
    const core = await createCore({ dataDir: dir, host: 'test', logger: memoryLogger().logger });
    try {
      expect(await core.rpc.call('settings.update', { theme: 'dark' })).toMatchObject({ ok: true, output: { theme: 'dark', maskingPreset: 'strict', maskingCustomTerms: ['Falcon'], autoLockMinutes: 5 } });
    } finally {
      await core.close();
    }
    expect(new SettingsService(createConfBackend(dir)).get()).toMatchObject({ theme: 'dark', maskingPreset: 'strict', maskingCustomTerms: ['Falcon'] });
  });

  it('keeps valid rules across instances', () => {
    const a = new SettingsService(createConfBackend(dir));
    a.update({ ...RULES, maskingDisabledTypes: [...RULES.maskingDisabledTypes], maskingCustomTerms: [...RULES.maskingCustomTerms], maskingCustomPatterns: [...RULES.maskingCustomPatterns], maskingAllowlist: [...RULES.maskingAllowlist] });
    const b = new SettingsService(createConfBackend(dir)).get();
    expect(b).toMatchObject(RULES);
    // Terms are trimmed when stored.
    a.update({ maskingCustomTerms: ['  Blue Harbor  '] });
    expect(new SettingsService(createConfBackend(dir)).get().maskingCustomTerms).toEqual(['Blue Harbor']);
  });

  it.each([
    ['(a+)+$', 'MASKING_PATTERN_SLOW', /extremely long/],
    ['(', 'MASKING_PATTERN_INVALID', /not a valid pattern/],
    ['x*', 'MASKING_PATTERN_EMPTY', /matches empty text/],
    ['(\\w)\\1', 'MASKING_PATTERN_SLOW', /Back-references/],
  ])('refuses %s with MASKING_PATTERN_INVALID naming the pattern and the reason; nothing changes', (source, reason, message) => {
    const s = new SettingsService(createConfBackend(dir));
    s.update({ maskingCustomPatterns: [{ name: 'Ticket', source: 'TICKET-\\d+' }], maskingCustomTerms: ['Falcon'] });
    const before = readFileSync(file(), 'utf8');
    let thrown: unknown;
    try {
      s.update({ maskingCustomTerms: ['Falcon', 'Heron'], maskingCustomPatterns: [{ name: 'Ticket', source: 'TICKET-\\d+' }, { name: 'Bad one', source }] });
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toMatchObject({ code: 'MASKING_PATTERN_INVALID', details: { pattern: 'Bad one', reason } });
    expect((thrown as Error).message).toContain('“Bad one”');
    expect((thrown as Error).message).toMatch(message);
    // Nothing stored changed, not even the valid part of the same update.
    expect(readFileSync(file(), 'utf8')).toBe(before);
    expect(new SettingsService(createConfBackend(dir)).get()).toMatchObject({ maskingCustomTerms: ['Falcon'], maskingCustomPatterns: [{ name: 'Ticket', source: 'TICKET-\\d+' }] });
  });

  it('refuses two patterns with the same name', () => {
    const s = new SettingsService(createConfBackend(dir));
    expect(() => s.update({ maskingCustomPatterns: [{ name: 'Ticket', source: 'A-\\d+' }, { name: 'ticket', source: 'B-\\d+' }] })).toThrow(
      expect.objectContaining({ code: 'MASKING_PATTERN_INVALID', details: { pattern: 'ticket', reason: 'MASKING_PATTERN_DUPLICATE' } }),
    );
    expect(s.get().maskingCustomPatterns).toEqual([]);
  });

  it('enforces the limits with SETTINGS_INVALID', () => {
    const s = new SettingsService(createConfBackend(dir));
    const bad = [
      { maskingCustomTerms: ['   '] },
      { maskingCustomTerms: ['x'.repeat(201)] },
      { maskingCustomTerms: Array.from({ length: 501 }, (_, i) => `term ${i}`) },
      { maskingAllowlist: [''] },
      { maskingDisabledTypes: ['NOT_A_TYPE'] },
      { maskingCustomPatterns: [{ name: '', source: 'a' }] },
      { maskingCustomPatterns: [{ name: 'long', source: 'a'.repeat(501) }] },
      { maskingCustomPatterns: Array.from({ length: 51 }, (_, i) => ({ name: `p${i}`, source: `P${i}-\\d+` })) },
      { maskingSurrogates: 'yes' },
    ];
    for (const patch of bad) expect(() => s.update(patch as never), JSON.stringify(patch).slice(0, 80)).toThrow(expect.objectContaining({ code: 'SETTINGS_INVALID' }));
    expect(s.get()).toEqual(defaultSettings());
  });

  it('over RPC: a refused pattern comes back as MASKING_PATTERN_INVALID with a user-safe message', async () => {
    const core = await createCore({ dataDir: dir, host: 'test', logger: memoryLogger().logger });
    try {
      const ok = await core.rpc.call('settings.update', { maskingCustomTerms: ['Falcon'], maskingCustomPatterns: [{ name: 'Ticket', source: 'TICKET-\\d+' }] });
      expect(ok).toMatchObject({ ok: true, output: { maskingCustomTerms: ['Falcon'] } });
      const refused = await core.rpc.call('settings.update', { maskingCustomPatterns: [{ name: 'Nested', source: '(a+)+$' }] });
      expect(refused).toMatchObject({ ok: false, error: { code: 'MASKING_PATTERN_INVALID', details: { pattern: 'Nested' } } });
      expect(refused.ok ? '' : refused.error.message).toMatch(/^The pattern “Nested” was not saved\. This pattern can take extremely long/);
      expect(await core.rpc.call('settings.get', {})).toMatchObject({ ok: true, output: { maskingCustomPatterns: [{ name: 'Ticket', source: 'TICKET-\\d+' }] } });
    } finally {
      await core.close();
    }
  });
});
