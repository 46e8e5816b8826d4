// A seeded random source (mulberry32) for the fuzz tests of masking gates, start lists and scans:
// the same seed draws the same texts on every run, so a failure can be replayed.
import { expect } from 'vitest';
import { scan, scanAt } from '../../../shared/masking/scan';
import { TextFacts } from '../../../shared/masking/text-facts';

export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `length` items of `from` (a string's characters or a list of pieces) drawn with `next`, joined. */
export function drawText(next: () => number, from: string | readonly string[], length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += from[Math.floor(next() * from.length)];
  return s;
}

const wholeMatch = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length, score: 1 });

/**
 * Draws `count` texts and checks that scanAt over `starts` (the sticky pattern tried only there) finds exactly
 * what a global scan of the same pattern finds: a start list must hold every place its pattern can match, or a
 * value would go unmasked. A null list means the caller scans globally; that text is skipped. The texts must
 * produce at least `minMatches` matches, or the comparison proves nothing. Returns the matches found.
 */
export function expectStartsFindAll(
  sticky: RegExp,
  starts: (text: string, facts: TextFacts) => readonly number[] | null,
  draw: () => string,
  count: number,
  minMatches: number,
): number {
  const global = new RegExp(sticky.source, sticky.flags.replace('y', 'g'));
  let matched = 0;
  for (let k = 0; k < count; k++) {
    const text = draw();
    const expected = scan(global, text, wholeMatch);
    matched += expected.length;
    const list = starts(text, new TextFacts(text));
    if (list !== null) expect(scanAt(sticky, text, list, wholeMatch), JSON.stringify(text)).toEqual(expected);
  }
  expect(matched).toBeGreaterThan(minMatches);
  return matched;
}
