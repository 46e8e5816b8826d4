// The phone recognizer trims trailing groups off a match until a numbering plan validates it, and skips the
// tries whose digit count no plan fits without slicing the match (phoneCandidate). It must answer exactly as
// the plain form, which slices and scores every try: checked on seeded random matches of digit groups and the
// separators phone numbers are written with.
import { describe, expect, it } from 'vitest';
import { PHONE_RE, phoneCandidate, phoneScore } from '../../../shared/masking/recognizers/phone';
import { countDigits, isDigit } from '../../../shared/masking/scan';
import type { Candidate } from '../../../shared/masking/types';
import { rng } from './seeded-random';

/** The digit count, first and fourth digits of s. */
function digitFacts(s: string): [number, number, number] {
  let n = 0;
  let first = -1;
  let fourth = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) continue;
    if (n === 0) first = c - 48;
    else if (n === 3) fourth = c - 48;
    n++;
  }
  return [n, first, fourth];
}

/** The plain form: each try sliced and scored. */
function plainCandidate(match: string, start: number): Candidate | null {
  let raw = match;
  const [count, first, fourth] = digitFacts(raw);
  let digits = count;
  while (digits > 15) {
    const m = /[ /]+[^ /]*$/.exec(raw);
    if (!m) break;
    digits -= countDigits(raw, m.index);
    raw = raw.slice(0, m.index);
  }
  for (let tries = 0; tries < 3 && digits >= 7; tries++) {
    const score = phoneScore(raw, digits, first, fourth);
    if (score > 0) return { start, end: start + raw.length, score };
    const cut = Math.max(raw.lastIndexOf(' '), raw.lastIndexOf('/'));
    if (cut <= 0) break;
    const end = cut - (/[ ()./-]*$/.exec(raw.slice(0, cut)) as RegExpExecArray)[0].length;
    digits -= countDigits(raw, end);
    raw = raw.slice(0, end);
  }
  return null;
}

const HEADS = ['', '', '+', '00', '(', '0', '1', '6', '9', '+1 ', '+44 ', '(0', '030'];
const GLUE = [' ', ' ', ' ', '-', '.', '/', ' / ', '(', ')', ') ', '', '', '  '];

describe('phone candidate trimming', () => {
  it('answers as the plain form that slices and scores every try', () => {
    const next = rng(97);
    let found = 0;
    let tried = 0;
    for (let k = 0; k < 30_000; k++) {
      let text = HEADS[Math.floor(next() * HEADS.length)] as string;
      for (let g = 1 + Math.floor(next() * 7); g > 0; g--) {
        // Group sizes of phone numbers, cards and IDs, sometimes anything up to 9.
        const size = next() < 0.8 ? ([2, 3, 3, 4, 4, 7, 1][Math.floor(next() * 7)] as number) : 1 + Math.floor(next() * 9);
        for (let d = 0; d < size; d++) text += String(Math.floor(next() * 10));
        text += GLUE[Math.floor(next() * GLUE.length)];
      }
      // Only what the pattern matches reaches phoneCandidate.
      PHONE_RE.lastIndex = 0;
      for (let m = PHONE_RE.exec(text); m !== null; m = PHONE_RE.exec(text)) {
        tried++;
        const expected = plainCandidate(m[0], m.index);
        if (expected) found++;
        expect(phoneCandidate(m[0], m.index), JSON.stringify(m[0])).toEqual(expected);
      }
    }
    expect(tried).toBeGreaterThan(20_000);
    expect(found).toBeGreaterThan(2_000);
  });
});
