// Phone numbers: digit runs with the separators people write in them, trimmed and validated against
// libphonenumber-js metadata (phone-validity.ts). Re-exported by contact.ts, where the registry finds it.
import type { CountryCode } from 'libphonenumber-js/core';
import { digitsOnly, isDigit } from '../scan';
import { TextFacts } from '../text-facts';
import type { Candidate, Recognizer } from '../types';
import { isDateShape, isDecimalOrIpv4, isZipPlus4, startsWithDate } from './phone-shapes';
import { isValidPhoneDigits } from './phone-validity';

// A run of digits with the separators people use in phone numbers; validation decides.
// It never ends right before ":12" (a time) or ".5"/"-5" (more of a longer number).
export const PHONE_RE = /(?<![\w+./-])(?:\+|00)?(?:\(\d{1,5}\)[ .-]?|\d)[\d ()./-]{4,24}\d(?![\w]|[.:-]\d)/g;

// The plans worth trying per digit string shape (read-only lists, shared by every call). A number with a trunk
// 0 is tried in the same six plans whatever its length (any that validates gives the same score), first in
// the one where numbers of that length are most common, so most validate at the first try: French numbers
// have ten digits, British and Chinese ones mostly eleven, German ones any length.
const ZERO_10: readonly CountryCode[] = ['FR', 'DE', 'GB', 'ES', 'CN', 'IN'];
const ZERO_11: readonly CountryCode[] = ['GB', 'CN', 'DE', 'FR', 'ES', 'IN'];
const ZERO_OTHER: readonly CountryCode[] = ['DE', 'GB', 'FR', 'ES', 'CN', 'IN'];
/** The three orders of the trunk-0 plans (a test checks they hold the same plans). */
export const TRUNK_ZERO_ORDERS = [ZERO_10, ZERO_11, ZERO_OTHER] as const;
const US_IN: readonly CountryCode[] = ['US', 'IN'];
const US: readonly CountryCode[] = ['US'];
const IN: readonly CountryCode[] = ['IN'];
const CN_US: readonly CountryCode[] = ['CN', 'US'];
const ES: readonly CountryCode[] = ['ES'];
const NONE: readonly CountryCode[] = [];

/**
 * National numbering plans worth trying for a digit string (a pre-filter: each try is a parse and validation),
 * from its length and its first and fourth digits, so that a number with none is ruled out before its digit
 * string is put together.
 */
function regionsFor(length: number, first: number, fourth: number): readonly CountryCode[] {
  if (first === 0) return length === 10 ? ZERO_10 : length === 11 ? ZERO_11 : ZERO_OTHER;
  if (length === 10) {
    // The area code and exchange start 2-9 (NANP).
    const us = first > 1 && fourth > 1;
    const india = first >= 6;
    return us ? (india ? US_IN : US) : india ? IN : NONE;
  }
  if (length === 11) return first === 1 ? CN_US : NONE;
  if (length === 9 && first >= 6) return ES;
  return NONE;
}

/**
 * Scores one phone-shaped string with `digitCount` ASCII digits, the first and fourth of them given, or returns 0 when it is not a valid number anywhere
 * we look. The digit count and the numbering plans to try come first (from the first and fourth digits): most
 * numbers that fail, fail there. Every check after them only rules out, so their order changes no answer. One
 * pass counts what the shape checks need, so most of their patterns never run, and the digit string is only
 * put together for a number that reaches validation.
 */
export function phoneScore(raw: string, digitCount: number, firstDigit: number, fourthDigit: number): number {
  if (digitCount < 7 || digitCount > 15) return 0;
  // A number written with "+" or "00" is read as international; any other needs a numbering plan to try.
  const international = raw.charCodeAt(0) === 43 || (raw.charCodeAt(0) === 48 && raw.charCodeAt(1) === 48);
  let regions = NONE;
  if (!international) {
    regions = regionsFor(digitCount, firstDigit, fourthDigit);
    if (regions.length === 0) return 0;
  }
  let count = 0;
  // The first three digits as a number, the ISBN-13 weighted sum, whether every digit equals the first.
  let head = 0;
  let isbnSum = 0;
  let first = -1;
  let allSame = true;
  let dots = 0;
  let dateSeparators = 0;
  let others = 0;
  // Digits standing alone between non-digits (runs of one): "1 2 3 4 5 6 7" is a list of numbers, not a phone number.
  let lone = 0;
  let run = 0;
  let formatted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isDigit(c)) {
      const d = c - 48;
      if (count < 3) head = head * 10 + d;
      isbnSum += count % 2 ? 3 * d : d;
      if (first < 0) first = d;
      else if (d !== first) allSame = false;
      count++;
      run++;
      continue;
    }
    if (run === 1) lone++;
    run = 0;
    if (c === 46) dots++;
    if (c === 45 || c === 46 || c === 47) dateSeparators++;
    else others++;
    if (c === 32 || c === 40 || c === 41 || c === 46 || c === 45) formatted = true;
  }
  if (run === 1) lone++;
  // Dates, decimals, IPv4 addresses and ZIP+4 codes have exact shapes; test them only when the counts allow.
  const onlyDateSeparators = others === 0;
  if (onlyDateSeparators && dateSeparators === 2 && isDateShape(raw)) return 0;
  if (dateSeparators > 0 && startsWithDate(raw)) return 0;
  if (onlyDateSeparators && dots === dateSeparators && (dots === 1 || dots === 3) && isDecimalOrIpv4(raw)) return 0;
  if (isZipPlus4(raw)) return 0;
  // An ISBN-13 (978/979 and its check digit) or one digit repeated.
  if (digitCount === 13 && (head === 978 || head === 979) && isbnSum % 10 === 0) return 0;
  if (allSame) return 0;
  if (lone >= 3) return 0;
  // raw holds only digits and " ()./-" after an optional leading "+", so its digits stand for it in the
  // validator (isValidPhoneDigits), reduced here once rather than once per region tried.
  if (raw.charCodeAt(0) === 43) return isValidPhoneDigits(`+${digitsOnly(raw)}`) ? 0.9 : 0;
  // "00 44 ...": the library reads "+" + what follows the "00".
  if (raw.charCodeAt(0) === 48 && raw.charCodeAt(1) === 48) return isValidPhoneDigits(`+${digitsOnly(raw).slice(2)}`) ? 0.9 : 0;
  const digits = digitsOnly(raw);
  for (const region of regions) {
    if (isValidPhoneDigits(digits, region)) return formatted ? 0.6 : 0.35;
  }
  return 0;
}

// Where a trailing group is cut off: " " and "/" end a number; " ()./-" may stand between its groups.
const isSpaceOrSlash = (c: number): boolean => c === 32 || c === 47;
const isPhoneSeparator = (c: number): boolean => c === 32 || c === 40 || c === 41 || c === 46 || c === 47 || c === 45;

/** How many ASCII digits s holds from `from` to `to`. */
function digitsIn(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isDigit(s.charCodeAt(i))) n++;
  return n;
}

/**
 * The phone candidate of a PHONE_RE match (its text and where it starts), or null. Trims trailing groups until the
 * remainder validates ("030 1234567 / 24h" -> "030 1234567"); after a hit the scan resumes right behind it, so
 * a second number in the run is found too, and after a miss behind the match. The trimmed number is the match up
 * to `len`, sliced only when phoneScore can take it: a digit count no numbering plan fits (a card or an SSN
 * trimmed group by group) is ruled out as phoneScore would, from the count and the first and fourth digits.
 */
export function phoneCandidate(match: string, start: number): Candidate | null {
  let len = match.length;
  // Its digits, and the first and fourth of them (which trimming never removes from a number that is tried).
  let digits = 0;
  let first = -1;
  let fourth = -1;
  for (let i = 0; i < len; i++) {
    const c = match.charCodeAt(i);
    if (!isDigit(c)) continue;
    if (digits === 0) first = c - 48;
    else if (digits === 3) fourth = c - 48;
    digits++;
  }
  // Over 15 digits: drop the last run of spaces and slashes and what follows it (raw.replace(/[ /]+[^ /]*$/, '')),
  // while there is one.
  while (digits > 15) {
    let cut = len - 1;
    while (cut >= 0 && !isSpaceOrSlash(match.charCodeAt(cut))) cut--;
    if (cut < 0) break;
    while (cut > 0 && isSpaceOrSlash(match.charCodeAt(cut - 1))) cut--;
    digits -= digitsIn(match, cut, len);
    len = cut;
  }
  // Written with "+" or "00": no numbering plan needed (see phoneScore).
  const international = match.charCodeAt(0) === 43 || (match.charCodeAt(0) === 48 && match.charCodeAt(1) === 48);
  for (let tries = 0; tries < 3 && digits >= 7; tries++) {
    if (digits <= 15 && (international || regionsFor(digits, first, fourth) !== NONE)) {
      const score = phoneScore(len === match.length ? match : match.slice(0, len), digits, first, fourth);
      if (score > 0) return { start, end: start + len, score };
    }
    // Only a space or slash separates a number from what follows; dots and dashes are inside numbers:
    // cut at the last one (Math.max(raw.lastIndexOf(' '), raw.lastIndexOf('/'))), unless it is the first character.
    let cut = len - 1;
    while (cut > 0 && !isSpaceOrSlash(match.charCodeAt(cut))) cut--;
    if (cut <= 0) break;
    let cutEnd = cut;
    while (cutEnd > 0 && isPhoneSeparator(match.charCodeAt(cutEnd - 1))) cutEnd--;
    digits -= digitsIn(match, cutEnd, len);
    len = cutEnd;
  }
  return null;
}

function findPhones(text: string, facts = new TextFacts(text)): Candidate[] {
  const out: Candidate[] = [];
  // Every candidate has seven digits with only phone punctuation " ()./-" between them.
  if (!facts.hasPhoneRun(7)) return out;
  // A global scan: trying PHONE_RE (sticky) only in the stretches of "+()./- " and digits that hold seven digits
  // measured slower (found by a walk of the text: pass +1.5%) or no faster (positions from the TextFacts pass).
  // Inside the pipeline most of the phone cost is per match (taking a match's candidate out: -1.1 ms of a pass,
  // the scan and its matches: -0.45 ms), validation (isValidPhoneDigits) ~0.6 ms of it, 8x its hot cost. The
  // first digit, "+" or "(" written before the lookbehind (as CARD_AT is) scans no faster.
  PHONE_RE.lastIndex = 0;
  for (let m = PHONE_RE.exec(text); m !== null; m = PHONE_RE.exec(text)) {
    const c = phoneCandidate(m[0], m.index);
    if (c === null) continue;
    out.push(c);
    PHONE_RE.lastIndex = c.end;
  }
  return out;
}

export const phoneRecognizer: Recognizer = {
  id: 'phone',
  type: 'PHONE',
  context: ['phone', 'tel', 'tel.', 'mobile', 'cell', 'call', 'fax', 'whatsapp', 'reach', 'call back', 'rappeler', 'appeler', 'joindre', 'zurückrufen', 'erreichbar', 'llámame', 'llamar al', 'number', 'text me', 'sms', 'nummer', 'numéro', 'número', 'appelez', 'llamar', 'anrufen', 'telefon', 'handy', 'rufnummer', 'téléphone', 'portable', 'teléfono', 'móvil', 'celular', '电话', '手机', '联系方式'],
  negativeContext: ['order', 'invoice', 'isbn', 'tracking', 'ticket', 'build', 'version', 'serial', 'ref', 'rechnung', 'bestellung', 'auftrag', 'factura', 'facture', 'zip', 'postal', 'plz', 'postcode', 'code postal', 'bestell', 'commande', 'pedido', '订单'],
  find: findPhones,
};
