// Luhn, MOD 97-10, the German tax id repetition rule, the French NIR key and the SSN sample rule are written
// without helper strings, maps or BigInt for speed. Each must answer as the plain version it replaced (kept
// here as the reference) on seeded random inputs shaped like what the recognizers hand them, and beyond.
import { describe, expect, it } from 'vitest';
import { IBAN_LENGTHS, deTaxIdValid, frNirValid, ibanMod97, ibanMod97Chars, ibanValid, luhnValid, mod11x10CheckValid, usSsnValid } from '../../../shared/masking/checksums';
import { digitsOnly } from '../../../shared/masking/scan';
import { drawText, rng } from './seeded-random';

function plainLuhn(input: string): boolean {
  const d = digitsOnly(input);
  if (d.length < 2) return false;
  let sum = 0;
  let double = false;
  for (let i = d.length - 1; i >= 0; i--) {
    let n = d.charCodeAt(i) - 48;
    if (double) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
    double = !double;
  }
  return sum % 10 === 0;
}

function plainIbanValid(input: string): boolean {
  const s = input.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  if (IBAN_LENGTHS[s.slice(0, 2)] !== s.length) return false;
  return ibanMod97Chars(s.slice(4) + s.slice(0, 4)) === 1;
}

function plainRepetitionRule(d: string): boolean {
  const counts = new Map<string, number>();
  for (const ch of d.slice(0, 10)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const repeated = [...counts.values()].filter((n) => n > 1);
  return repeated.length === 1 && (repeated[0] as number) <= 3;
}

function plainNirKey(s: string): boolean {
  const body = s.slice(0, 13).replace('2A', '19').replace('2B', '18');
  return 97 - Number(BigInt(body) % 97n) === Number(s.slice(13));
}

describe('rewritten check digits', () => {
  it('Luhn skips every character but ASCII digits, as digitsOnly did', () => {
    const next = rng(1);
    let valid = 0;
    for (let k = 0; k < 30_000; k++) {
      const s = drawText(next, k % 3 === 0 ? '0123456789 -x٣' : '0123456789', Math.floor(next() * 22));
      if (plainLuhn(s)) valid++;
      expect(luhnValid(s), JSON.stringify(s)).toBe(plainLuhn(s));
    }
    expect(valid).toBeGreaterThan(2_000);
  });

  it('MOD 97-10 over digits, capitals and anything else', () => {
    const next = rng(2);
    for (let k = 0; k < 30_000; k++) {
      const s = drawText(next, k % 4 === 0 ? '0123456789ABCXYZaz-é' : '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', Math.floor(next() * 34));
      expect(ibanMod97(s), s).toBe(ibanMod97Chars(s));
    }
  });

  it('IBAN: country, length and MOD 97-10 as the string-building version answered, spaces or not', () => {
    const next = rng(5);
    const countries = Object.keys(IBAN_LENGTHS);
    let valid = 0;
    for (let k = 0; k < 30_000; k++) {
      const country = next() < 0.9 ? (countries[Math.floor(next() * countries.length)] as string) : drawText(next, 'ABXZ', 2);
      const length = (IBAN_LENGTHS[country] ?? 20) + (next() < 0.85 ? 0 : Math.floor(next() * 3) - 1);
      const bban = drawText(next, '0123456789012345ABCDXYZ', Math.max(1, length - 4));
      // Right check digits most of the time, then written in groups of four, lower case, with dashes or tabs.
      const check = next() < 0.7 ? String(98 - ibanMod97Chars(`${bban}${country}00`)).padStart(2, '0') : drawText(next, '0123456789', 2);
      let iban = `${country}${check}${bban}`;
      const style = Math.floor(next() * 5);
      if (style === 1) iban = iban.replace(/(.{4})/g, '$1 ').trim();
      else if (style === 2) iban = iban.toLowerCase();
      else if (style === 3) iban = iban.replace(/(.{4})/g, '$1-');
      else if (style === 4) iban = iban.replace(/(.{4})/g, next() < 0.5 ? '$1\t' : '$1 ');
      if (plainIbanValid(iban)) valid++;
      expect(ibanValid(iban), JSON.stringify(iban)).toBe(plainIbanValid(iban));
    }
    expect(valid).toBeGreaterThan(5_000);
    expect(valid).toBeLessThan(28_000);
  });

  it('German tax id: the repetition rule as counted with a map', () => {
    const next = rng(3);
    let valid = 0;
    for (let k = 0; k < 30_000; k++) {
      // Half random, half nine or eight distinct digits with one of them repeated (as real ids are), shuffled.
      let d = drawText(next, '0123456789', 11);
      if (next() < 0.5) {
        const digits = [...'0123456789'].sort(() => next() - 0.5).slice(0, next() < 0.5 ? 9 : 8);
        while (digits.length < 10) digits.push(digits[Math.floor(next() * digits.length)] as string);
        d = digits.sort(() => next() - 0.5).join('') + drawText(next, '0123456789', 1);
      }
      const expected = d[0] !== '0' && plainRepetitionRule(d) && mod11x10CheckValid(d);
      if (expected) valid++;
      expect(deTaxIdValid(d), d).toBe(expected);
    }
    expect(valid).toBeGreaterThan(200);
  });

  it('French NIR: the key as BigInt computed it, Corsica included', () => {
    const next = rng(4);
    let valid = 0;
    for (let k = 0; k < 30_000; k++) {
      const dept = next() < 0.3 ? (next() < 0.5 ? '2A' : '2B') : drawText(next, '0123456789', 2);
      let s = `${'1278'[Math.floor(next() * 4)]}${drawText(next, '0123456789', 2)}${String(1 + Math.floor(next() * 12)).padStart(2, '0')}${dept}${drawText(next, '0123456789', 6)}`;
      // Half with the right key, half with any.
      const body = s.replace('2A', '19').replace('2B', '18');
      s += next() < 0.5 ? String(97 - Number(BigInt(body) % 97n)).padStart(2, '0') : drawText(next, '0123456789', 2);
      if (plainNirKey(s)) valid++;
      expect(frNirValid(s), s).toBe(plainNirKey(s));
    }
    expect(valid).toBeGreaterThan(10_000);
  });

  it('US SSN: nine equal digits are a sample, whatever the digit; one digit off is not', () => {
    for (let d = 1; d <= 8; d++) {
      expect(usSsnValid(String(d).repeat(9))).toBe(false);
      expect(usSsnValid(`${String(d).repeat(8)}${(d % 8) + 1}`)).toBe(d !== 6);
    }
  });
});
