// The address recognizer's gates are written for speed: the German street gate from the digit back, the French
// one from the street word back, and the first gates of the four digit-bearing formats joined into one scan that
// says which of them match. Each must accept exactly the texts the plain forms accept, or an address would go unmasked.
import { describe, expect, it } from 'vitest';
import { ADDRESS_FORMAT_GATES, digitFormatsIn } from '../../../shared/masking/recognizers/address';
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
