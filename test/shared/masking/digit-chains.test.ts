// The fixed-length number recognizers (SSN, Aadhaar, Chinese resident id, German tax id, card, French NIR) take
// their matches from one walk over the digit runs of a text's chains (chainMatches in digit-chains.ts), which
// reads each pattern off the runs instead of running it. Each kind must match exactly where a global scan of its
// pattern does, with the same separator, or a number would go unmasked: checked on texts made of digit groups
// and the characters found around numbers.
import { describe, expect, it } from 'vitest';
import { CHAIN_NUMBER, chainMatches, chainRuns } from '../../../shared/masking/recognizers/digit-chains';
import { CARD_AT } from '../../../shared/masking/recognizers/financial';
import { hasCorsicaCode, ID_PATTERNS, NIR_AT } from '../../../shared/masking/recognizers/national-ids';
import { TextFacts } from '../../../shared/masking/text-facts';
import { drawText, rng } from './seeded-random';

// Separators that join chains and ones that do not, and what stands next to numbers.
const glue = [' ', ' ', '-', '-', '', '  ', ' - ', '.', ',', '/', 'X', 'x', 'a', 'A', 'B', '2A', '2B', '\n', '+', '(', ')', 'ssn ', ': '];

// How each number is grouped ("123-45-6789", "1 85 05 78 006 084 36", ...), and the whole.
const SIZES: Record<string, readonly number[]> = {
  ssn: [3, 2, 4, 9, 3, 2, 4, 1],
  aadhaar: [4, 4, 4, 12, 8, 3],
  cnId: [17, 18, 16, 6],
  deTax: [2, 3, 3, 3, 11, 5, 8, 4],
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

/** [start, end, separator] of each match of a global scan of `sticky`'s pattern (separator: group 1's code, or 0). */
function scanned(sticky: RegExp, text: string): number[][] {
  const global = new RegExp(sticky.source, sticky.flags.replace('y', 'g'));
  const out: number[][] = [];
  for (let m = global.exec(text); m !== null; m = global.exec(text)) out.push([m.index, m.index + m[0].length, m[1] ? m[1].charCodeAt(0) : 0]);
  return out;
}

/** The chainMatches of one kind, as scanned() gives them. */
function walked(text: string, kind: number): number[][] {
  const found = chainMatches(new TextFacts(text));
  const out: number[][] = [];
  for (let i = 0; i < found.length; i += 4) if (found[i] === kind) out.push([found[i + 1] as number, found[i + 2] as number, found[i + 3] as number]);
  return out;
}

function expectSameMatches(sticky: RegExp, kind: number, seed: number, sizes: readonly number[], skip: (text: string) => boolean = () => false): void {
  const next = rng(seed);
  let matched = 0;
  let compared = 0;
  for (let k = 0; k < 20_000; k++) {
    const text = numberText(next, sizes);
    if (skip(text)) continue;
    compared++;
    const expected = scanned(sticky, text);
    matched += expected.length;
    expect(walked(text, kind), JSON.stringify(text)).toEqual(expected);
  }
  // Enough texts and matches, or the comparison proves nothing.
  expect(compared).toBeGreaterThan(10_000);
  expect(matched).toBeGreaterThan(1_000);
}

describe('digit chain matches', () => {
  const kinds = { ssn: CHAIN_NUMBER.SSN, aadhaar: CHAIN_NUMBER.AADHAAR, cnId: CHAIN_NUMBER.CN_ID, deTax: CHAIN_NUMBER.DE_TAX } as const;
  for (const name of Object.keys(ID_PATTERNS) as (keyof typeof ID_PATTERNS)[]) {
    it(`${name}: the walk matches as a global scan of its pattern`, () => {
      expectSameMatches(ID_PATTERNS[name], kinds[name], name.length * 7919, SIZES[name] as number[]);
    });
  }

  it('credit card: the walk matches as a global scan of its pattern', () => {
    expectSameMatches(CARD_AT, CHAIN_NUMBER.CARD, 13, SIZES.card as number[]);
  });

  it('French NIR: the walk matches as a global scan of its pattern (texts without "2A" or "2B")', () => {
    expectSameMatches(NIR_AT, CHAIN_NUMBER.NIR, 15, SIZES.nir as number[], (text) => /2[AB]/.test(text));
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

  it('keeps every run of a text with more runs than its first buffers hold', () => {
    // Hundreds of chains, each an SSN, a card or neither, so that the run buffers grow more than once.
    const next = rng(64);
    let text = '';
    for (let i = 0; i < 400; i++) text += `${numberText(next, SIZES.card as number[])}; ${i % 3 === 0 ? '123-45-6789 ' : ''}`;
    for (const [sticky, kind] of [[ID_PATTERNS.ssn, CHAIN_NUMBER.SSN], [CARD_AT, CHAIN_NUMBER.CARD], [ID_PATTERNS.deTax, CHAIN_NUMBER.DE_TAX]] as const) {
      const expected = scanned(sticky, text);
      expect(expected.length).toBeGreaterThan(20);
      expect(walked(text, kind)).toEqual(expected);
    }
    expect(chainRuns(new TextFacts(text)).starts.length).toBeGreaterThan(256);
  });

  it('splits chains into runs with the digits left to each chain end', () => {
    const runs = chainRuns(new TextFacts('ssn 123-45-6789, card 4111 1111 1111 1111; 12 34 5'));
    expect(runs.starts).toEqual([4, 8, 11, 22, 27, 32, 37]);
    expect(runs.lengths).toEqual([3, 2, 4, 4, 4, 4, 4]);
    expect(runs.rest).toEqual([9, 6, 4, 16, 12, 8, 4]);
  });
});
