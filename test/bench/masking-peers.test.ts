// The alignment that turns a peer library's redacted output back into spans: tokens become spans
// of the original, literal words equal to a token stay literal, and unalignable output is null.
import { describe, expect, it } from 'vitest';
import { spansFromRedacted, veilTypeOf } from './masking-peers';

const TOKENS = /(EMAIL_ADDRESS|PHONE_NUMBER|URL)/g;

describe('spansFromRedacted', () => {
  it('maps each token to the stretch of the original it replaced', () => {
    const original = 'mail ann@x.org or call 555 0101 now';
    const spans = spansFromRedacted(original, 'mail EMAIL_ADDRESS or call PHONE_NUMBER now', TOKENS, veilTypeOf);
    expect(spans?.map((s) => [original.slice(s.start, s.end), s.type])).toEqual([['ann@x.org', 'EMAIL'], ['555 0101', 'PHONE']]);
  });

  it('keeps a token word that was already in the original as literal text', () => {
    const original = 'DATABASE_URL=https://db.example/x';
    const spans = spansFromRedacted(original, 'DATABASE_URL=URL', TOKENS, (t) => t);
    expect(spans?.map((s) => original.slice(s.start, s.end))).toEqual(['https://db.example/x']);
  });

  it('handles tokens at both ends and adjacent tokens', () => {
    const original = 'a@b.cc+1 212 555 0101';
    const spans = spansFromRedacted(original, 'EMAIL_ADDRESSPHONE_NUMBER', TOKENS, veilTypeOf);
    expect(spans).not.toBeNull();
    expect(spans?.[0]?.start).toBe(0);
    expect(spans?.[spans.length - 1]?.end).toBe(original.length);
  });

  it('returns null when the output changed text outside the tokens', () => {
    expect(spansFromRedacted('hello ann@x.org', 'Hello EMAIL_ADDRESS', TOKENS, veilTypeOf)).toBeNull();
  });
});

describe('veilTypeOf', () => {
  it('maps peer entity names to Veil types', () => {
    expect(veilTypeOf('EMAIL_ADDRESS')).toBe('EMAIL');
    expect(veilTypeOf('phone-number')).toBe('PHONE');
    expect(veilTypeOf('US_SOCIAL_SECURITY_NUMBER')).toBe('US_SSN');
    expect(veilTypeOf('PERSON_NAME')).toBe('PERSON');
    expect(veilTypeOf('ZIPCODE')).toBe('OTHER');
  });
});
