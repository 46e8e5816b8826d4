// Phone number validity: parsePhoneNumberFromString(text, region)?.isValid() from libphonenumber-js
// (max metadata), ported step by step for the strings the phone recognizer produces (digits, spaces,
// "()./-" and a leading "+"), with every metadata pattern compiled once. The library compiles a new
// RegExp from each pattern string on every test and allocates option and Metadata objects per call,
// about 10-30 µs a number; this answers the same question in about a microsecond.
// Other input goes to the library. test/shared/masking/phone-validity.test.ts checks both agree.
import { Metadata, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/max/metadata';

/** The parts of the library's numbering plan object read here (its .d.ts does not declare them). */
interface PlanView {
  callingCode(): string;
  IDDPrefix(): string | undefined;
  nationalNumberPattern(): string;
  possibleLengths(): number[] | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  leadingDigits(): string | undefined;
  hasTypes(): boolean;
  type(t: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}
interface MetadataView {
  numberingPlan?: PlanView;
  selectNumberingPlan(countryOrCallingCode: string): unknown;
  hasCallingCode(callingCode: string): boolean;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
}

interface TypeRule {
  source: string;
  lengths: number[] | undefined;
}
interface Plan {
  callingCode: string;
  general: RegExp;
  /** The national number pattern and leading digits as written in the metadata (for the calling code gate). */
  generalSource: string;
  leadingSource: string | undefined;
  lengths: number[] | undefined;
  /** The international dialling prefix, anchored and sticky: a test leaves the end of the prefix in lastIndex. */
  idd: RegExp;
  prefixForParsing: RegExp | null;
  /** prefixForParsing, sticky: without a transform rule only its length is read (no match array). */
  prefixLength: RegExp | null;
  transformRule: string | undefined;
  leadingDigits: RegExp | null;
  hasTypes: boolean;
  /** Every number type with a pattern (fixed line, mobile, toll free, ...): a match of any makes a number valid. */
  types: TypeRule[];
  /**
   * Per national number length: one pattern, the types that allow that length as alternatives (null: none
   * does), built on first use. One regex call instead of one per type, the same answer (metadata patterns
   * have no backreferences, so joining them changes nothing).
   */
  typesByLength: (RegExp | null | undefined)[];
}

const TYPES = ['FIXED_LINE', 'MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];
const MIN_LENGTH_FOR_NSN = 2;
const MAX_LENGTH_FOR_NSN = 17;
const MAX_LENGTH_COUNTRY_CODE = 3;

const meta = new Metadata(metadataJson) as unknown as MetadataView;
const entire = (pattern: string): RegExp => new RegExp(`^(?:${pattern})$`);
const plans = new Map<string, Plan>();

/** The compiled numbering plan of a country ("DE") or of the main country of a calling code ("49"). */
function planOf(key: string): Plan {
  let plan = plans.get(key);
  if (!plan) {
    meta.selectNumberingPlan(key);
    const p = meta.numberingPlan as PlanView;
    const types: TypeRule[] = [];
    for (const t of TYPES) {
      const def = p.type(t);
      if (def && def.pattern()) types.push({ source: def.pattern(), lengths: def.possibleLengths() });
    }
    const npfp = p.nationalPrefixForParsing();
    const leading = p.leadingDigits();
    plan = {
      callingCode: p.callingCode(),
      general: entire(p.nationalNumberPattern()),
      generalSource: p.nationalNumberPattern(),
      leadingSource: leading,
      lengths: p.possibleLengths(),
      // new RegExp(undefined) is the empty pattern, as in the library. Anchored: the library takes the first
      // match anywhere and uses it only at index 0, which is the match an anchored pattern finds there.
      idd: new RegExp(`^(?:${p.IDDPrefix() ?? '(?:)'})`, 'y'),
      prefixForParsing: npfp ? new RegExp(`^(?:${npfp})`) : null,
      prefixLength: npfp ? new RegExp(`^(?:${npfp})`, 'y') : null,
      transformRule: p.nationalPrefixTransformRule(),
      leadingDigits: leading ? new RegExp(leading) : null,
      hasTypes: p.hasTypes(),
      types,
      typesByLength: [],
    };
    plans.set(key, plan);
  }
  return plan;
}

/** getNumberType(...) !== undefined. */
function hasType(plan: Plan, nationalNumber: string): boolean {
  const n = nationalNumber.length;
  let types = plan.typesByLength[n];
  if (types === undefined) {
    const sources = plan.types.filter((t) => !t.lengths || t.lengths.includes(n)).map((t) => `(?:${t.source})`);
    types = sources.length === 0 ? null : entire(sources.join('|'));
    plan.typesByLength[n] = types;
  }
  return types !== null && plan.general.test(nationalNumber) && types.test(nationalNumber);
}

/** checkNumberLength: 'IS_POSSIBLE' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_LENGTH'. */
function numberLength(nationalNumber: string, plan: Plan): string {
  const lengths = plan.lengths;
  if (!lengths) return 'IS_POSSIBLE';
  const n = nationalNumber.length;
  const min = lengths[0] as number;
  if (min === n) return 'IS_POSSIBLE';
  if (min > n) return 'TOO_SHORT';
  if ((lengths[lengths.length - 1] as number) < n) return 'TOO_LONG';
  return lengths.indexOf(n, 1) >= 0 ? 'IS_POSSIBLE' : 'INVALID_LENGTH';
}

interface CallingCodeEntry {
  countries: string[] | undefined;
  /** planOf each of the countries. */
  plans: Plan[];
  /**
   * For a calling code shared by several countries, per position i in its country list: a pattern every
   * national number matches for which the country loop below can return one of countries[i..] (the leading
   * digits of a country that has them match at the start, or the whole number matches the national number
   * pattern of one without, which its types require). Most numbers fail it and skip the rest of the loop:
   * for "1" that is 23 regex calls, 2 µs a number.
   */
  gates: RegExp[];
}
// The countries of each calling code, asked of the metadata once (the library looks them up on every call).
const byCallingCode = new Map<string, CallingCodeEntry>();

function callingCodeEntry(callingCode: string): CallingCodeEntry {
  let entry = byCallingCode.get(callingCode);
  if (!entry) {
    const countries = meta.getCountryCodesForCallingCode(callingCode);
    const gates: RegExp[] = [];
    const plans: Plan[] = [];
    if (countries && countries.length > 1) {
      for (const country of countries) plans.push(planOf(country));
      const alternatives = plans.map((plan) => (plan.leadingSource ? `(?:${plan.leadingSource})` : `(?:${plan.generalSource})$`));
      for (let i = 0; i < countries.length; i++) gates.push(new RegExp(`^(?:${alternatives.slice(i).join('|')})`));
    }
    entry = { countries, plans, gates };
    byCallingCode.set(callingCode, entry);
  }
  return entry;
}

/** countryByCallingCode sets this: whether the country it returned was picked by its number types (hasType). */
let pickedByType = false;

function countryByCallingCode(callingCode: string, nationalNumber: string): string | undefined {
  pickedByType = false;
  const { countries, plans, gates } = callingCodeEntry(callingCode);
  if (!countries) return undefined;
  if (countries.length === 1) return countries[0];
  // The gates are asked at the start and after each country that cost a type check. They only rule out early
  // (a gate holds whenever a country from its position on would be returned), so the first country, the main
  // one of its code and the one most numbers have, is tried before its gate when that is a type check.
  let ask = (plans[0] as Plan).leadingDigits !== null;
  for (let i = 0; i < countries.length; i++) {
    if (ask && !(gates[i] as RegExp).test(nationalNumber)) return undefined;
    const plan = plans[i] as Plan;
    if (plan.leadingDigits) {
      ask = false;
      if (nationalNumber && nationalNumber.search(plan.leadingDigits) === 0) return countries[i];
    } else {
      ask = true;
      if (hasType(plan, nationalNumber)) {
        pickedByType = true;
        return countries[i];
      }
    }
  }
  return undefined;
}

// countryByCallingCode (a pure function) of the last number asked: isValidPhoneDigits asks again for the
// national number that nationalNumberOf has just looked up.
const last = { callingCode: '', national: '', country: undefined as string | undefined, byType: false };
function countryOf(callingCode: string, national: string): string | undefined {
  if (callingCode !== last.callingCode || national !== last.national) {
    last.country = countryByCallingCode(callingCode, national);
    last.byType = pickedByType;
    last.callingCode = callingCode;
    last.national = national;
  }
  return last.country;
}

/** extractNationalNumber: strips the national prefix (and carrier code) when that leaves a plausible number. */
function nationalNumberOf(number: string, plan: Plan): string {
  let national = number;
  if (plan.transformRule) {
    const m = plan.prefixForParsing && number ? plan.prefixForParsing.exec(number) : null;
    if (m) {
      const groups = m.length - 1;
      const hasGroups = groups > 0 && Boolean(m[groups]);
      national = hasGroups ? number.replace(plan.prefixForParsing as RegExp, plan.transformRule) : number.slice(m[0].length);
    }
  } else if (plan.prefixLength && number) {
    plan.prefixLength.lastIndex = 0;
    if (plan.prefixLength.test(number)) national = number.slice(plan.prefixLength.lastIndex);
  }
  if (national === number) return number;
  if (plan.general.test(number) && !plan.general.test(national)) return number;
  if (plan.lengths) {
    const country = countryOf(plan.callingCode, national);
    const length = numberLength(national, country ? planOf(country) : plan);
    if (length === 'TOO_SHORT' || length === 'INVALID_LENGTH') return number;
  }
  return national;
}

/** extractCountryCallingCode for a string of an optional leading "+" and digits; plan is the region's, if any. */
function splitCallingCode(number: string, plan: Plan | undefined): { callingCode?: string; number?: string } {
  if (number[0] !== '+') {
    if (plan) {
      plan.idd.lastIndex = 0;
      // stripIddPrefix: only at the start, and not when the rest starts with 0.
      if (plan.idd.test(number)) {
        const rest = number.slice(plan.idd.lastIndex);
        if (rest && rest[0] !== '0' && rest !== number) return splitInternational(`+${rest}`);
      }
      // A national number that starts with the region's own calling code, written without "+".
      const cc = plan.callingCode;
      if (number.indexOf(cc) === 0) {
        const shorter = number.slice(cc.length);
        const shorterNational = nationalNumberOf(shorter, plan);
        const national = nationalNumberOf(number, plan);
        if ((!plan.general.test(national) && plan.general.test(shorterNational)) || numberLength(national, plan) === 'TOO_LONG') return { callingCode: cc, number: shorter };
      }
    }
    return { number };
  }
  return splitInternational(number);
}

// meta.hasCallingCode per code, asked once (the recognizer asks for the same few codes over and over).
const knownCallingCodes = new Map<string, boolean>();
function hasCallingCode(cc: string): boolean {
  let known = knownCallingCodes.get(cc);
  if (known === undefined) {
    known = meta.hasCallingCode(cc);
    knownCallingCodes.set(cc, known);
  }
  return known;
}

function splitInternational(number: string): { callingCode?: string; number?: string } {
  if (number[1] === '0') return {};
  for (let i = 2; i - 1 <= MAX_LENGTH_COUNTRY_CODE && i <= number.length; i++) {
    const cc = number.slice(1, i);
    if (hasCallingCode(cc)) return { callingCode: cc, number: number.slice(i) };
  }
  return {};
}

// Inside this alphabet the library's extraction, viability and extension steps reduce to "keep the
// leading + and the digits" (extension markers need letters, #, ~, comma or semicolon).
// /^\+?[0-9 ()./-]*$/ without a regex.
const FAST_CHARS = new Uint8Array(128);
for (const c of '0123456789 ()./-') FAST_CHARS[c.charCodeAt(0)] = 1;
function fastInput(text: string): boolean {
  for (let i = text[0] === '+' ? 1 : 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || FAST_CHARS[c] === 0) return false;
  }
  return true;
}

/** True when libphonenumber-js (max metadata) parses `text` as a valid number, in `region` when it has no "+". */
export function isValidPhoneNumber(text: string, region?: CountryCode): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  if (digits < 3 || text.length > 250 || !fastInput(text)) return parsePhoneNumberFromString(text, region ?? {}, metadataJson)?.isValid() ?? false;
  let s = text[0] === '+' ? '+' : '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) s += text[i];
  }
  return isValidPhoneDigits(s, region);
}

/**
 * isValidPhoneNumber for a number already reduced to an optional leading "+" and its ASCII digits (at least
 * three of them, at most 250 characters): what isValidPhoneNumber(text, region) answers for any text of digits
 * and " ()./-" (a "+" only first) whose digits these are. The phone recognizer tries one number in several
 * regions and reduces it once instead of once per region.
 */
export function isValidPhoneDigits(s: string, region?: CountryCode): boolean {
  // Each plan is looked up once per call; the region's only for a number without "+", as the library does.
  const regionPlan = region && s[0] !== '+' ? planOf(region) : undefined;
  const split = splitCallingCode(s, regionPlan);
  let callingCode = split.callingCode;
  let country: string | undefined;
  let numberPlan: Plan;
  if (callingCode) numberPlan = planOf(callingCode);
  else if (split.number && region && regionPlan) {
    country = region;
    numberPlan = regionPlan;
    callingCode = regionPlan.callingCode;
  } else return false;
  if (!split.number) return false;
  const national = nationalNumberOf(split.number, numberPlan);
  const exact = countryOf(callingCode, national);
  if (exact) country = exact;
  if (national.length < MIN_LENGTH_FOR_NSN || national.length > MAX_LENGTH_FOR_NSN) return false;
  // A country picked by its number types has already passed hasType (which implies its general pattern).
  // (A last-test memo of the general pattern, which trunk-0 numbers test twice, measured no faster.)
  if (exact && last.byType) return true;
  // planOf(country ?? callingCode): the region's plan when the country is still the region, the calling
  // code's (numberPlan) when there is none.
  const plan = exact ? planOf(exact) : country ? (regionPlan as Plan) : numberPlan;
  return plan.hasTypes ? hasType(plan, national) : plan.general.test(national);
}
