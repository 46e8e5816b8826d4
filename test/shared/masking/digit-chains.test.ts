// The fixed-length number recognizers (SSN, Aadhaar, Chinese resident id, German tax id, card, French NIR) try
// their sticky patterns only at the digit-run starts that digit-chains.ts lists. Each list must hold every
// place its pattern can match, or a number would go unmasked: scanAt over the list must find exactly what a
// global scan of the same pattern finds, on texts made of digit groups and the characters around numbers.
import { describe, expect, it } from 'vitest';
import { chainRuns } from '../../../shared/masking/recognizers/digit-chains';
import { CARD_AT, cardStarts } from '../../../shared/masking/recognizers/financial';
import { hasCorsicaCode, ID_PATTERNS, ID_STARTS, NIR_AT, nirStarts } from '../../../shared/masking/recognizers/national-ids';
import { TextFacts } from '../../../shared/masking/text-facts';
import { drawText, expectStartsFindAll, rng } from './seeded-random';

// Separators that join chains and ones that do not, and what stands next to numbers.
const glue = [' ', ' ', '-', '-', '', '  ', ' - ', '.', ',', '/', 'X', 'x', 'a', 'A', 'B', '2A', '2B', '\n', '+', '(', ')', 'ssn ', ': '];

// How each number is grouped ("123-45-6789", "1 85 05 78 006 084 36", ...), and the whole.
const SIZES: Record<string, readonly number[]> = {
  ssn: [3, 2, 4, 9, 3, 2, 4, 1],
  aadhaar: [4, 4, 4, 12, 8, 3],
  cnResidentId: [17, 18, 16, 6],
  deTaxId: [2, 3, 3, 3, 11, 5, 8, 4],
  card: [4, 4, 4, 4, 13, 16, 19, 6, 5, 3],
  nir: [1, 2, 2, 2, 3, 3, 2, 13, 15],
};

function numberText(next: () => number, sizes: readonly number[]): string {
  let text = '';
  // One separator per text most of the time, as numbers are written.
  const main = glue[Math.floor(next() * 5)] as string;
  for (let i = 1 + Math.floor(next() * 7); i > 0; i--) {
    // Mostly the group sizes these numbers are written in, sometimes any size up to 20.
    const size = next() < 0.7 ? (sizes[Math.floor(next() * sizes.length)] as number) : 1 + Math.floor(next() * 20);
    for (let d = 0; d < size; d++) text += String(Math.floor(next() * 10));
    text += next() < 0.6 ? main : glue[Math.floor(next() * glue.length)];
  }
  return text;
}

function expectSameMatches(sticky: RegExp, starts: (text: string, facts: TextFacts) => number[] | null, seed: number, sizes: readonly number[]): void {
  const next = rng(seed);
  // Most texts must get a start list (null sends a text to the global scan), or the lists are barely tested.
  let tried = 0;
  const counted = (text: string, facts: TextFacts): number[] | null => {
    const list = starts(text, facts);
    if (list !== null) tried++;
    return list;
  };
  expectStartsFindAll(sticky, counted, () => numberText(next, sizes), 20_000, 1_000);
  expect(tried).toBeGreaterThan(10_000);
}

describe('digit chain starts', () => {
  for (const name of Object.keys(ID_PATTERNS) as (keyof typeof ID_PATTERNS)[]) {
    it(`${name}: scanAt over its starts equals a global scan`, () => {
      expectSameMatches(ID_PATTERNS[name], (_text, facts) => ID_STARTS[name](facts), name.length * 7919, SIZES[name] as number[]);
    });
  }

  it('credit card: scanAt over its starts equals a global scan', () => {
    expectSameMatches(CARD_AT, (_text, facts) => cardStarts(facts), 13, SIZES.card as number[]);
  });

  it('French NIR: scanAt over its starts equals a global scan (texts without "2A" or "2B")', () => {
    expectSameMatches(NIR_AT, nirStarts, 15, SIZES.nir as number[]);
  });

  it('finds "2A" and "2B" from the capitals as /2[AB]/ does', () => {
    const pieces = ['2', 'A', 'B', '2A', '2B', 'a', 'b', 'C', ' ', '1', 'Ä', '𝐀', '\n', '22'];
    const next = rng(29);
    let found = 0;
    for (let k = 0; k < 20_000; k++) {
      const text = drawText(next, pieces, Math.floor(next() * 12));
      const expected = /2[AB]/.test(text);
      if (expected) found++;
      expect(hasCorsicaCode(text, new TextFacts(text)), JSON.stringify(text)).toBe(expected);
    }
    expect(found).toBeGreaterThan(5_000);
  });

  it('splits chains into runs with the digits left to each chain end', () => {
    const runs = chainRuns(new TextFacts('ssn 123-45-6789, card 4111 1111 1111 1111; 12 34 5'));
    expect(runs.starts).toEqual([4, 8, 11, 22, 27, 32, 37]);
    expect(runs.lengths).toEqual([3, 2, 4, 4, 4, 4, 4]);
    expect(runs.rest).toEqual([9, 6, 4, 16, 12, 8, 4]);
  });
});
