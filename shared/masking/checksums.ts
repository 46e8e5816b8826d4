// Check-digit algorithms that turn "looks like a number" into "is a valid identifier".
// Validation is what keeps order numbers, versions and hashes from being masked as PII.
import { digitsOnly, isDigit, isRepeatedDigit, isUpper } from './scan';

/** Luhn (mod 10), used by payment cards. Other characters than ASCII digits are skipped. */
export function luhnValid(input: string): boolean {
  // Over the digits of the input from the right, without collecting them first.
  let digits = 0;
  let sum = 0;
  let double = false;
  for (let i = input.length - 1; i >= 0; i--) {
    let n = input.charCodeAt(i) - 48;
    if (n < 0 || n > 9) continue;
    digits++;
    if (double) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
    double = !double;
  }
  return digits >= 2 && sum % 10 === 0;
}

/** IBAN lengths by country (ISO 13616 registry). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21,
  CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27,
  GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26,
  IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24,
  ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29,
  RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24,
  TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

/** IBAN: known country, exact length, mod-97 == 1. Spaces are ignored. */
export function ibanValid(input: string): boolean {
  // Capitals, digits and plain spaces (every match of the IBAN pattern): checked in place, no strings built.
  let compact = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 32) continue;
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return ibanValidAny(input);
    compact++;
  }
  const s = compact === input.length ? input : input.replace(/ /g, '');
  if (!isUpper(s.charCodeAt(0)) || !isUpper(s.charCodeAt(1)) || !isDigit(s.charCodeAt(2)) || !isDigit(s.charCodeAt(3)) || s.length < 5) return false;
  if (IBAN_LENGTHS[s.slice(0, 2)] !== s.length) return false;
  // ibanMod97(s.slice(4) + s.slice(0, 4)) without the concatenation.
  let rem = 0;
  for (let k = 4; k < s.length + 4; k++) {
    const code = s.charCodeAt(k < s.length ? k : k - s.length);
    rem = code <= 57 ? (rem * 10 + (code - 48)) % 97 : (rem * 100 + (code - 55)) % 97;
  }
  return rem === 1;
}

/** ibanValid for any input: whitespace and dashes dropped, lower case raised. */
function ibanValidAny(input: string): boolean {
  const s = input.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  if (IBAN_LENGTHS[s.slice(0, 2)] !== s.length) return false;
  return ibanMod97(s.slice(4) + s.slice(0, 4)) === 1;
}

/** ISO 7064 MOD 97-10 over digits and letters (A=10 … Z=35), as IBAN check digits use it. */
export function ibanMod97(rearranged: string): number {
  // Digits and capitals (every IBAN the recognizer checks): a letter's two decimal digits at once, no strings.
  let rem = 0;
  let i = 0;
  for (; i < rearranged.length; i++) {
    const code = rearranged.charCodeAt(i);
    if (code >= 48 && code <= 57) rem = (rem * 10 + (code - 48)) % 97;
    else if (code >= 65 && code <= 90) rem = (rem * 100 + (code - 55)) % 97;
    else break;
  }
  if (i === rearranged.length) return rem;
  return ibanMod97Chars(rearranged);
}

/** ibanMod97 for any string: each character's value (code - 55 from "A" on) written in decimal (the plain form; a test holds the fast path to it). */
export function ibanMod97Chars(rearranged: string): number {
  let rem = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const val = code >= 65 ? String(code - 55) : ch;
    for (const c of val) rem = (rem * 10 + (c.charCodeAt(0) - 48)) % 97;
  }
  return rem;
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Verhoeff dihedral check, used by Aadhaar. */
export function verhoeffValid(input: string): boolean {
  const d = digitsOnly(input);
  if (d.length < 2) return false;
  let c = 0;
  for (let i = 0; i < d.length; i++) {
    const n = d.charCodeAt(d.length - 1 - i) - 48;
    c = (VERHOEFF_D[c] as number[])[(VERHOEFF_P[i % 8] as number[])[n] as number] as number;
  }
  return c === 0;
}

/** Aadhaar: 12 digits, first digit 2-9, Verhoeff. */
export function aadhaarValid(input: string): boolean {
  const d = digitsOnly(input);
  return d.length === 12 && d[0] !== '0' && d[0] !== '1' && verhoeffValid(d);
}

const CN_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CN_CHECK = '10X98765432';

/** Chinese resident identity number: 18 chars, plausible birth date, ISO 7064 MOD 11-2 check. */
export function cnResidentIdValid(input: string): boolean {
  const s = input.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  const month = Number(s.slice(10, 12));
  const day = Number(s.slice(12, 14));
  const year = Number(s.slice(6, 10));
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (s.charCodeAt(i) - 48) * (CN_WEIGHTS[i] as number);
  return CN_CHECK[sum % 11] === s[17];
}

// Per-digit counts for deTaxIdValid (reused: one call at a time).
const DIGIT_COUNTS = new Uint8Array(10);

/** German tax identification number (Steuer-IdNr): 11 digits, digit-repetition rule, ISO 7064 MOD 11,10. */
export function deTaxIdValid(input: string): boolean {
  const d = digitsOnly(input);
  if (d.length !== 11 || d[0] === '0') return false;
  // Exactly one digit of the first ten occurs more than once, and at most three times.
  const counts = DIGIT_COUNTS.fill(0);
  for (let i = 0; i < 10; i++) counts[d.charCodeAt(i) - 48]++;
  let repeated = 0;
  for (let v = 0; v < 10; v++) {
    const n = counts[v] as number;
    if (n > 1) {
      if (++repeated > 1 || n > 3) return false;
    }
  }
  return repeated === 1 && mod11x10CheckValid(d);
}

/** ISO 7064 MOD 11,10 over 11 ASCII digits: the last is the check digit of the first ten. */
export function mod11x10CheckValid(d: string): boolean {
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (d.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  return check === d.charCodeAt(10) - 48;
}

/** French NIR (numéro de sécurité sociale): 13 chars + 2-digit key = 97 - (number mod 97). */
export function frNirValid(input: string): boolean {
  const s = input.replace(/[\s.-]/g, '').toUpperCase();
  if (!/^[1278]\d{2}(0[1-9]|1[0-2]|[2-4]\d|[5-9]\d)(\d{2}|2A|2B)\d{6}\d{2}$/.test(s)) return false;
  const body = s.slice(0, 13).replace('2A', '19').replace('2B', '18');
  const key = Number(s.slice(13));
  // body is 13 digits: its remainder digit by digit (BigInt(body) % 97n without a BigInt).
  let rem = 0;
  for (let i = 0; i < 13; i++) rem = (rem * 10 + (body.charCodeAt(i) - 48)) % 97;
  return 97 - rem === key;
}

/** US SSN structural rules: area not 000/666/9xx, group not 00, serial not 0000, no well-known samples. */
export function usSsnValid(input: string): boolean {
  const d = digitsOnly(input);
  if (d.length !== 9) return false;
  const area = d.slice(0, 3);
  const group = d.slice(3, 5);
  const serial = d.slice(5);
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (group === '00' || serial === '0000') return false;
  if (d === '123456789' || d === '078051120' || d === '219099999') return false;
  if (isRepeatedDigit(d)) return false;
  return true;
}

/** UK National Insurance number: two prefix letters with exclusions, six digits, suffix A-D. */
export function ukNinoValid(input: string): boolean {
  const s = input.replace(/\s/g, '').toUpperCase();
  const m = /^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])$/.exec(s);
  if (!m) return false;
  const prefix = `${m[1]}${m[2]}`;
  return !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(prefix);
}

// Counts and first-occurrence order of the characters of an ASCII string (reused: one call at a time).
const ASCII_COUNTS = new Uint32Array(128);
const ASCII_ORDER = new Uint8Array(128);

/** Shannon entropy in bits per character; separates random secrets from words like "password123". */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  // ASCII strings (nearly all values): counted in a typed array, summed in the order the Map below would
  // visit (first occurrence), so the result is the same to the last bit.
  let distinct = 0;
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) {
      ascii = false;
      break;
    }
    if ((ASCII_COUNTS[c] as number) === 0) ASCII_ORDER[distinct++] = c;
    ASCII_COUNTS[c] = (ASCII_COUNTS[c] as number) + 1;
  }
  if (ascii) {
    let h = 0;
    for (let k = 0; k < distinct; k++) {
      const c = ASCII_ORDER[k] as number;
      const p = (ASCII_COUNTS[c] as number) / s.length;
      ASCII_COUNTS[c] = 0;
      h -= p * Math.log2(p);
    }
    return h;
  }
  ASCII_COUNTS.fill(0);
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}
