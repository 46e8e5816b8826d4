// buildRequest is pure and keeps the key in headers only; header redaction for the ledger;
// Retry-After parsing; provider text sanitising; the Preview provider sends nothing.
import { describe, expect, it } from 'vitest';
import { findProvider, customProviderEntry } from '../../../../shared/providers';
import {
  adapterFor,
  buildPreviewReply,
  credentialValues,
  parseRetryAfter,
  previewStream,
  redactHeaders,
  retryDelayMs,
  sanitizeProviderText,
  summarizeErrorBody,
  type StreamEvent,
} from '../../../../electron/core/providers';
import { CANARY_KEY, HELLO } from './provider-fixtures';

const target = (id: string) => ({ provider: findProvider(id)!, apiKey: CANARY_KEY });

describe('buildRequest', () => {
  it.each(['deepseek', 'openai', 'anthropic', 'mistral', 'groq', 'openrouter', 'gemini', 'ollama', 'lm-studio'])('%s: pure, key only in headers, real endpoint', (id) => {
    const t = target(id);
    const adapter = adapterFor(t.provider.apiStyle);
    const a = adapter.buildRequest(t, 'm', HELLO, { temperature: 0.5 });
    const b = adapter.buildRequest(t, 'm', HELLO, { temperature: 0.5 });
    expect(a).toEqual(b);
    expect(a.body).not.toContain(CANARY_KEY);
    expect(a.url).not.toContain(CANARY_KEY);
    expect(a.url.startsWith(t.provider.baseUrl!)).toBe(true);
    const headerNames = Object.keys(a.headers).map((h) => h.toLowerCase()).sort();
    const allowed = ['accept', 'anthropic-version', 'authorization', 'content-type', 'user-agent', 'x-api-key'];
    expect(headerNames.every((h) => allowed.includes(h))).toBe(true);
    expect(JSON.parse(a.body)).toMatchObject({ model: 'm', stream: true });
  });

  it('uses the documented endpoints', () => {
    const url = (id: string) => adapterFor(findProvider(id)!.apiStyle).buildRequest(target(id), 'm', HELLO).url;
    expect(url('deepseek')).toBe('https://api.deepseek.com/chat/completions');
    expect(url('openai')).toBe('https://api.openai.com/v1/chat/completions');
    expect(url('anthropic')).toBe('https://api.anthropic.com/v1/messages');
    expect(url('gemini')).toBe('https://generativelanguage.googleapis.com/v1beta/openai/chat/completions');
    expect(url('ollama')).toBe('http://127.0.0.1:11434/api/chat');
  });

  it('refuses a provider without a base URL and has no network adapter for Preview', () => {
    expect(() => adapterFor('openai').buildRequest({ provider: findProvider('custom')! }, 'm', HELLO)).toThrow(expect.objectContaining({ code: 'PROVIDER_NOT_CONFIGURED' }));
    expect(() => adapterFor('preview')).toThrow(expect.objectContaining({ code: 'PROVIDER_NOT_CONFIGURED' }));
  });

  it('builds a custom endpoint request without stream_options unless enabled', () => {
    const entry = customProviderEntry({ slug: 'gw', displayName: 'Gateway', baseUrl: 'https://gw.example.com/v1', apiKey: 'none' });
    const req = adapterFor('openai').buildRequest({ provider: entry }, 'x', HELLO);
    expect(req.url).toBe('https://gw.example.com/v1/chat/completions');
    expect(JSON.parse(req.body).stream_options).toBeUndefined();
    expect(req.headers.Authorization).toBeUndefined();
  });
});

describe('headers for the ledger', () => {
  it('redacts credentials but keeps the scheme', () => {
    const h = adapterFor('openai').buildRequest(target('deepseek'), 'm', HELLO).headers;
    expect(redactHeaders(h)).toEqual({ Authorization: 'Bearer [REDACTED]', 'Content-Type': 'application/json', Accept: 'text/event-stream', 'User-Agent': 'Veil' });
    const a = adapterFor('anthropic').buildRequest(target('anthropic'), 'm', HELLO).headers;
    expect(redactHeaders(a)['x-api-key']).toBe('[REDACTED]');
    expect(JSON.stringify(redactHeaders(a))).not.toContain(CANARY_KEY);
    expect(credentialValues(h)).toEqual([CANARY_KEY]);
  });
});

describe('retry rules', () => {
  it('parses Retry-After as seconds, HTTP date or retry-after-ms', () => {
    const hdr = (m: Record<string, string>) => (n: string) => m[n] ?? null;
    expect(parseRetryAfter(hdr({ 'retry-after': '7' }))).toBe(7);
    expect(parseRetryAfter(hdr({ 'retry-after': 'Fri, 27 Nov 2026 10:00:30 GMT' }), Date.parse('2026-11-27T10:00:00Z'))).toBe(30);
    expect(parseRetryAfter(hdr({ 'retry-after': 'Fri, 27 Nov 2026 09:00:00 GMT' }), Date.parse('2026-11-27T10:00:00Z'))).toBe(0);
    expect(parseRetryAfter(hdr({ 'retry-after-ms': '1500', 'retry-after': '9' }))).toBe(1.5);
    expect(parseRetryAfter(hdr({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(parseRetryAfter(hdr({}))).toBeUndefined();
  });

  it('backs off exponentially up to the cap and stops at maxAttempts or a too-long Retry-After', () => {
    const p = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 300 };
    expect([1, 2, 3].map((n) => retryDelayMs(p, n))).toEqual([100, 200, 300]);
    expect(retryDelayMs(p, 4)).toBeUndefined();
    expect(retryDelayMs(p, 1, 0.25)).toBe(250);
    expect(retryDelayMs(p, 1, 5)).toBeUndefined();
  });
});

describe('provider text', () => {
  it('summarises OpenAI, Anthropic and Ollama error bodies without secrets or raw HTML', () => {
    expect(summarizeErrorBody('{"error":{"message":"Model Not Exist","type":"invalid_request_error"}}', [])).toBe('invalid_request_error: Model Not Exist');
    expect(summarizeErrorBody('{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}', [])).toBe('overloaded_error: Overloaded');
    expect(summarizeErrorBody('{"error":"model \\"x\\" not found"}', [])).toBe('model "x" not found');
    expect(summarizeErrorBody('<html>502</html>', [])).toBe('');
    expect(summarizeErrorBody(JSON.stringify({ error: { message: 'x'.repeat(500) } }), []).length).toBeLessThanOrEqual(160);
  });

  it('removes exact keys, partially masked keys, key-shaped tokens and control characters', () => {
    const out = sanitizeProviderText(`bad key ${CANARY_KEY} or sk-ab12***ef89 or gsk_abcdefghijklmnop1234\u001b[31m`, [CANARY_KEY]);
    expect(out).toBe('bad key [REDACTED] or [REDACTED] or [REDACTED] [31m');
  });
});

describe('Preview provider', () => {
  it('replies with the payload a provider would have received, as events', async () => {
    const events: StreamEvent[] = [];
    for await (const e of previewStream(HELLO)) events.push(e);
    const text = events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join('');
    expect(text).toBe(buildPreviewReply(HELLO));
    const json = text.slice(text.indexOf('```json\n') + 8, text.lastIndexOf('```'));
    expect(JSON.parse(json)).toEqual({ messages: HELLO });
    expect(events.at(-1)).toEqual({ type: 'stop', reason: 'end', raw: 'preview' });
  });
});
