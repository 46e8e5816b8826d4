// The phone recognizer's date, decimal, IPv4 and ZIP+4 shape checks are written by hand over digit runs. Each
// must answer exactly as the pattern it replaced, or a phone number would be dropped or a date masked as one:
// checked on seeded random strings of digit groups and the separators around them.
import { describe, expect, it } from 'vitest';
import { isDateShape, isDecimalOrIpv4, isZipPlus4, startsWithDate } from '../../../shared/masking/recognizers/phone-shapes';
import { rng } from './seeded-random';

const CHECKS: [string, (s: string) => boolean, (s: string) => boolean][] = [
  ['isDateShape', isDateShape, (s) => /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$/.test(s)],
  ['startsWithDate', startsWithDate, (s) => /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})(?:\D|$)/.test(s)],
  ['isDecimalOrIpv4', isDecimalOrIpv4, (s) => /^\d+\.\d+$/.test(s) || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(s)],
  ['isZipPlus4', isZipPlus4, (s) => /^\d{5}-\d{4}$/.test(s)],
];
const separators = ['-', '/', '.', '.', ' ', '(', ')', '+', 'x', ''];

// Group sizes of dates and ZIP+4 codes, written out with random separators a quarter of the time.
const TEMPLATES = [[5, 4], [4, 2, 2], [2, 2, 4], [1, 1, 2], [2, 2, 2], [4, 1, 2], [5, 4, 1]] as const;

function shapeLike(next: () => number): string {
  let s = '';
  if (next() < 0.25) {
    const groups = TEMPLATES[Math.floor(next() * TEMPLATES.length)] as readonly number[];
    groups.forEach((size, i) => {
      if (i > 0) s += next() < 0.6 ? '-' : (separators[Math.floor(next() * separators.length)] as string);
      for (let d = 0; d < size; d++) s += String(Math.floor(next() * 10));
    });
    return s;
  }
  for (let i = Math.floor(next() * 6); i > 0; i--) {
    // Group sizes of dates, addresses and codes, sometimes anything up to 6.
    const size = next() < 0.8 ? ([1, 2, 2, 3, 4, 4, 5] as const)[Math.floor(next() * 7)] : Math.floor(next() * 7);
    for (let d = 0; d < size; d++) s += String(Math.floor(next() * 10));
    if (i > 1 || next() < 0.2) s += separators[Math.floor(next() * separators.length)];
  }
  return s;
}

describe('phone shape checks', () => {
  for (const [name, check, pattern] of CHECKS) {
    it(`${name} answers as its pattern`, () => {
      const next = rng(name.length * 31);
      let yes = 0;
      for (let k = 0; k < 40_000; k++) {
        const s = shapeLike(next);
        const expected = pattern(s);
        if (expected) yes++;
        expect(check(s), JSON.stringify(s)).toBe(expected);
      }
      // Both answers in quantity, or agreement would prove little.
      expect(yes).toBeGreaterThan(200);
    });
  }
});
