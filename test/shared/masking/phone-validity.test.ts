// The compiled phone validator must answer exactly as libphonenumber-js does (parsePhoneNumberFromString
// + isValid, max metadata): on example numbers of every country, written nationally, with a calling
// code, an IDD prefix or "(0)", mutated or cut, and on random digit runs, in every region.
import { getCountries, getCountryCallingCode, getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { isValidPhoneDigits, isValidPhoneNumber } from '../../../shared/masking/recognizers/phone-validity';
import { Rng } from '../../fixtures/masking/gen/rng';

const SEPARATORS = [' ', '-', '.', '/', '', '', ' ', '(', ')', ') ', ' ('];
const COUNTRIES = getCountries();
const RECOGNIZER_REGIONS: (CountryCode | undefined)[] = [undefined, 'US', 'GB', 'DE', 'FR', 'ES', 'CN', 'IN'];

function phoneLike(rng: Rng): string {
  let d: string;
  const kind = rng.int(0, 4);
  if (kind <= 1) {
    const country = rng.pick(COUNTRIES);
    const example = getExampleNumber(country, examples);
    d = example ? example.nationalNumber : rng.digits(9);
    if (rng.chance(0.3)) d = `0${d}`;
    if (rng.chance(0.4)) d = d.replace(/\d/g, (x) => (rng.chance(0.2) ? String(rng.int(0, 9)) : x));
    if (rng.chance(0.2)) d = d.slice(0, -1) + (rng.chance(0.5) ? '' : rng.digits(2));
    const cc = getCountryCallingCode(country);
    d = rng.pick([`+${cc}`, `00${cc}`, `011${cc}`, cc, '', '', `+${cc}0`, `+${cc} (0)`]) + (rng.chance(0.5) ? ' ' : '') + d;
  } else if (kind === 2) {
    d = rng.pick(['', '+', '0', '00', '1', '+1', '011', '+0']) + rng.digits(rng.int(3, 16));
  } else {
    d = rng.pick(['', '0', '1', '+44', '+49', '+33', '+34', '+86', '+91', '+1', '0044', '0049', '86', '91', '44', '1', '01', '001', '00']) + rng.digits(rng.int(4, 13));
  }
  if (rng.chance(0.4)) return d;
  const plus = d.startsWith('+') ? '+' : '';
  const body = d.slice(plus.length);
  let out = plus;
  for (let i = 0; i < body.length;) {
    const k = rng.int(1, 5);
    out += body.slice(i, i + k);
    i += k;
    if (i < body.length) out += rng.pick(SEPARATORS);
  }
  return out;
}

describe('isValidPhoneNumber', () => {
  it('agrees with libphonenumber-js on 40,000 phone-like strings across regions', () => {
    const rng = new Rng(20261127);
    let valid = 0;
    const disagreements: string[] = [];
    for (let i = 0; i < 40_000; i++) {
      const raw = phoneLike(rng);
      const region = rng.chance(0.3) ? rng.pick(COUNTRIES) : rng.pick(RECOGNIZER_REGIONS);
      const expected = parsePhoneNumberFromString(raw, region)?.isValid() ?? false;
      if (expected) valid++;
      if (isValidPhoneNumber(raw, region) !== expected) disagreements.push(`${JSON.stringify(raw)} in ${region ?? 'no region'}: library says ${expected}`);
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
    // The sample must hold both answers in quantity, or agreement would prove little.
    expect(valid).toBeGreaterThan(4_000);
    expect(valid).toBeLessThan(36_000);
  });

  it('hands input outside the fast alphabet to the library', () => {
    for (const [raw, region] of [['+1 415 555 2671 ext. 12', 'US'], ['(+44) 20 7946 0958', undefined], ['tel:+442079460958', undefined], ['12', 'DE']] as const) {
      expect(isValidPhoneNumber(raw, region)).toBe(parsePhoneNumberFromString(raw, region)?.isValid() ?? false);
    }
  });

  it('knows valid and invalid numbers of the recognizer regions', () => {
    expect(isValidPhoneNumber('+44 20 7946 0958')).toBe(true);
    expect(isValidPhoneNumber('(415) 555-2671', 'US')).toBe(true);
    expect(isValidPhoneNumber('030 90182000', 'DE')).toBe(true);
    expect(isValidPhoneNumber('010-52390352', 'CN')).toBe(true);
    expect(isValidPhoneNumber('010-52390352', 'GB')).toBe(false);
    expect(isValidPhoneNumber('+1 000 000 0000')).toBe(false);
  });

  it('agrees with the library on numbers of calling codes shared by several countries (the country gates)', () => {
    // "1" (US, Canada and 23 Caribbean plans), "44", "7", "262", "590", ...: every country of a shared code, its
    // example number and near misses, written nationally in each of its countries and internationally.
    const byCode = new Map<string, CountryCode[]>();
    for (const c of COUNTRIES) byCode.set(getCountryCallingCode(c), [...(byCode.get(getCountryCallingCode(c)) ?? []), c]);
    const rng = new Rng(7);
    const disagreements: string[] = [];
    let checked = 0;
    let valid = 0;
    for (const [cc, countries] of byCode) {
      if (countries.length < 2) continue;
      for (const country of countries) {
        const example = getExampleNumber(country, examples)?.nationalNumber ?? rng.digits(10);
        const variants = [example, `0${example}`, `${cc}${example}`, example.slice(0, -1), `${example}${rng.digits(1)}`];
        for (let k = 0; k < 12; k++) variants.push(example.replace(/\d/g, (x) => (rng.chance(0.25) ? String(rng.int(0, 9)) : x)));
        for (const v of variants) {
          for (const [raw, region] of [[`+${cc}${v}`, undefined], ...countries.map((r) => [v, r] as const)] as const) {
            const expected = parsePhoneNumberFromString(raw, region)?.isValid() ?? false;
            checked++;
            if (expected) valid++;
            if (isValidPhoneNumber(raw, region) !== expected) disagreements.push(`${raw} in ${region ?? 'no region'}: library says ${expected}`);
          }
        }
      }
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
    expect(checked).toBeGreaterThan(5_000);
    expect(valid).toBeGreaterThan(checked / 5);
    expect(valid).toBeLessThan(checked * 0.8);
  });

  it('answers for a number reduced to "+" and digits what it answers for the written number', () => {
    const rng = new Rng(99);
    for (let i = 0; i < 20_000; i++) {
      const raw = phoneLike(rng);
      if (!/^\+?[0-9 ()./-]*$/.test(raw) || raw.replace(/\D/g, '').length < 3) continue;
      const region = rng.pick(RECOGNIZER_REGIONS);
      const reduced = (raw.startsWith('+') ? '+' : '') + raw.replace(/\D/g, '');
      expect(isValidPhoneDigits(reduced, region), `${raw} in ${region ?? 'no region'}`).toBe(isValidPhoneNumber(raw, region));
    }
  });
});
