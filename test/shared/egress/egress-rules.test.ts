// Pure egress rules: pin normalisation and matching, the no-proxy list, ledger URLs, limit merging.
import { describe, expect, it } from 'vitest';
import { bypassesProxy, ledgerTarget, normalizePin, originKey, pinMatches, pinsForHost, tighterLimit } from '../../../shared/egress';

const PIN = 'n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=';

describe('pins', () => {
  it('normalises sha256/ prefixes and rejects anything that is not a SHA-256 in base64', () => {
    expect(normalizePin(`sha256/${PIN}`)).toBe(PIN);
    expect(normalizePin(` ${PIN} `)).toBe(PIN);
    expect(normalizePin('abc')).toBeNull();
    expect(normalizePin(PIN.slice(1))).toBeNull();
  });
  it('matches only an exact pin', () => {
    expect(pinMatches([`sha256/${PIN}`], PIN)).toBe(true);
    expect(pinMatches(['x', PIN.replace('n', 'm')], PIN)).toBe(false);
    expect(pinMatches([], PIN)).toBe(false);
  });
  it('finds pins by host, case-insensitively', () => {
    expect(pinsForHost({ 'API.DeepSeek.com': [PIN] }, 'api.deepseek.com')).toEqual([PIN]);
    expect(pinsForHost({ 'api.deepseek.com': [PIN] }, 'deepseek.com')).toEqual([]);
  });
});

describe('no-proxy list', () => {
  it('follows the curl conventions', () => {
    expect(bypassesProxy('api.example.com', 443, ['example.com'])).toBe(true);
    expect(bypassesProxy('api.example.com', 443, ['.example.com'])).toBe(true);
    expect(bypassesProxy('notexample.com', 443, ['example.com'])).toBe(false);
    expect(bypassesProxy('api.example.com', 443, ['api.example.com:8443'])).toBe(false);
    expect(bypassesProxy('api.example.com', 8443, ['api.example.com:8443'])).toBe(true);
    expect(bypassesProxy('10.1.2.3', 443, ['10.0.0.0/8'])).toBe(true);
    expect(bypassesProxy('11.1.2.3', 443, ['10.0.0.0/8'])).toBe(false);
    expect(bypassesProxy('anything', 443, ['*'])).toBe(true);
    expect(bypassesProxy('localhost', 11434, [])).toBe(true);
    expect(bypassesProxy('api.openai.com', 443, [])).toBe(false);
  });
});

describe('ledger URLs', () => {
  it('keeps host and path, drops every query value and credentials', () => {
    expect(ledgerTarget('https://u:p@api.example.com/v1/chat?key=SECRET&alt=sse')).toEqual({ scheme: 'https', host: 'api.example.com', port: 443, path: '/v1/chat?key=[REDACTED]&alt=[REDACTED]' });
    expect(ledgerTarget('http://[::1]:11434/api/chat')).toMatchObject({ host: '::1', port: 11434 });
    expect(originKey('HTTPS://API.Example.com:443/v1')).toBe('https://api.example.com');
  });
});

describe('limits', () => {
  it('takes the tighter of user and policy (null = unlimited)', () => {
    expect(tighterLimit(null, null)).toBeNull();
    expect(tighterLimit(100, null)).toBe(100);
    expect(tighterLimit(null, 50)).toBe(50);
    expect(tighterLimit(100, 50)).toBe(50);
  });
});
