// EmailTokens.anyAt rules most words out by their length and first letter before cutting them out of the text;
// it must answer as the plain definition does: the word, accents folded and lower-cased, is one of the words
// (three letters or more) of an e-mail local part of the same text.
import { describe, expect, it } from 'vitest';
import { fold } from '../../../shared/masking/recognizers/name-flags';
import { EMAIL_LOCAL_RE, EmailTokens } from '../../../shared/masking/recognizers/person-email';
import { rng } from './seeded-random';

const plainTokens = (text: string): Set<string> =>
  new Set([...text.matchAll(EMAIL_LOCAL_RE)].flatMap((m) => (m[1] as string).toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 3)));

describe('EmailTokens', () => {
  it('anyAt answers as the folded, lower-cased lookup in the words of the local parts', () => {
    const next = rng(101);
    const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)] as string;
    const words = ['Ada', 'Park', 'Adam', 'Pa', 'Zoë', 'Zoe', 'José', 'Jose', 'Éva', 'Eva', 'Ørsted', 'Straße', 'ADA', 'Ab\u0301c', 'Abc', 'İlker', 'Ilker', 'Œuvre', 'Lindqvist', 'Kelvin', '\u212Aelvin', '1ada', '_ada'];
    const locals = ['ada', 'ada.park', 'a.park', 'jose', 'zoe_x', 'eva-1', 'ilker', 'abc+tag', 'kelvin', 'lindqvist', 'o.neil', 'x', 'Ada.Park', 'JOSE', 'Zoe9x'];
    let hits = 0;
    for (let k = 0; k < 5_000; k++) {
      let text = '';
      const spans: [number, number][] = [];
      for (let i = 1 + Math.floor(next() * 6); i > 0; i--) {
        if (next() < 0.3) text += `${pick(locals)}@example.org `;
        const w = pick(words);
        spans.push([text.length, text.length + w.length]);
        text += `${w} `;
      }
      const tokens = new EmailTokens('');
      tokens.reset(text);
      const plain = plainTokens(text);
      for (const [s, e] of spans) {
        const expected = plain.has(fold(text.slice(s, e)).toLowerCase());
        if (expected) hits++;
        expect(tokens.anyAt(Int32Array.of(s), Int32Array.of(e), 0, 1), JSON.stringify([text, s, e])).toBe(expected);
      }
    }
    expect(hits).toBeGreaterThan(1_000);
  });
});
