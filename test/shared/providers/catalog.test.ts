// Validates every built-in catalog entry: schema, unique ids, sourced facts, loopback-only local
// providers, and the DeepSeek facts the issue states. Negative cases prove the schema can fail.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PROVIDER_ID,
  PRIVACY_FACT_KEYS,
  PROVIDER_CATALOG,
  PrivacyFactSchema,
  ProviderEntrySchema,
  findProvider,
  isLoopbackUrl,
  isSourcedFact,
  type PrivacyFact,
} from '../../../shared/providers';

const factsOf = (id: string): [string, PrivacyFact][] => {
  const p = findProvider(id);
  if (!p) throw new Error(`no provider ${id}`);
  return PRIVACY_FACT_KEYS.map((k) => [k, p.privacy[k]]);
};

describe('provider catalog', () => {
  it('lists every provider the issue names, plus Preview', () => {
    const ids = PROVIDER_CATALOG.map((p) => p.id);
    for (const id of ['deepseek', 'openai', 'anthropic', 'mistral', 'groq', 'openrouter', 'gemini', 'ollama', 'lm-studio', 'custom', 'preview']) {
      expect(ids).toContain(id);
    }
    expect(DEFAULT_PROVIDER_ID).toBe('preview');
  });

  it('has unique ids', () => {
    const ids = PROVIDER_CATALOG.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(PROVIDER_CATALOG.map((p) => [p.id, p] as const))('%s passes the entry schema', (_id, entry) => {
    const result = ProviderEntrySchema.safeParse(entry);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(PROVIDER_CATALOG.map((p) => [p.id] as const))('%s: every non-unknown fact has an https source and a date, or is local by construction', (id) => {
    const entry = findProvider(id)!;
    for (const [key, fact] of factsOf(id)) {
      if (fact.value === 'unknown') continue;
      if ('basis' in fact) {
        expect(entry.local, `${id}.${key} claims a local basis`).toBe(true);
        continue;
      }
      if (!isSourcedFact(fact)) throw new Error(`${id}.${key} is neither unknown, local nor sourced`);
      expect(fact.source, `${id}.${key}`).toMatch(/^https:\/\/[^/\s]+\.[a-z]{2,}(?:\/|$)/);
      expect(fact.asOf, `${id}.${key}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(fact.asOf))).toBe(false);
      expect(Date.parse(fact.asOf)).toBeLessThanOrEqual(Date.now());
    }
  });

  it('local providers reach only loopback addresses (or nothing at all) and claim "does not leave this machine"', () => {
    const locals = PROVIDER_CATALOG.filter((p) => p.local);
    expect(locals.map((p) => p.id).sort()).toEqual(['lm-studio', 'ollama', 'preview']);
    for (const p of locals) {
      if (p.baseUrl === null) expect(p.apiStyle).toBe('preview');
      else expect(isLoopbackUrl(p.baseUrl), p.id).toBe(true);
      expect(p.privacy.jurisdiction.value).toMatch(/^Does not leave this machine/);
      expect('regions' in p.privacy.jurisdiction && p.privacy.jurisdiction.regions).toEqual(['LOCAL']);
    }
  });

  it('remote providers use https and never claim a local basis', () => {
    for (const p of PROVIDER_CATALOG.filter((e) => !e.local)) {
      if (p.baseUrl !== null) expect(new URL(p.baseUrl).protocol, p.id).toBe('https:');
      for (const [key, fact] of factsOf(p.id)) expect('basis' in fact, `${p.id}.${key}`).toBe(false);
    }
  });

  it('default models are listed unless the provider takes free-form model ids', () => {
    for (const p of PROVIDER_CATALOG) {
      if (p.defaultModel !== null && !p.freeformModels) expect(p.models.map((m) => m.id), p.id).toContain(p.defaultModel);
      if (p.models.length === 0) expect(p.freeformModels, p.id).toBe(true);
    }
  });

  it('records the DeepSeek first-party facts of 2026-07-05', () => {
    const d = findProvider('deepseek')!;
    expect(d.baseUrl).toBe('https://api.deepseek.com');
    expect(d.models.map((m) => m.id)).toEqual(['deepseek-chat', 'deepseek-reasoner']);
    expect(d.models.find((m) => m.id === 'deepseek-reasoner')?.reasoning).toBe(true);
    for (const [, fact] of factsOf('deepseek')) expect('asOf' in fact && fact.asOf).toBe('2026-07-05');
    expect(d.privacy.jurisdiction.value).toMatch(/People's Republic of China/);
    expect('regions' in d.privacy.jurisdiction && d.privacy.jurisdiction.regions).toEqual(['CN']);
    expect(d.privacy.trainingByDefault.value).toMatch(/^Yes/);
    expect(d.privacy.trainingOptOut.value).toMatch(/opt out/);
    expect(d.privacy.zeroDataRetention.value).toMatch(/^Not publicly available/);
    expect(d.privacy.certifications.value).toMatch(/no SOC 2 Type II, no ISO 27001, no public DPA/);
  });
});

describe('privacy fact schema', () => {
  it('rejects a fact without a source or date, with an http source, or an unknown that pretends to be sourced', () => {
    const bad: unknown[] = [
      { value: 'No training' },
      { value: 'No training', source: 'https://example.com/p' },
      { value: 'No training', source: 'http://example.com/p', asOf: '2026-01-01' },
      { value: 'No training', source: 'https://example.com/p', asOf: '01/01/2026' },
      { value: 'unknown', source: 'https://example.com/p', asOf: '2026-01-01' },
      { value: 'No training', basis: 'guess' },
    ];
    for (const b of bad) expect(PrivacyFactSchema.safeParse(b).success, JSON.stringify(b)).toBe(false);
  });

  it('accepts the three legitimate forms', () => {
    expect(PrivacyFactSchema.safeParse({ value: 'unknown' }).success).toBe(true);
    expect(PrivacyFactSchema.safeParse({ value: 'No', source: 'https://example.com/p', asOf: '2026-01-01' }).success).toBe(true);
    expect(PrivacyFactSchema.safeParse({ value: 'Not applicable', basis: 'local' }).success).toBe(true);
  });

  it('recognises loopback URLs and refuses look-alikes', () => {
    expect(isLoopbackUrl('http://127.0.0.1:11434')).toBe(true);
    expect(isLoopbackUrl('http://[::1]:1234/v1')).toBe(true);
    expect(isLoopbackUrl('http://localhost.evil.example:1234')).toBe(false);
    expect(isLoopbackUrl('http://127.0.0.1.nip.io')).toBe(false);
    expect(isLoopbackUrl('http://10.0.0.5:11434')).toBe(false);
  });
});
