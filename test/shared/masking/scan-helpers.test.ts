// digitsOnly and isRepeatedDigit replace two regexes on every candidate number (cards, phones,
// check digits); they must answer exactly what the regexes answer.
import { describe, expect, it } from 'vitest';
import { digitsOnly, isRepeatedDigit } from '../../../shared/masking/scan';
import { rng } from './seeded-random';

const pieces = ['0', '1', '7', '7', '7', '9', ' ', '-', '.', 'a', '٣', '４', '+', '\u0000', '𝟕'];

describe('scan helpers', () => {
  it('digitsOnly(s) is s.replace(/\\D/g, "") and isRepeatedDigit(s) is /^(\\d)\\1+$/.test(s)', () => {
    const next = rng(17);
    let repeated = 0;
    for (let k = 0; k < 50_000; k++) {
      let s = '';
      const len = Math.floor(next() * 12);
      // Half the strings are one digit repeated, with now and then one other piece.
      const one = pieces[Math.floor(next() * 4)] as string;
      for (let i = 0; i < len; i++) s += next() < 0.5 || next() < 0.1 ? one : (pieces[Math.floor(next() * pieces.length)] as string);
      expect(digitsOnly(s), JSON.stringify(s)).toBe(s.replace(/\D/g, ''));
      const expected = /^(\d)\1+$/.test(s);
      if (expected) repeated++;
      expect(isRepeatedDigit(s), JSON.stringify(s)).toBe(expected);
    }
    expect(repeated).toBeGreaterThan(1_000);
  });
});
