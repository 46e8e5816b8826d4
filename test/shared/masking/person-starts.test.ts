// The person recognizer tries its sticky patterns only at the positions STICKY_STARTS lists. Each list must
// hold every place its pattern can match, or a name would go unmasked: scanAt over the list must find
// exactly what a global scan of the same pattern finds, on texts made of the patterns' own pieces.
import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_GIVEN_NAMES, FAMILY_NAMES, GIVEN_NAMES, NOT_NAME_WORDS, WEAK_NAMES } from '../../../shared/masking/recognizers/name-lists';
import { handCandidates, speakerCandidates, STICKY_PATTERNS, STICKY_STARTS } from '../../../shared/masking/recognizers/person';
import { bracketBeforeAddress } from '../../../shared/masking/recognizers/person-gates';
import { Colons, findColons, speakerStarts } from '../../../shared/masking/recognizers/person-starts';
import { mayNameSpeaker } from '../../../shared/masking/recognizers/person-words';
import { scan, scanAt } from '../../../shared/masking/scan';
import { TextFacts } from '../../../shared/masking/text-facts';
import { rng } from './seeded-random';

// Cue words, name words and glue, drawn in turn so that the patterns match often.
const cues = [
  'Mr', 'Mrs.', 'Dr', 'Doña', 'Dear', 'Hi', 'Hello', 'Estimada', 'Querido', 'Best regards', 'Mit freundlichen Grüßen', 'From', 'from',
  'Full name', 'Contact person', 'c/o', 'z. Hd.', 'Signed-off-by', 'Vorname', 'Apellido', 'Apellidos', 'Nom de famille', 'À', 'De', '[09:14]',
  '**', '> ', '- ', '09:14', '\n**> ', '\n -> ', '\n_ _ ', '\n>>> ',
];
// Speaker lines with a time, and lower-case words that may (particles, am/pm) or may not stand in a label.
const speakerCues = ['\n[9:14 pm]', '\n[09:14 am]', '\n09:14 aM', '\n9:14 pm -', '\nam', '\nde', '\nok', '\n**> ', '\n-'];
// Keys of key/value pairs, drawn as often as the other cues together (the pair also needs quotes around the name).
const keys = [
  'name', '"name"', "'owner'", 'full_name', 'fullName', 'organiser', 'xname', '_name', 'customer_name', '"customerName"', '"customer_name"', "'customer_name'", 'Name', 'user',
  'names', 'name2', 'fullname', 'Full_name', '"organizer"', 'user_Name', "'username'", 'é_name', 'name"', '"name\'', 'first_name "', '"lastName"  ', '"last_name"    ',
];
const names = ['Ada', 'Park', 'O’Brien', "O'Neil", 'McAllister', 'Jean-Pierre', 'ÉLodie', 'Élodie', 'IBAN', 'GB', 'van', 'de', 'ada', 'a1', '𝐀da', 'Lindqvist', 'B.'];
const glue = [
  ' ', ' ', ' ', '  ', '\t', '\n', '\r\n', ':', ': ', ' :', ', ', '.', '. ', '-', '_', '@', '/', ' <', '(', '[', '"', "'", '**', '1', 'mailto:',
  ' <ada@example.org>', ' (x.y@z.io)', ': "', ': \n', '"', "'", '", ', "',\n", ' [ada@x.io]', '[mailto:ada@x.io]', '\t(ada@x.io)',
];
const cueGlue = [
  ' ', '. ', ': ', ':', ' :', ', ', ',\n', ':\n  ', '\t', '', ': "', '.', '="', " = '", ':   "', ':    "', ': \r\n', ':\n     ', '= "', ':\n    ', ":\t'", '   : "', '\t= "', ':\r\n\t\t\t\t',
];
// What stands between a title or greeting and the name: the starts are checked for it (afterHonorific, afterGreeting).
const titleGlue = [...cueGlue, '  ', ' \t', ',  ', ', \n ', '!\t \n\t\t\t\t', '   ', ' \n     ', '.  ', '.\t', 's ', '-'];
const span = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length, score: 1, group: m[1] });

describe('person STICKY_STARTS', () => {
  for (const name of Object.keys(STICKY_PATTERNS) as (keyof typeof STICKY_PATTERNS)[]) {
    it(`${name}: scanAt over its starts equals a global scan`, () => {
      const sticky = STICKY_PATTERNS[name];
      const global = new RegExp(sticky.source, sticky.flags.replace('y', 'g'));
      const next = rng(name.length * 7919);
      let matched = 0;
      for (let k = 0; k < 8_000; k++) {
        let text = '';
        const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)] as string;
        // Phrases: an optional cue and its glue, one to three name words, then glue.
        for (let i = 1 + Math.floor(next() * 5); i > 0; i--) {
          const extra = name === 'keyValue' ? keys : name === 'speaker' ? speakerCues : null;
          if (next() < 0.6) text += pick(extra !== null && next() < 0.5 ? extra : cues) + pick(name === 'honorific' || name === 'greeting' ? titleGlue : cueGlue);
          text += pick(names);
          for (let j = Math.floor(next() * 3); j > 0; j--) text += (next() < 0.8 ? ' ' : pick(glue)) + pick(names);
          text += pick(glue);
        }
        const expected = scan(global, text, span);
        matched += expected.length;
        expect(scanAt(sticky, text, STICKY_STARTS[name](text, new TextFacts(text).capitals()), span), JSON.stringify(text)).toEqual(expected);
      }
      // The texts must exercise the pattern, or the comparison proves nothing.
      expect(matched).toBeGreaterThan(100);
    });
  }

  it('speaker lines that mayNameSpeaker rules out yield no candidate: the filtered lines give the same candidates', () => {
    const next = rng(89);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    const lists = [GIVEN_NAMES, FAMILY_NAMES, WEAK_NAMES, AMBIGUOUS_GIVEN_NAMES, NOT_NAME_WORDS].map((set) => [...set]);
    const odd = ['Next', 'Steps', 'Status', 'ACME', 'McAllister', "O'Neil", 'O’Brien', 'Jean-Pierre', 'Ann-marie', 'DeShawn', 'ÉLodie', 'José', 'Zoë', 'Łukasz', 'Ørsted', 'Ab\u0301c', 'Иван', 'Anna9', 'B.', 'van', 'de', 'am', 'xAda'];
    const leads = ['\n', '\n', '\n> ', '\n**', '\n[09:14] ', '\n9:14 pm - ', '\n- ', '\nok ', ''];
    const seps = [' ', ' ', ' ', '  ', '\t', ' B. ', ' van ', ' de la ', '-', ''];
    const ends = [': ', ': ', ':\t', '**: ', ' (09:15): ', ':', ' : '];
    let found = 0;
    let spared = 0;
    for (let k = 0; k < 6_000; k++) {
      let text = next() < 0.5 ? '' : 'Hi all';
      for (let i = 1 + Math.floor(next() * 4); i > 0; i--) {
        text += pick(leads);
        for (let j = 1 + Math.floor(next() * 3); j > 0; j--) text += (j > 1 || next() < 0.5 ? '' : pick(seps)) + (next() < 0.75 ? pick(pick(lists)) : pick(odd)) + (j > 1 ? pick(seps) : '');
        text += pick(ends) + 'on my way';
      }
      const all = speakerCandidates(text, false);
      const named = speakerCandidates(text, true);
      expect(named, JSON.stringify(text)).toEqual(all);
      found += all.length;
      const colons = findColons(text, new Colons());
      spared += speakerStarts(text, colons).length - speakerStarts(text, colons, mayNameSpeaker).length;
    }
    // The texts must hold both: labels that count and lines the filter spares the pattern.
    expect(found).toBeGreaterThan(1_000);
    expect(spared).toBeGreaterThan(500);
  });

  it('titles, greetings and header labels matched by hand give the candidates their patterns give at the same starts', () => {
    const next = rng(97);
    const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)] as string;
    const greetings = [
      'Dear', 'Hi', 'Hello', 'Hey', 'Liebe', 'Lieber', 'Best', 'Best regards', 'Kind regards', 'Thanks', 'Thank you', 'Grüße', 'Gruß', 'Chère', 'Bien à vous',
      'Estimada', 'Querido', 'Un saludo', 'Merci', 'xHi', 'éHi', '1Hi', 'Hiya', 'Bestie',
    ];
    const honorifics = ['Mr', 'Mrs', 'Mrs.', 'Ms', 'Miss', 'Dr', 'Dr.', 'Prof', 'Herr', 'Frau', 'Mme', 'Señor', 'Señora', 'Don', 'Doña', 'Drive', 'Mister', 'xDr', 'éDr'];
    const headers = ['From', 'from', 'To', 'Full name', 'Contact', 'Contact person', 'c/o', 'z. Hd.', 'Signed-off-by', 'Ship to', 'Kunde', 'Employé', 'À', 'xFrom', 'éFrom', 'Tom'];
    const headerGlue = [': ', ':', ' : ', ': "', ":\n  '", ':\r\n\t', ':\r', ':    ', ':\t\t\t', ': \n     ', '  : ', ': \u201c'];
    const more = ['Mac', 'Nic', 'Ní', 'Иван', 'Ab\u0301c', 'Ana', 'Zoë', 'DeShawn', 'Jean-Pierre', 'ANA', 'Ann9'];
    let found = 0;
    let headerFound = 0;
    let titleFound = 0;
    for (let k = 0; k < 8_000; k++) {
      let text = '';
      for (let i = 1 + Math.floor(next() * 4); i > 0; i--) {
        const r = next();
        text += (r < 0.4 ? pick(greetings) + pick(titleGlue) : r < 0.6 ? pick(honorifics) + pick(titleGlue) : pick(headers) + pick(headerGlue)) + pick(next() < 0.2 ? more : names);
        for (let j = Math.floor(next() * 4); j > 0; j--) text += (next() < 0.7 ? ' ' : pick(glue)) + pick(next() < 0.2 ? more : names);
        text += pick(glue);
      }
      const caps = new TextFacts(text).capitals();
      const expected = handCandidates(text, caps, false);
      found += expected.length;
      headerFound += expected.filter((c) => c.score === 0.75).length;
      titleFound += expected.filter((c) => c.score === 0.85).length;
      expect(handCandidates(text, caps, true), JSON.stringify(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(2_000);
    expect(headerFound).toBeGreaterThan(300);
    expect(titleFound).toBeGreaterThan(300);
  });

  it('bracketBeforeAddress answers as the bracket-before-address pattern it replaces', () => {
    const pattern = /[<([][ \t]?(?:mailto:)?[\w.+'-]{1,64}@/;
    const next = rng(71);
    const pieces = ['<', '(', '[', '<', '(', '@', '@', ' ', '\t', 'mailto:', 'mailto', ':', 'ada', 'a.b', "o'n", 'x-y+z', '_', '@', 'example.org', 'é', '>', 'a'.repeat(30), 'a'.repeat(63), 'a'.repeat(64), 'Ada Park', ','];
    let found = 0;
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      for (let i = 1 + Math.floor(next() * 8); i > 0; i--) text += pieces[Math.floor(next() * pieces.length)];
      const expected = pattern.test(text);
      if (expected) found++;
      expect(bracketBeforeAddress(text), JSON.stringify(text)).toBe(expected);
    }
    expect(found).toBeGreaterThan(400);
  });
});

