// Custom OpenAI-compatible endpoints: URL rules (https, or http only on loopback) and the entry
// they produce.
import { describe, expect, it } from 'vitest';
import { ProviderEntrySchema, baseUrlProblem, customProviderEntry } from '../../../shared/providers';

describe('custom endpoints', () => {
  it('turns a valid config into a schema-valid entry with unknown privacy facts', () => {
    const entry = customProviderEntry({ slug: 'work-gw', displayName: 'Work gateway', baseUrl: 'https://llm.example.com/v1/', models: ['gpt-x'] });
    expect(ProviderEntrySchema.safeParse(entry).success).toBe(true);
    expect(entry.id).toBe('custom-work-gw');
    expect(entry.baseUrl).toBe('https://llm.example.com/v1');
    expect(entry.apiStyle).toBe('openai');
    expect(entry.defaultModel).toBe('gpt-x');
    expect(entry.local).toBe(false);
    expect(Object.values(entry.privacy).every((f) => f.value === 'unknown')).toBe(true);
  });

  it('allows plain http only on loopback', () => {
    expect(baseUrlProblem('http://localhost:8000/v1')).toBeNull();
    expect(baseUrlProblem('http://127.0.0.1:8000/v1')).toBeNull();
    expect(baseUrlProblem('http://llm.example.com/v1')).toMatch(/https/);
    expect(() => customProviderEntry({ slug: 'x', displayName: 'X', baseUrl: 'http://llm.example.com/v1' })).toThrow(/https/);
  });

  it('rejects credentials, queries and other schemes in the base URL', () => {
    expect(baseUrlProblem('https://user:pw@llm.example.com/v1')).toMatch(/API key field/);
    expect(baseUrlProblem('https://llm.example.com/v1?key=abc')).toMatch(/query/);
    expect(baseUrlProblem('ftp://llm.example.com')).toMatch(/Only https/);
    expect(baseUrlProblem('not a url')).toMatch(/valid URL/);
  });

  it('maps "no key" to no auth header scheme', () => {
    expect(customProviderEntry({ slug: 'vllm', displayName: 'vLLM', baseUrl: 'http://127.0.0.1:8000/v1', apiKey: 'none' }).auth).toBe('none');
  });
});
