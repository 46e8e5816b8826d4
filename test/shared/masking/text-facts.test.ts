// TextFacts answers the gating questions of the recognizers from one pass over the text; its answers
// must equal those of the regular expressions they replace, or a recognizer would skip a real value.
import { describe, expect, it } from 'vitest';
import { repeated } from '../../../shared/masking/scan';
import { CH, TextFacts } from '../../../shared/masking/text-facts';
import { drawText, rng } from './seeded-random';

// Random texts drawn from these pieces (digits, separators, capitals in and beyond ASCII, a lone surrogate),
// seeded so that a failure names a reproducible case.
const pieces = ['1', '2', '9', '0', ' ', '-', '  ', '--', '.', 'a', 'A', 'É', 'é', 'ß', '𝐀', '\ud835', '\udc00', '\n', ':', 'Ω', 'ǅ', '٣', '４', 'J', 'Z', '@', '=', '/', '_', '+', '(', ')', '号', '李', 'x'];
const sample = (next: () => number, len: number): string => drawText(next, pieces, len);

describe('TextFacts', () => {
  it('hasDigitRun(n) equals a search for n digits each at most one space or dash apart', () => {
    const next = rng(7);
    const patterns = new Map<number, RegExp>();
    for (let k = 0; k < 20_000; k++) {
      const text = sample(next, Math.floor(next() * 40));
      const facts = new TextFacts(text);
      for (const n of [1, 6, 8, 9, 11, 12, 13, 17]) {
        let re = patterns.get(n);
        if (!re) {
          re = new RegExp(`\\d${repeated('[ -]?\\d', n - 1)}`);
          patterns.set(n, re);
        }
        expect(facts.hasDigitRun(n), JSON.stringify([text, n])).toBe(re.test(text));
      }
    }
  });

  it('digitRuns9() lists where a global scan for nine digits each at most one space or dash apart matches, each run once', () => {
    // The scan resumes after the whole run (digits joined by single spaces or dashes), as the digit-chain recognizers read it.
    const nine = new RegExp(`\\d${repeated('[ -]?\\d', 8)}`, 'g');
    const runEnd = /\d+(?:[ -]\d+)*/y;
    const next = rng(9);
    let found = 0;
    for (let k = 0; k < 20_000; k++) {
      // Mostly digits and their separators, so that runs of nine are common.
      const text = drawText(next, ['123', '4567', '8', '90', '1', ' ', '-', ' ', '-', '  ', '--', 'a', '.', '\n', '𝐀', '٣', '４'], Math.floor(next() * 30));
      const expected: number[] = [];
      nine.lastIndex = 0;
      for (let m = nine.exec(text); m !== null; m = nine.exec(text)) {
        expected.push(m.index);
        runEnd.lastIndex = m.index;
        runEnd.test(text);
        nine.lastIndex = runEnd.lastIndex;
      }
      found += expected.length;
      expect(new TextFacts(text).digitRuns9(), JSON.stringify(text)).toEqual(expected);
    }
    // The texts must hold such runs, or the comparison proves nothing.
    expect(found).toBeGreaterThan(1_000);
  });

  it('capitals() lists where a /u scan for \\p{Lu} matches', () => {
    const next = rng(11);
    for (let k = 0; k < 20_000; k++) {
      const text = sample(next, Math.floor(next() * 30));
      const expected = [...text.matchAll(/\p{Lu}/gu)].map((m) => m.index);
      expect(new TextFacts(text).capitals(), JSON.stringify(text)).toEqual(expected);
    }
  });

  it('the gate facts equal the patterns they stand for', () => {
    const next = rng(13);
    const bits: [number, RegExp][] = [
      [CH.AT, /@/], [CH.COLON, /:/], [CH.EQUALS, /=/], [CH.SLASH, /\//], [CH.DASH, /-/], [CH.UNDERSCORE, /_/], [CH.DOT, /\./],
      [CH.CAPITAL_A, /A/], [CH.CAPITAL_J, /J/], [CH.DIGIT, /\d/], [CH.CJK, /[\u4e00-\u9fff]/], [CH.HAO, /号/],
    ];
    const seven = new RegExp(`\\d${repeated('[ ()./-]*\\d', 6)}`);
    const longestBase64 = (t: string): number => Math.max(0, ...[...t.matchAll(/[A-Za-z0-9/+]+/g)].map((m) => m[0].length));
    for (let k = 0; k < 20_000; k++) {
      const text = sample(next, Math.floor(next() * 60));
      const f = new TextFacts(text);
      const why = JSON.stringify(text);
      for (const [bit, re] of bits) expect(f.has(bit), `${why} ${re.source}`).toBe(re.test(text));
      expect(f.hasPhoneRun(7), why).toBe(seven.test(text));
      expect(f.dotsBetweenDigits(), why).toBe([...text.matchAll(/(?<=\d)\.(?=\d)/g)].length);
      expect(f.hasIbanHead(), why).toBe(/[A-Z]{2}\d{2}/.test(text));
      expect(f.hasNinoHead(), why).toBe(/[A-Z]{2} ?\d/.test(text));
      expect(f.longestBase64Run(), why).toBe(longestBase64(text));
      expect(f.colons(), why).toBe(text.split(':').length - 1);
      expect(f.dashes(), why).toBe(text.split('-').length - 1);
    }
  });

  it('base64Runs40() lists where the runs of exactly 40 [A-Za-z0-9/+] start', () => {
    const next = rng(19);
    const chars = ['a', 'Z', '7', '/', '+', '=', ' ', '-', 'é', '😀'];
    let found = 0;
    for (let k = 0; k < 5_000; k++) {
      let text = '';
      for (let i = Math.floor(next() * 6); i >= 0; i--) {
        const len = 38 + Math.floor(next() * 5);
        for (let j = 0; j < len; j++) text += chars[Math.floor(next() * 5)];
        text += chars[5 + Math.floor(next() * 5)];
      }
      const expected = [...text.matchAll(/[A-Za-z0-9/+]+/g)].filter((m) => m[0].length === 40).map((m) => m.index);
      found += expected.length;
      expect(new TextFacts(text).base64Runs40(), JSON.stringify(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(1_000);
  });
});
