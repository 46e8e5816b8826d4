// The address recognizer's gates are written for speed (and each format is tried only in windows before its first
// gate's hits, where a match holding the hit can start): the German street gate from the digit back, the French
// one from the street word back, and the first gates of the four digit-bearing formats joined into one scan that
// says which of them match. Each must accept exactly the texts the plain forms accept, or an address would go unmasked.
import { describe, expect, it } from 'vitest';
import { ADDRESS_FORMAT_GATES, ADDRESS_FORMATS, digitFormatsIn, streetAddressRecognizer } from '../../../shared/masking/recognizers/address';
import { scan, whole } from '../../../shared/masking/scan';
import { rng } from './seeded-random';

// The German gate as it was first written: the street word, one to three spaces or tabs, a digit.
const PLAIN_DE_GATE = /(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee|Straße|Strasse|Str\.|Weg|Gasse|Allee|Platz|Ring|Damm)[ \t]{1,3}\d/;
// The French gate as it was first written: a number (with bis/ter), a comma, spaces, the street word, a space.
const PLAIN_FR_GATE = /\d(?:[ \t]?(?:bis|ter))?,?[ \t]{1,3}(?:rue|avenue|av\.|boulevard|bd|place|allée|impasse|chemin|quai|route|cours)[ \t]/;
const pieces = ['Haupt', 'straße', 'Straße', 'str.', 'Str.', 'weg', 'Weg', 'ring', 'bring', 'Damm', 'ufer', 'rue', 'avenue', 'av.', 'avenues', 'bd', 'allée', 'cours', 'bis', 'ter', 'bister', 'Calle', 'C/', 'Street', 'St', 'Rd', 'Way', ' ', ' ', '  ', '    ', '\t', ',', '5', '12', '221B', 'a', 'x', '\n', 'Main', 'de la'];

describe('address gates', () => {
  it('the German and French gates and the joined scan accept exactly what the plain gates accept', () => {
    const next = rng(41);
    const de = (ADDRESS_FORMAT_GATES[1] as RegExp[])[0] as RegExp;
    const fr = (ADDRESS_FORMAT_GATES[2] as RegExp[])[0] as RegExp;
    const firsts = ADDRESS_FORMAT_GATES.slice(0, 4).map((g) => g[0] as RegExp);
    let german = 0;
    let french = 0;
    let any = 0;
    for (let k = 0; k < 40_000; k++) {
      let text = '';
      for (let i = 1 + Math.floor(next() * 8); i > 0; i--) {
        text += pieces[Math.floor(next() * pieces.length)];
        // Now and then a street word, spaces and a number in a row, the shape the gates look for.
        if (next() < 0.15) text += ['straße', 'Weg', 'bring', 'Str.', 'Damm'][Math.floor(next() * 5)] + [' ', '  ', '\t', '    '][Math.floor(next() * 4)] + '5';
        if (next() < 0.1) text += ['5', '12 bis', '3ter', '7,'][Math.floor(next() * 4)] + [' ', '  ', '\t', '    '][Math.floor(next() * 4)] + ['rue', 'av.', 'avenue', 'bd'][Math.floor(next() * 4)];
      }
      const plain = PLAIN_DE_GATE.test(text);
      if (plain) german++;
      expect(de.test(text), JSON.stringify(text)).toBe(plain);
      const plainFr = PLAIN_FR_GATE.test(text);
      if (plainFr) french++;
      expect(fr.test(text), JSON.stringify(text)).toBe(plainFr);
      const expected = firsts.reduce((bits, g, k) => (g.test(text) ? bits | (1 << k) : bits), 0);
      if (expected !== 0) any++;
      expect(digitFormatsIn(text), JSON.stringify(text)).toBe(expected);
    }
    expect(german).toBeGreaterThan(2_000);
    expect(french).toBeGreaterThan(1_000);
    expect(any).toBeGreaterThan(german);
  });
});

// Addresses of every format built from parts (words of up to 31 letters, astral ones among them: two UTF-16 units
// each), between noise that holds gate hits of its own: matches start as far before their type word or number as
// the patterns allow, and after hits that lead nowhere.
const long = (first: string, rest: string): string => first + rest.repeat(30);
const caps = ['Baker', "O'Neil", 'Saint-Denis', 'Élysée', 'Mary'];
const longCaps = [long('𝐀', '𝐚'), long('𝐀', '𝐚'), long('B', 'é'), long('C', '’')];
const blanks = [' ', ' ', '  ', '\t', '   '];
const noise = ['x', 'Dr. Who', ' St', ' Rd', 'Straße 5', ' rue ', '9 rue', 'Calle ', ' 12 ', ',', ':', '\n', '(', ' ', 'Ünder', '9', 'é', 'Way'];

function address(pick: <T>(list: readonly T[]) => T, chance: (p: number) => boolean): string {
  const b = () => pick(blanks);
  const words = (n: number) => Array.from({ length: n }, () => pick(chance(0.5) ? longCaps : caps) + b()).join('');
  const euTail = () => (chance(0.5) ? `, ${pick(['10115', 'D-60311', '75002'])} ${pick(caps)}` : '');
  switch (pick([0, 1, 2, 3])) {
    case 0:
      return `${pick(['221', '5', '12345'])}${chance(0.3) ? 'B' : ''}${b()}${chance(0.3) ? `${pick(['North', 'N.', 'W'])}${b()}` : ''}${words(pick([1, 2, 3, 4]))}${pick(['Street', 'St', 'Ave', 'Rd', 'Boulevard'])}${chance(0.3) ? '.' : ''}${chance(0.3) ? ', Apt 4' : ''}${chance(0.3) ? pick([', Springfield, IL 62704', ', London, SW1A 1AA']) : ''}`;
    case 1:
      return `${chance(0.5) ? `${pick(chance(0.5) ? longCaps : caps)}${pick(['straße', 'weg', 'str.', 'ring'])}` : `${words(pick([1, 2]))}${pick(['Straße', 'Str.', 'Weg', 'Platz'])}`}${b()}${pick(['5', '12a', '1234'])}${euTail()}`;
    case 2:
      return `${pick(['12', '5', '1234'])}${chance(0.3) ? pick([' bis', 'ter']) : ''}${chance(0.3) ? ',' : ''}${b()}${pick(['rue', 'avenue', 'bd', 'place'])}${b()}${chance(0.4) ? 'de la ' : ''}${words(pick([1, 2, 3])).trimEnd()}${euTail()}`;
    default:
      return `${pick(['Calle', 'Avenida', 'C/', 'Paseo'])}${b()}${chance(0.4) ? 'de ' : ''}${words(pick([1, 2, 3])).trimEnd()}${chance(0.4) ? ',' : ''}${b()}${chance(0.3) ? 'nº ' : ''}${pick(['12', '5'])}${euTail()}`;
  }
}

describe('address scan starts', () => {
  it('finds what a scan of every format from the start of the text finds', () => {
    const next = rng(43);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    const chance = (p: number): boolean => next() < p;
    const span = (m: RegExpExecArray) => whole(m, 0.7);
    let found = 0;
    let late = 0;
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      for (let i = 1 + Math.floor(next() * 5); i > 0; i--) {
        for (let j = Math.floor(next() * 6); j > 0; j--) text += pick(noise);
        if (chance(0.6)) text += address(pick, chance);
      }
      const expected = ADDRESS_FORMATS.flatMap((re) => scan(re, text, span));
      found += expected.length;
      // Matches that start well into the text, where the scan no longer starts at 0.
      if (expected.some((c) => c.start > 40)) late++;
      expect(streetAddressRecognizer.find(text), JSON.stringify(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(10_000);
    expect(late).toBeGreaterThan(3_000);
  });
});

describe('Chinese address starts', () => {
  it('finds what a global scan of the Chinese format finds, trying it only before each 号', () => {
    const next = rng(83);
    const parts = ['北京', '上海', '广东', '省', '市', '朝阳', '浦东新', '区', '县', '建国', '世纪', '中山东一', '路', '街', '道', '巷', '大道', '88', '100', '123456', '号', '5', '楼', '室', '层', '的', ' ', 'x', '\n', '号号'];
    const chinese = ADDRESS_FORMATS[4] as RegExp;
    const span = (m: RegExpExecArray) => whole(m, 0.7);
    let found = 0;
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      for (let i = 2 + Math.floor(next() * 25); i > 0; i--) text += parts[Math.floor(next() * parts.length)];
      // Now and then a whole address, its parts at their longest or shortest.
      const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)] as string;
      if (next() < 0.5) text += `${pick(['', '广东省', '新疆维吾省'])}${pick(['深圳', '乌鲁木齐', '龙华'])}市${pick(['', '南山科技园区', '龙岗区'])}${pick(['科技园南八', '深南大', '科技园南八科技园'])}${pick(['大道', '路'])}${pick(['12345', '9'])}号${pick(['', '1201室'])}`;
      const expected = scan(chinese, text, span);
      found += expected.length;
      expect(streetAddressRecognizer.find(text), JSON.stringify(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(10_000);
  });
});
