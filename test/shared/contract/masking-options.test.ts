// Settings → MaskOptions, the conversion shared by the core and the renderer preview: same
// settings give the same (compiled-once) object, the switches map onto the engine's options,
// CUSTOM stays on, stored patterns that do not compile are skipped and reported, policy forces types.
import { describe, expect, it } from 'vitest';
import { findPatternProblem, maskOptionsFromSettings } from '../../../shared/contract/masking-options';
import { defaultSettings, type MaskingSettings } from '../../../shared/contract/settings';
import { findSpans } from '../../../shared/masking';

const base = (over: Partial<MaskingSettings> = {}): MaskingSettings => ({ ...defaultSettings(), ...over });
const types = (text: string, s: MaskingSettings, forced: MaskingSettings['maskingDisabledTypes'] = []) =>
  findSpans(text, maskOptionsFromSettings(s, { forced }).options).map((sp) => `${sp.type}:${text.slice(sp.start, sp.end)}`);

describe('maskOptionsFromSettings', () => {
  it('returns the same options object for equal settings (patterns compiled once)', () => {
    const a = maskOptionsFromSettings(base({ maskingCustomPatterns: [{ name: 'T', source: 'T-\\d+' }] }));
    const b = maskOptionsFromSettings(base({ maskingCustomPatterns: [{ name: 'T', source: 'T-\\d+' }] }));
    expect(b.options).toBe(a.options);
    const c = maskOptionsFromSettings(base({ maskingCustomPatterns: [{ name: 'T', source: 'T-\\d+' }], maskingSurrogates: true }));
    expect(c.options).not.toBe(a.options);
    expect(c.options.customPatterns?.[0]).toBe(a.options.customPatterns?.[0]);
  });

  it('maps presets and switches onto the engine: disabled on top of a preset, exact types for Custom', () => {
    const text = 'mail ann@example.com from 203.0.113.9';
    expect(types(text, base())).toEqual(['EMAIL:ann@example.com', 'IP_ADDRESS:203.0.113.9']);
    expect(types(text, base({ maskingDisabledTypes: ['EMAIL'] }))).toEqual(['IP_ADDRESS:203.0.113.9']);
    // Custom ignores the other presets' switches and uses exactly its list.
    expect(types(text, base({ maskingPreset: 'custom', maskingCustomTypes: ['EMAIL'], maskingDisabledTypes: ['EMAIL'] }))).toEqual(['EMAIL:ann@example.com']);
    expect(types(text, base({ maskingPreset: 'custom', maskingCustomTypes: [] }))).toEqual([]);
  });

  it('keeps your own terms and patterns on, even if CUSTOM shows up in a switch list', () => {
    const s = base({ maskingCustomTerms: ['Falcon'], maskingCustomPatterns: [{ name: 'T', source: 'T-\\d+' }], maskingDisabledTypes: ['CUSTOM'] });
    expect(types('Falcon T-42', s)).toEqual(['CUSTOM:Falcon', 'CUSTOM:T-42']);
    expect(types('Falcon T-42', { ...s, maskingPreset: 'custom', maskingCustomTypes: [] })).toEqual(['CUSTOM:Falcon', 'CUSTOM:T-42']);
  });

  it('the allowlist wins over recognizers and custom terms', () => {
    expect(types('ann@example.com and Falcon', base({ maskingCustomTerms: ['Falcon'], maskingAllowlist: ['ANN@example.com', 'falcon'] }))).toEqual([]);
  });

  it('skips a stored pattern that does not compile and reports it (only a hand-edited file has one)', () => {
    const c = maskOptionsFromSettings(base({ maskingCustomPatterns: [{ name: 'ok', source: 'OK-\\d+' }, { name: 'broken', source: '(' }] }));
    expect(c.options.customPatterns?.map((p) => p.source)).toEqual(['OK-\\d+']);
    expect(c.skipped).toEqual([expect.objectContaining({ name: 'broken', code: 'MASKING_PATTERN_INVALID' })]);
  });

  it('policy forces a type on over the switches and the preset', () => {
    expect(types('ann@example.com', base({ maskingPreset: 'secrets' }))).toEqual([]);
    expect(types('ann@example.com', base({ maskingPreset: 'secrets', maskingDisabledTypes: ['EMAIL'] }), ['EMAIL'])).toEqual(['EMAIL:ann@example.com']);
    expect(types('ann@example.com', base({ maskingPreset: 'custom', maskingCustomTypes: [] }), ['EMAIL'])).toEqual(['EMAIL:ann@example.com']);
  });
});

describe('findPatternProblem', () => {
  it('accepts usable patterns and names the first bad one with the engine reason', () => {
    expect(findPatternProblem([{ name: 'a', source: 'A-\\d+' }, { name: 'b', source: '[A-Z]{3}-\\d{2}' }])).toBeNull();
    expect(findPatternProblem([{ name: 'a', source: 'A-\\d+' }, { name: 'slow', source: '(a+)+$' }])).toMatchObject({ name: 'slow', code: 'MASKING_PATTERN_SLOW' });
    expect(findPatternProblem([{ name: 'open', source: '(' }])).toMatchObject({ name: 'open', code: 'MASKING_PATTERN_INVALID', reason: expect.stringMatching(/not a valid pattern/) });
    expect(findPatternProblem([{ name: 'X', source: 'a+' }, { name: ' x ', source: 'b+' }])).toMatchObject({ code: 'MASKING_PATTERN_DUPLICATE' });
  });
});
