import { describe, expect, it } from 'vitest';
import { maskText, restoreText, StreamingRestorer, type MaskMapping } from '../../../shared/masking';

const mapping: MaskMapping = {
  version: 1,
  entries: [
    { placeholder: '[EMAIL_1]', type: 'EMAIL', value: 'john.doe@example.com' },
    { placeholder: '[EMAIL_12]', type: 'EMAIL', value: 'twelve@example.com' },
    { placeholder: '[CREDIT_CARD_1]', type: 'CREDIT_CARD', value: '4111 1111 1111 1111' },
    { placeholder: '[PERSON_1]', type: 'PERSON', value: 'Anna Schmidt' },
  ],
};

function stream(chunks: string[], m: MaskMapping = mapping): { out: string; emitted: string[] } {
  const r = new StreamingRestorer(m);
  const emitted = chunks.map((c) => r.push(c));
  emitted.push(r.end());
  return { out: emitted.join(''), emitted };
}

describe('restoreText', () => {
  it('restores the variants models write and leaves unknown placeholders alone', () => {
    expect(restoreText('Write to [EMAIL_1].', mapping)).toBe('Write to john.doe@example.com.');
    expect(restoreText('Write to EMAIL_1 now', mapping)).toBe('Write to john.doe@example.com now');
    expect(restoreText('Write to [Email_1].', mapping)).toBe('Write to john.doe@example.com.');
    expect(restoreText('Write to \\[EMAIL\\_1\\].', mapping)).toBe('Write to john.doe@example.com.');
    expect(restoreText('Card \\[CREDIT\\_CARD\\_1\\]', mapping)).toBe('Card 4111 1111 1111 1111');
    expect(restoreText('[EMAIL_12] vs [EMAIL_1]', mapping)).toBe('twelve@example.com vs john.doe@example.com');
    expect(restoreText('[EMAIL_3] and [PHONE_1] and [FOO_1]', mapping)).toBe('[EMAIL_3] and [PHONE_1] and [FOO_1]');
    // Lower-case bare tokens look like variable names; they are left alone.
    expect(restoreText('let email_1 = x; MY_EMAIL_1 = y', mapping)).toBe('let email_1 = x; MY_EMAIL_1 = y');
  });

  it('round-trips maskText', () => {
    const text = 'Hi Anna Schmidt, your card 4111 1111 1111 1111 and mail john.doe@example.com.';
    const r = maskText(text);
    expect(restoreText(r.masked, r.mapping)).toBe(text);
  });
});

describe('StreamingRestorer', () => {
  const samples = [
    'Dear [PERSON_1], we wrote to [EMAIL_1] about [CREDIT_CARD_1].',
    'Escaped: \\[EMAIL\\_1\\] and \\[CREDIT\\_CARD\\_1\\]!',
    'Bare EMAIL_1 and [Email_12] end',
    'ends with [EMAIL_1]',
    'ends with EMAIL_12',
    'unknown [EMAIL_7] stays, [PHONE_1] too, E and [ and \\ are fine',
  ];

  it.each(samples)('restores %j for every split position into two chunks', (sample) => {
    const expected = restoreText(sample, mapping);
    for (let i = 0; i <= sample.length; i++) {
      expect(stream([sample.slice(0, i), sample.slice(i)]).out).toBe(expected);
    }
  });

  it.each(samples)('restores %j for every pair of split positions (three chunks)', (sample) => {
    const expected = restoreText(sample, mapping);
    for (let i = 0; i <= sample.length; i++) {
      for (let j = i; j <= sample.length; j++) {
        expect(stream([sample.slice(0, i), sample.slice(i, j), sample.slice(j)]).out).toBe(expected);
      }
    }
  });

  it('never emits half a placeholder', () => {
    const sample = 'Mail [EMAIL_1] or \\[CREDIT\\_CARD\\_1\\] or EMAIL_12 now.';
    for (let size = 1; size <= 6; size++) {
      const chunks = sample.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) as string[];
      const { emitted, out } = stream(chunks);
      expect(out).toBe(restoreText(sample, mapping));
      let soFar = '';
      for (const e of emitted) {
        soFar += e;
        expect(soFar).not.toMatch(/\[EMAIL(_\d*)?$|\[CREDIT|CREDIT\\?_|EMAIL_1$/);
        expect(soFar).not.toContain('EMAIL_');
      }
    }
  });

  it('emits plain text right away (only a possible placeholder prefix is held back)', () => {
    const r = new StreamingRestorer(mapping);
    expect(r.push('Hello there, ')).toBe('Hello there, ');
    expect(r.push('see [EMA')).toBe('see ');
    expect(r.push('IL_1] ok')).toBe('john.doe@example.com ok');
    expect(r.end()).toBe('');
  });

  it('restores surrogates split across chunks', () => {
    const masked = maskText('mail john.doe@example.com now', { surrogates: true });
    const s = masked.masked;
    for (let i = 0; i <= s.length; i++) {
      expect(stream([s.slice(0, i), s.slice(i)], masked.mapping).out).toBe('mail john.doe@example.com now');
    }
  });

  it('with an empty mapping passes text straight through', () => {
    expect(stream(['[EMAIL_1] ', 'x'], { version: 1, entries: [] }).out).toBe('[EMAIL_1] x');
  });
});
