// normalizeValue decides when two findings are the same value (one placeholder). Its hand-written
// fast paths must agree with the plain regex definitions they replace, for every character.
import { describe, expect, it } from 'vitest';
import { normalizeValue } from '../../../shared/masking';

const byRegex = {
  PERSON: (v: string): string => v.trim().toLowerCase().replace(/\s+/g, ' '),
  PHONE: (v: string): string => v.replace(/[^\d+]/g, '').replace(/^00/, '+'),
  CREDIT_CARD: (v: string): string => v.replace(/[\s.:-]/g, '').toUpperCase(),
};

describe('normalizeValue', () => {
  it('treats every BMP character as /\\s/ does when collapsing whitespace', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const v of [`Ada${ch}Park`, `Ada ${ch}Park`, `Ada${ch} Park`, `a${ch}${ch}b`]) {
        if (normalizeValue('PERSON', v) !== byRegex.PERSON(v)) expect([c, normalizeValue('PERSON', v)]).toEqual([c, byRegex.PERSON(v)]);
      }
    }
  });

  it('drops every character /[\\s.:-]/ matches from numbers, and nothing else', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const v of [`4111${ch}1111`, `${ch}ab`, `de89${ch}${ch}`, ch]) {
        if (normalizeValue('CREDIT_CARD', v) !== byRegex.CREDIT_CARD(v)) expect([c, normalizeValue('CREDIT_CARD', v)]).toEqual([c, byRegex.CREDIT_CARD(v)]);
      }
    }
  });

  it('keeps digits and plus signs of phone numbers, a leading 00 as +', () => {
    const parts = ['0', '00', '+', '1', ' ', '-', '(', ')', '/', '.', '٣', 'x', '+00'];
    let seed = 5;
    const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < 20_000; k++) {
      let v = '';
      for (let i = Math.floor(next() * 12); i > 0; i--) v += parts[Math.floor(next() * parts.length)];
      expect(normalizeValue('PHONE', v), JSON.stringify(v)).toBe(byRegex.PHONE(v));
    }
  });
});
