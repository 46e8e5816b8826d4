// scanAt tries a sticky pattern only at given starts; whenever those include every place a match can
// begin, it must find exactly what a global scan finds (the person patterns rely on it).
import { describe, expect, it } from 'vitest';
import { scan, scanAt } from '../../../shared/masking/scan';
import { TextFacts } from '../../../shared/masking/text-facts';
import { findSpans } from '../../../shared/masking';
import { rng } from './seeded-random';

const words = ['Ada', 'Park', 'Mr.', 'Dear', 'van', 'de', ' ', '  ', '\n', ',', 'anna', 'ÉLodie', 'Éa', 'O’Brien', 'x', '@', '.', 'Jean-Pierre', 'Hi'];

describe('scanAt', () => {
  it('finds what a global scan finds when given every capital of the text', () => {
    const source = "\\p{Lu}(?<![\\p{L}@.-]\\p{Lu})[\\p{Ll}’'-]{1,12}(?:[ \\t]+(?:van |de )?\\p{Lu}[\\p{Ll}]{1,12}){0,2}";
    const global = new RegExp(source, 'gu');
    const sticky = new RegExp(source, 'yu');
    const next = rng(3);
    for (let k = 0; k < 10_000; k++) {
      let text = '';
      for (let i = Math.floor(next() * 14); i > 0; i--) text += words[Math.floor(next() * words.length)];
      const span = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length, score: 1 });
      expect(scanAt(sticky, text, new TextFacts(text).capitals(), span), text).toEqual(scan(global, text, span));
    }
  });

  it('refuses a pattern that is not sticky', () => {
    expect(() => scanAt(/a/g, 'a', [0], () => null)).toThrow(/sticky/);
  });

  it('keeps the person patterns finding titles, greetings, labels and speakers', () => {
    const text = 'Dear Cordelia Ashford,\nFrom: Bartholomew Quist\nMaya Lindqvist: on my way\nask Mr. Holloway or Rosalyn Tremblay <rt@example.org>';
    const persons = findSpans(text).filter((s) => s.type === 'PERSON').map((s) => text.slice(s.start, s.end));
    expect(persons).toEqual(['Cordelia Ashford', 'Bartholomew Quist', 'Maya Lindqvist', 'Holloway', 'Rosalyn Tremblay']);
  });
});
