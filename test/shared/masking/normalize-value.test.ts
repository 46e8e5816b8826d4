// normalizeValue decides when two findings are the same value (one placeholder). Its hand-written
// fast paths must agree with the plain regex definitions they replace, for every character.
import { describe, expect, it } from 'vitest';
import { normalizeValue } from '../../../shared/masking';
import { sameValue } from '../../../shared/masking/mapping';
import type { EntityType } from '../../../shared/masking/types';
import { drawText, rng } from './seeded-random';

const byRegex = {
  PERSON: (v: string): string => v.trim().toLowerCase().replace(/\s+/g, ' '),
  PHONE: (v: string): string => v.replace(/[^\d+]/g, '').replace(/^00/, '+'),
  CREDIT_CARD: (v: string): string => v.replace(/[\s.:-]/g, '').toUpperCase(),
};

describe('normalizeValue', () => {
  it('treats every BMP character as /\\s/ does when collapsing whitespace', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const v of [`Ada${ch}Park`, `Ada ${ch}Park`, `Ada${ch} Park`, `a${ch}${ch}b`]) {
        if (normalizeValue('PERSON', v) !== byRegex.PERSON(v)) expect([c, normalizeValue('PERSON', v)]).toEqual([c, byRegex.PERSON(v)]);
      }
    }
  });

  it('drops every character /[\\s.:-]/ matches from numbers, and nothing else', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const v of [`4111${ch}1111`, `${ch}ab`, `de89${ch}${ch}`, ch]) {
        if (normalizeValue('CREDIT_CARD', v) !== byRegex.CREDIT_CARD(v)) expect([c, normalizeValue('CREDIT_CARD', v)]).toEqual([c, byRegex.CREDIT_CARD(v)]);
      }
    }
  });

  it('keeps digits and plus signs of phone numbers, a leading 00 as +', () => {
    const parts = ['0', '00', '+', '1', ' ', '-', '(', ')', '/', '.', '٣', 'x', '+00'];
    let seed = 5;
    const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < 20_000; k++) {
      let v = '';
      for (let i = Math.floor(next() * 12); i > 0; i--) v += parts[Math.floor(next() * parts.length)];
      expect(normalizeValue('PHONE', v), JSON.stringify(v)).toBe(byRegex.PHONE(v));
    }
  });

  it('sameValue(type, a, b) tells exactly when normalizeValue makes a and b equal, for every kind of value', () => {
    // Pieces that normalise alike in many ways (case, spaces of every kind, separators, a leading 00, characters
    // whose case mapping leaves ASCII), so that most pairs drawn are near misses and many are equal.
    const parts = ['a', 'A', 'b', 'B', '0', '00', '1', '+', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '-', '.', ':', '(', 'ß', 'K', '\u212a', 'İ', 'é', 'É', '٣', '@', 'x'];
    const types: EntityType[] = ['EMAIL', 'PERSON', 'CUSTOM', 'URL', 'PHONE', 'CREDIT_CARD', 'IBAN', 'US_SSN', 'MAC_ADDRESS', 'UK_NINO', 'SECRET', 'IP_ADDRESS'];
    const next = rng(11);
    const draw = (): string => drawText(next, parts, Math.floor(next() * 7));
    const equalPairs = new Map<EntityType, number>();
    for (let k = 0; k < 200_000; k++) {
      const type = types[k % types.length] as EntityType;
      const a = draw();
      // Half the time b is a variant of a (so equal pairs are common): a with one piece added or dropped.
      const b = next() < 0.5 ? draw() : next() < 0.5 ? a + (parts[Math.floor(next() * parts.length)] as string) : a.slice(1);
      const expected = normalizeValue(type, a) === normalizeValue(type, b);
      if (sameValue(type, a, b) !== expected) expect([type, a, b, sameValue(type, a, b)]).toEqual([type, a, b, expected]);
      if (expected && a !== b) equalPairs.set(type, (equalPairs.get(type) ?? 0) + 1);
    }
    // Each kind of value must have met pairs that differ as written and are the same value, or the test proves little.
    for (const type of ['EMAIL', 'PHONE', 'CREDIT_CARD'] as const) expect(equalPairs.get(type) ?? 0).toBeGreaterThan(500);
  });
});
