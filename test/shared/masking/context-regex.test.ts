// The context-word patterns are built for speed (words grouped by the boundaries they need; one gate for
// all cue-requiring recognizers). They must accept exactly the texts the plain per-word alternation
// accepts, and the gate at least those, or a cue would be missed and a value left unmasked.
import { describe, expect, it } from 'vitest';
import { ANY_REQUIRED_CUE, RECOGNIZERS, wordsRegex } from '../../../shared/masking/registry';
import { escapeRegExp } from '../../../shared/masking/scan';
import { rng } from './seeded-random';

// The form the grouped pattern replaces: one alternative per word, each with its own boundaries.
const plain = (words: readonly string[]): RegExp =>
  new RegExp(words.map((w) => `${/^\w/.test(w) ? '\\b' : ''}${escapeRegExp(w)}${/\w$/.test(w) ? '\\b' : ''}`).join('|'), 'i');

const glue = [' ', '', 'x', '1', '_', '-', '.', ',', ':', 'é', '\n', 'K', 'İ', '(', ')'];
const allWords = RECOGNIZERS.flatMap((r) => [...(r.context ?? []), ...(r.negativeContext ?? [])]);

function sample(next: () => number): string {
  let s = '';
  for (let i = Math.floor(next() * 6); i >= 0; i--) {
    let w = allWords[Math.floor(next() * allWords.length)] as string;
    if (next() < 0.3) w = w.toUpperCase();
    // Cut words short or glue them to neighbours, so that boundaries decide.
    if (next() < 0.3) w = w.slice(0, Math.floor(next() * w.length));
    s += glue[Math.floor(next() * glue.length)] + w + glue[Math.floor(next() * glue.length)];
  }
  return s;
}

describe('context-word patterns', () => {
  it('wordsRegex accepts exactly the texts the per-word alternation accepts', () => {
    const next = rng(5);
    let hits = 0;
    for (const r of RECOGNIZERS) {
      for (const words of [r.context, r.negativeContext]) {
        if (!words || words.length === 0) continue;
        const fast = wordsRegex(words) as RegExp;
        const slow = plain(words);
        for (let k = 0; k < 3_000; k++) {
          const text = sample(next);
          const expected = slow.test(text);
          if (expected) hits++;
          expect(fast.test(text), `${r.id} ${JSON.stringify(text)}`).toBe(expected);
        }
      }
    }
    expect(hits).toBeGreaterThan(1_000);
  });

  it('the required-cue gate accepts every text in which a cue-requiring recognizer finds its cue', () => {
    const next = rng(9);
    const required = RECOGNIZERS.filter((r) => r.requiresContext).map((r) => plain(r.context ?? []));
    let hits = 0;
    for (let k = 0; k < 30_000; k++) {
      const text = sample(next);
      if (!required.some((re) => re.test(text))) continue;
      hits++;
      expect(ANY_REQUIRED_CUE.test(text), JSON.stringify(text)).toBe(true);
    }
    expect(hits).toBeGreaterThan(500);
  });
});
