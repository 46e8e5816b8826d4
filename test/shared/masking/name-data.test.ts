// The generated name lists (name-data.ts, from scripts/gen-name-data.ts) hold exactly the names the
// generator counted, each one word: a line join without a space once glued ~800 pairs into bogus
// words ("AanuoluwapoAaradhya") and dropped both halves from the lists.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAMILY_NAME_DATA, GIVEN_NAME_DATA, WEAK_NAME_DATA } from '../../../shared/masking/recognizers/name-data';
import { GIVEN_NAMES } from '../../../shared/masking/recognizers/name-lists';

const SOURCE = readFileSync(new URL('../../../shared/masking/recognizers/name-data.ts', import.meta.url), 'utf8');
const LISTS = { GIVEN_NAME_DATA, FAMILY_NAME_DATA, WEAK_NAME_DATA };
// The generator keeps only words of this shape (one capital, then at least two lower-case letters).
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]{2,}$/u;
const entries = (data: string): string[] => data.split(' ');

describe('generated name data', () => {
  it.each(Object.entries(LISTS))('%s holds as many words as its doc comment counts', (name, data) => {
    const counted = new RegExp(`\\((\\d+)\\) \\*/\\nexport const ${name} =`).exec(SOURCE);
    expect(counted, name).not.toBeNull();
    expect(entries(data).length).toBe(Number(counted?.[1]));
  });

  it.each(Object.entries(LISTS))('%s is single-space separated words of name shape and plausible length', (_name, data) => {
    const bad = entries(data).filter((w) => !NAME_WORD.test(w) || w.length > 24);
    expect(bad).toEqual([]);
  });

  it('keeps the names at line joins of the generated literal as names of their own', () => {
    // The first literal line of GIVEN_NAME_DATA ends with Aanuoluwapo, the second starts with Aaradhya.
    for (const w of ['Aanuoluwapo', 'Aaradhya']) expect(GIVEN_NAMES.has(w), w).toBe(true);
    expect(GIVEN_NAMES.has('AanuoluwapoAaradhya')).toBe(false);
  });
});
