// The date recognizers scan with the numeric form alone unless a month-name or 年 form can match
// (dateRegexFor); that shortcut must find exactly what a scan of the full DATE_RE finds, or a date would stay unmasked.
// DATE_RE itself must find what it found as first written (PLAIN_DATE_RE).
import { describe, expect, it } from 'vitest';
import { DATE_RE, dateRecognizer, dateOfBirthRecognizer, mayHoldMonthDate, MONTH_WORD, PLAIN_DATE_RE } from '../../../shared/masking/recognizers/dates';
import { scan } from '../../../shared/masking/scan';
import { drawText, rng } from './seeded-random';

const pieces = [
  '12', '2024', '1987', '3', '31', '15th', '1er', '5.', '7º', '0', '123', '20241', '2024年3月15日', '年', '月',
  'March', 'MARCH', 'mar', 'Sept', 'ſept', 'sep', 'mai', 'août', 'AOÛT', 'diciembre', 'de', 'may', 'Mayo', 'Dec.', 'junio', ' de ', 'de ', ' de\t', 'DE', '  ', 'Marchx', 'xmay', 'ＭＡＹ', '𝐀', 'ä',
  ' ', ' ', '  ', '\t', ',', '.', '-', '/', ':', 'a', 'born', 'é', 'x', '\n', '12/05/1990', '2024-03-15', '3/4/24', '12 34',
];
// The gate as a plain forward pattern: a month name as a whole word, then ".", ",", spaces or "de", then a digit.
const months = MONTH_WORD.source.slice(4, -2);
const PLAIN_GATE = new RegExp(`(?<!\\p{L})(?:${months})\\.?,?[ \\t]{1,3}(?:de[ \\t]{1,3})?\\d`, 'iu');

describe('date regex choice', () => {
  it('finds what a scan of the full DATE_RE finds', () => {
    const next = rng(47);
    const span = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length, score: 0.5 });
    let found = 0;
    let monthForms = 0;
    for (let k = 0; k < 20_000; k++) {
      const text = drawText(next, pieces, 2 + Math.floor(next() * 10));
      // The gate, walked from each space before a digit, passes every text the plain form passes.
      if (PLAIN_GATE.test(text)) expect(mayHoldMonthDate(text), JSON.stringify(text)).toBe(true);
      const expected = scan(DATE_RE, text, span);
      // DATE_RE (month names grouped by first letter) finds what it finds as first written.
      expect(expected, JSON.stringify(text)).toEqual(scan(PLAIN_DATE_RE, text, span));
      found += expected.length;
      if (expected.some((c) => /\p{L}|年/u.test(text.slice(c.start, c.end)))) monthForms++;
      expect(dateRecognizer.find(text), JSON.stringify(text)).toEqual(expected);
      expect(dateOfBirthRecognizer.find(text).length, JSON.stringify(text)).toBe(expected.length);
    }
    expect(found).toBeGreaterThan(3_000);
    expect(monthForms).toBeGreaterThan(500);
  });

  it('DATE_RE finds what it found as first written, for every month name', () => {
    const next = rng(53);
    const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)] as string;
    const names = months.split('|');
    const span = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length, score: 0.5 });
    const seen = new Set<string>();
    for (let k = 0; k < 20_000; k++) {
      const name = pick(names);
      const month = next() < 0.3 ? name.toUpperCase() : next() < 0.5 ? name.charAt(0).toUpperCase() + name.slice(1) : name;
      // Day first or month first, glued to what comes before (a letter or digit there rules the date out).
      const date = next() < 0.5 ? `${pick(['3', '15th', '1er', '07'])}${pick([' ', ' de '])}${month}${pick(['', '.', ','])} ${pick(['2024', '24'])}` : `${month}${pick(['', '.'])} ${pick(['3', '15th', '31'])}, ${pick(['2024', '199'])}`;
      const text = `${pick(['', ' ', 'x', '9', 'é', '-'])}${date}${pick(['', ' ', '5'])}`;
      const expected = scan(PLAIN_DATE_RE, text, span);
      if (expected.length > 0) seen.add(name);
      expect(scan(DATE_RE, text, span), JSON.stringify(text)).toEqual(expected);
    }
    expect(seen.size).toBe(names.length);
  });
});
