// The IBAN pattern is tried only at the capitals (TextFacts.capitals) that a second ASCII capital and two digits
// follow. The start list must hold every place the pattern can match, or an IBAN would go unmasked: scanAt over
// it must find exactly what a global scan of the same pattern finds.
import { describe, expect, it } from 'vitest';
import { IBAN_AT, ibanStarts } from '../../../shared/masking/recognizers/financial';
import { scan, scanAt } from '../../../shared/masking/scan';
import { TextFacts } from '../../../shared/masking/text-facts';
import { drawText, rng } from './seeded-random';

// The pieces each number is written in, and what stands around it.
const IBAN_PIECES = ['GB82', 'DE89', 'GB', '82', ' ', ' ', 'WEST', '1234', '5698', '7654', '32', '370', 'A', 'x', 'É', 'Éx', '-', '\n', 'gb82', '𝐀B12'];
const span = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length, score: 1 });

function expectSameMatches(sticky: RegExp, starts: (text: string, facts: TextFacts) => number[], seed: number, pieces: readonly string[]): void {
  const global = new RegExp(sticky.source, sticky.flags.replace('y', 'g'));
  const next = rng(seed);
  let matched = 0;
  for (let k = 0; k < 20_000; k++) {
    const text = drawText(next, pieces, 1 + Math.floor(next() * 12));
    const expected = scan(global, text, span);
    matched += expected.length;
    expect(scanAt(sticky, text, starts(text, new TextFacts(text)), span), JSON.stringify(text)).toEqual(expected);
  }
  // The texts must exercise the pattern, or the comparison proves nothing.
  expect(matched).toBeGreaterThan(500);
}

describe('IBAN starts', () => {
  it('IBAN: scanAt over its starts equals a global scan', () => expectSameMatches(IBAN_AT, ibanStarts, 82, IBAN_PIECES));
});
