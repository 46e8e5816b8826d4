// The person recognizer walks capitalised runs by hand instead of running CAP_SEQ_AT, splits plain slices
// without the word pattern, reads list flags from the text's char codes, folds Latin words without normalize()
// and runs the cue pattern only after a cue's last word. Each shortcut must answer exactly as the pattern or
// the plain lookup it replaces, on texts made of the pieces where they could differ.
import { describe, expect, it } from 'vitest';
import { AMBIGUOUS, FAMILY, flagsAt, flagsOf, fold, GIVEN, LATIN_END, loneFlagsAt, NOT_NAME, WEAK } from '../../../shared/masking/recognizers/name-flags';
import { FAMILY_NAMES, GIVEN_NAMES, NOT_NAME_WORDS, WEAK_NAMES } from '../../../shared/masking/recognizers/name-lists';
import { CAP_SEQ_AT, WORD_RE } from '../../../shared/masking/recognizers/person-patterns';
import { canStartRun } from '../../../shared/masking/recognizers/person-starts';
import { IMMEDIATE_CUE_RE, mayFollowCue } from '../../../shared/masking/recognizers/person-runs';
import { nameWords, NO_RUN, plainWords, UNSURE, walkRun, words } from '../../../shared/masking/recognizers/person-words';
import { TextFacts } from '../../../shared/masking/text-facts';
import { rng } from './seeded-random';

const found = (): string[][] => Array.from({ length: words.count }, (_, k) => [String(words.start[k]), String(words.end[k])]);
const wordMatches = (text: string, start: number, end: number): string[][] =>
  [...text.slice(start, end).matchAll(new RegExp(WORD_RE.source, 'gu'))].map((m) => [String(start + m.index), String(start + m.index + m[0].length)]);

describe('person words', () => {
  it('walkRun, when it answers, ends where CAP_SEQ_AT ends, with the words the word pattern finds in the match', () => {
    const next = rng(41);
    const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)] as string;
    const names = [
      'Ada', 'Park', 'Ada', 'Lindqvist', 'Grace', 'Ada', 'Park', 'Lindqvist', 'X', 'Ab', 'Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'McAllister', 'O’Brien', "O'Neil",
      'Ann-Marie', 'José', 'Élodie', 'Mac', 'Nic', 'Ní', 'Macy', 'The', 'Hello', 'IBAN', 'I', 'Ann9', 'Ann_', "Ann's", 'B.', 'Q.', 'Anna.',
      'Müller', 'Grüße', 'ÉLodie', 'Ñandú', 'Zoë', 'Aª', 'Ab²', 'ǅemal', 'Ǆ', 'Łukasz', 'Ørsted', 'Ab\u0301c', 'Ǻbc', 'Ḁbc', 'Œuvre', 'Straße',
      'DeShawn', `McA${'a'.repeat(20)}`, `McA${'a'.repeat(21)}`, 'Jean-pierre', 'Jean-Pierre2', 'Jean-', 'ChatGPT', "I'm", "I'll", "O'", "O'b",
      'Ab-Cd-Ef', 'AbCdEf', 'Ab’C', "D'Angelo", 'Ab-É', 'Ab-Éa', 'X-Ray', "O'Brien-Smith", `Ab-A${'a'.repeat(30)}`, `Ab-A${'a'.repeat(31)}`, 'Ab-Cd\u0301', 'McÉa',
    ];
    const glue = [
      ' ', ' ', ' ', ' ', ' ', ' ', '  ', '\t', ' \t ', ' van ', ' van der ', ' de la ', ' y ', ' bin ', ' ibn ', ' ter ', ' zu ', ' the ', ' vanilla ',
      ' b ', ' 1 ', ' é', ', ', '. ', '-', '', '\n', ' (', ' Mac ', ' Nic ', ' Ní ', ' de\t', ' del  ', ' das', ' dos y ', ' van de la ', ' über ', ' ¿', ' «',
      ' ª', ' ²', 'ª', '²', '’', ' \u0301', ' B. ', ' B.', ' B. van ', ' B.\t', ' É. ', ' B. C. ', ' B.x ',
      ' €', ' — ', ' Иван', ' и', ' Ω. ', ' ω', ' 𝐀bc', ' 😀', ' van €', ' B. —', ' \u2019', ' ǅ', ' Ǆ. ', ' ＡＢ',
    ];
    const before = ['', ' ', '(', '"', 'x', '1', '.', '@', 'é', '\n', 'ª', '²', 'Æ', '¿', '×', '\u0301', '’'];
    let answered = 0;
    let multi = 0;
    for (let k = 0; k < 30_000; k++) {
      let text = pick(before);
      for (let i = 1 + Math.floor(next() * 5); i > 0; i--) text += pick(names) + pick(glue);
      if (next() < 0.5) text = text.trimEnd();
      for (const s of new TextFacts(text).capitals()) {
        if (!canStartRun(text, s)) continue;
        const end = walkRun(text, s);
        if (end === UNSURE) continue;
        answered++;
        CAP_SEQ_AT.lastIndex = s;
        const m = CAP_SEQ_AT.exec(text);
        const where = JSON.stringify([text, s]);
        if (end === NO_RUN) {
          expect(m, where).toBeNull();
          continue;
        }
        expect(m?.[0], where).toBe(text.slice(s, end));
        expect(found(), where).toEqual(wordMatches(text, s, end));
        if (words.count > 1) multi++;
      }
    }
    expect(answered).toBeGreaterThan(20_000);
    expect(multi).toBeGreaterThan(3_000);
  });

  it('plainWords, when it answers, finds the words the word pattern finds in the slice', () => {
    const next = rng(37);
    const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)] as string;
    const list = ['Ada', 'Park', 'Lindqvist', 'X', 'Ab', 'Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'McAllister', 'van', 'ada', 'José', 'O’Brien', 'Ann-Marie'];
    const glue = [' ', ' ', ' ', ' ', ' ', ' ', '  ', '\t', '', '-', '.'];
    let answered = 0;
    for (let k = 0; k < 20_000; k++) {
      let text = pick(['', ' ', 'x', 'é']);
      const start = text.length;
      for (let i = 1 + Math.floor(next() * 4); i > 0; i--) text += (i < 4 && text.length > start ? pick(glue) : '') + pick(list);
      const end = text.length;
      text += pick(['', ' ', 'x', 'é', ',']);
      words.count = 0;
      if (!plainWords(text, start, end)) continue;
      answered++;
      expect(found(), JSON.stringify(text)).toEqual(wordMatches(text, start, end));
    }
    expect(answered).toBeGreaterThan(1_000);
  });

  it('nameWords keeps the words between the leading never-name words and the next one', () => {
    const text = 'The Team Ada Lindqvist Support Grace Hopper';
    expect(nameWords(text, 0, text.length)).toBe(true);
    expect(text.slice(words.start[words.lo], words.end[words.hi - 1])).toBe('Ada Lindqvist');
    expect(nameWords(text, 0, 'The Team'.length)).toBe(false);
  });

  it('flagsAt answers as flagsOf and NOT_NAME_WORDS do, and loneFlagsAt as flagsAt for lone given names, for listed words and near misses', () => {
    const next = rng(53);
    const listed = [...GIVEN_NAMES, ...FAMILY_NAMES, ...WEAK_NAMES, ...NOT_NAME_WORDS];
    let flagged = 0;
    let given = 0;
    for (let k = 0; k < 20_000; k++) {
      let w = listed[Math.floor(next() * listed.length)] as string;
      // Near misses: one letter changed, one added or dropped, the case changed.
      const r = next();
      const i = Math.floor(next() * w.length);
      if (r < 0.2) w = w.slice(0, i) + String.fromCharCode(97 + Math.floor(next() * 26)) + w.slice(i + 1);
      else if (r < 0.3) w += 'e';
      else if (r < 0.4 && w.length > 2) w = w.slice(0, -1);
      else if (r < 0.45) w = w.toUpperCase();
      // Accents, which the lookup folds away: "Jose" -> "José", "Muller" -> "Müller" (and "Ø", "ß", which stay).
      else if (r < 0.6) w = w.replace(/[aeiouOs]/, (ch) => ({ a: 'á', e: 'é', i: 'ï', o: 'ø', u: 'ü', O: 'Ö', s: 'ß' })[ch] as string);
      if (w.length < 2) continue;
      const text = `x ${w} y`;
      const ascii = [...w].every((ch) => ch.charCodeAt(0) < 128);
      const f = flagsAt(text, 2, 2 + w.length, ascii);
      expect(f & (GIVEN | FAMILY | WEAK | AMBIGUOUS), w).toBe(flagsOf(w));
      expect((f & NOT_NAME) !== 0, w).toBe(NOT_NAME_WORDS.has(w));
      // A lone word needs an unambiguous given name: loneFlagsAt may answer 0 for every other word, only for them.
      const loneCounts = (f & GIVEN) !== 0 && (f & AMBIGUOUS) === 0;
      const lone = loneFlagsAt(text, 2, 2 + w.length, ascii);
      if (loneCounts) expect(lone, w).toBe(f);
      else expect([0, f], w).toContain(lone);
      if (loneCounts) given++;
      if (f !== 0) flagged++;
    }
    expect(flagged).toBeGreaterThan(10_000);
    expect(given).toBeGreaterThan(2_000);
  });

  it('fold without normalize() below U+0300 equals the NFD fold, and such words are their own NFC form', () => {
    // Every character and every pair below LATIN_END is left alone by NFC: no marks, nothing composes.
    for (let a = 0; a < LATIN_END; a++) {
      const one = String.fromCharCode(a);
      expect(one.normalize('NFC'), a.toString(16)).toBe(one);
      for (let b = 0; b < LATIN_END; b++) {
        const two = one + String.fromCharCode(b);
        if (two.normalize('NFC') !== two) expect.fail(`${a.toString(16)} ${b.toString(16)} compose`);
      }
    }
    const next = rng(61);
    for (let k = 0; k < 20_000; k++) {
      let w = '';
      for (let i = 1 + Math.floor(next() * 8); i > 0; i--) {
        const r = next();
        // Mostly Latin letters with accents; some combining marks, Greek and Cyrillic, which take normalize().
        w += String.fromCharCode(r < 0.5 ? 0x41 + Math.floor(next() * 58) : r < 0.9 ? 0xc0 + Math.floor(next() * (LATIN_END - 0xc0)) : 0x300 + Math.floor(next() * 0x100));
      }
      expect(fold(w), JSON.stringify(w)).toBe(w.normalize('NFD').replace(/\p{M}/gu, ''));
    }
  });

  it('mayFollowCue is true wherever the cue pattern matches the 24 characters before a run', () => {
    const next = rng(83);
    const pieces = [
      'colleague', 'co-worker', 'Ask', 'tell', 'ping', 'cc', 'forward this to', 'met with', "I'm", 'i am', 'my name is', 'this is', 'wife', 'on Monday,',
      'for', 'and', 'me llamo', 'mi compañera', "je m'appelle", 'mon collègue', 'ich heiße', 'mein Name ist', 'y', 'et', 'und', 'asK', 'aſk',
      'the', 'task', 'toto', 'x', '1', '_', '-', "'", ',', ':', ' ', ' ', ' ', '  ', '\t', '\n', 'é', 'band', 'bin', 'cabin', 'Mr.',
    ];
    let matched = 0;
    let ruledOut = 0;
    for (let k = 0; k < 30_000; k++) {
      let text = '';
      for (let i = 1 + Math.floor(next() * 6); i > 0; i--) text += pieces[Math.floor(next() * pieces.length)];
      text += [' ', '  ', '\t', '   ', '    '][Math.floor(next() * 5)];
      const from = Math.max(0, text.length - 24);
      const expected = IMMEDIATE_CUE_RE.test(text.slice(from));
      const may = mayFollowCue(text, from, text.length);
      if (expected) {
        matched++;
        expect(may, JSON.stringify(text)).toBe(true);
      } else if (!may) ruledOut++;
    }
    expect(matched).toBeGreaterThan(3_000);
    expect(ruledOut).toBeGreaterThan(3_000);
  });
});

