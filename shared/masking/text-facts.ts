// Facts about one text that the recognizers gate on, gathered in one character pass on first use and
// shared by all recognizers of one findSpans call, so that a pattern whose preconditions fail never
// scans. Every gate built on these facts must be a necessary condition of the pattern it guards.
import { isDigit, isUpper } from './scan';

const LU = /^\p{Lu}$/u;
// Whether a BMP code unit is a capital (\p{Lu}): 0 not yet known, 1 no, 2 yes; filled on first sight.
const BMP_CAPITAL = new Uint8Array(0x10000);
const isCapital = (cp: number): boolean => {
  if (cp > 0xffff) return LU.test(String.fromCodePoint(cp));
  let v = BMP_CAPITAL[cp] as number;
  if (v === 0) {
    v = LU.test(String.fromCharCode(cp)) ? 2 : 1;
    BMP_CAPITAL[cp] = v;
  }
  return v === 2;
};

/** Characters whose presence gates a recognizer: bits of TextFacts.chars(). */
export const CH = {
  AT: 1, COLON: 2, EQUALS: 4, SLASH: 8, DASH: 16, UNDERSCORE: 32, DOT: 64, CAPITAL_A: 128, CAPITAL_J: 256,
  DIGIT: 512, CJK: 1024, HAO: 2048,
} as const;
// The bit of each ASCII punctuation character that has one.
const ASCII_BIT = new Uint16Array(128);
ASCII_BIT[64] = CH.AT;
ASCII_BIT[58] = CH.COLON;
ASCII_BIT[61] = CH.EQUALS;
ASCII_BIT[47] = CH.SLASH;
ASCII_BIT[45] = CH.DASH;
ASCII_BIT[95] = CH.UNDERSCORE;
ASCII_BIT[46] = CH.DOT;
// Separators inside a phone candidate (" ()./-"): a chain of digits joined by them is what SEVEN_DIGITS needs.
const PHONE_SEP = new Uint8Array(128);
for (const c of ' ()./-') PHONE_SEP[c.charCodeAt(0)] = 1;
// What an ASCII character is to the pass, looked up once per character: lower-case letters come first
// because they are most of any text.
const LOWER = 0;
const DIGIT = 1;
const UPPER = 2;
const OTHER = 3;
const KIND = new Uint8Array(128).fill(OTHER);
for (let c = 97; c <= 122; c++) KIND[c] = LOWER;
for (let c = 48; c <= 57; c++) KIND[c] = DIGIT;
for (let c = 65; c <= 90; c++) KIND[c] = UPPER;

export class TextFacts {
  private scanned = false;
  private bits = 0;
  private longestRun = 0;
  private phoneRun = 0;
  private dottedDigits = 0;
  private ibanHead = false;
  private ninoHead = false;
  private base64Run = 0;
  private readonly runs40: number[] = [];
  private readonly chains9: number[] = [];
  private colonCount = 0;
  private dashCount = 0;
  private caps: number[] = [];

  constructor(readonly text: string) {}

  /** The one pass behind every fact below. */
  private scan(): void {
    this.scanned = true;
    const t = this.text;
    const caps = this.caps;
    let bits = 0;
    // Digit run (digits adjacent or one space or dash apart, see hasDigitRun) and where it began, digits in the current phone chain, current [A-Za-z0-9/+] run.
    let run = 0;
    let runStart = 0;
    const chains9 = this.chains9;
    let last = -3;
    let best = 0;
    let phone = 0;
    let phoneBest = 0;
    let b64 = 0;
    let b64Best = 0;
    const runs40 = this.runs40;
    let dotted = 0;
    let iban = false;
    let nino = false;
    let colons = 0;
    let dashes = 0;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c < 0x80) {
        const kind = KIND[c];
        if (kind === LOWER) {
          b64++;
          phone = 0;
          continue;
        }
        if (c === 32) {
          // A space keeps a phone chain going and ends a base64 run; nothing else to record.
          if (b64 > b64Best) b64Best = b64;
          if (b64 === 40) runs40.push(i - 40);
          b64 = 0;
          continue;
        }
        if (kind === DIGIT) {
          const sep = t.charCodeAt(i - 1);
          if (last === i - 1 || (last === i - 2 && (sep === 32 || sep === 45))) {
            // The ninth digit of a run: where it began is where the patterns of nine or more digits are tried.
            if (++run === 9) chains9.push(runStart);
          } else {
            run = 1;
            runStart = i;
          }
          // "1.2": a dot between digits, three of which every IPv4 address holds.
          if (sep === 46 && isDigit(t.charCodeAt(i - 2))) dotted++;
          // "DE89": two capitals and two digits, how every IBAN starts.
          if (!iban && isDigit(sep) && isUpper(t.charCodeAt(i - 2)) && isUpper(t.charCodeAt(i - 3))) iban = true;
          // "AB12" or "AB 12": two capitals, an optional space and a digit, how every NINO starts.
          if (!nino && (isUpper(sep) ? isUpper(t.charCodeAt(i - 2)) : sep === 32 && isUpper(t.charCodeAt(i - 2)) && isUpper(t.charCodeAt(i - 3)))) nino = true;
          // The digits right after this one, in one tight loop: each only extends the runs (its separator is a
          // digit, so none of the tests above can pass but the IBAN head at the second digit, "DE8|9").
          let j = i + 1;
          while (j < t.length && isDigit(t.charCodeAt(j))) j++;
          const more = j - i - 1;
          if (more > 0) {
            if (!iban && isUpper(sep) && isUpper(t.charCodeAt(i - 2))) iban = true;
            if (run < 9 && run + more >= 9) chains9.push(runStart);
            run += more;
            i = j - 1;
          }
          last = i;
          if (run > best) best = run;
          phone += more + 1;
          if (phone > phoneBest) phoneBest = phone;
          b64 += more + 1;
          continue;
        }
        if (kind === UPPER) {
          caps.push(i);
          if (c === 65) bits |= CH.CAPITAL_A;
          else if (c === 74) bits |= CH.CAPITAL_J;
          b64++;
          phone = 0;
          continue;
        }
        if (PHONE_SEP[c] === 0) phone = 0;
        if (c === 47 || c === 43) {
          b64++;
          if (c === 47) bits |= CH.SLASH;
          continue;
        }
        if (b64 > b64Best) b64Best = b64;
        if (b64 === 40) runs40.push(i - 40);
        b64 = 0;
        bits |= ASCII_BIT[c] as number;
        if (c === 58) colons++;
        else if (c === 45) dashes++;
        continue;
      }
      phone = 0;
      if (b64 > b64Best) b64Best = b64;
      if (b64 === 40) runs40.push(i - 40);
      b64 = 0;
      if (c >= 0x4e00 && c <= 0x9fff) {
        bits |= c === 0x53f7 ? CH.CJK | CH.HAO : CH.CJK;
      } else if (c >= 0xd800 && c <= 0xdbff) {
        // Surrogate pairs count once, at their first unit, as a /u scan sees them.
        const cp = t.codePointAt(i) as number;
        if (cp > 0xffff) {
          if (isCapital(cp)) caps.push(i);
          i++;
        }
      } else if (c >= 0xc0 && isCapital(c)) caps.push(i);
    }
    if (b64 > b64Best) b64Best = b64;
    if (b64 === 40) runs40.push(t.length - 40);
    this.bits = best > 0 ? bits | CH.DIGIT : bits;
    this.longestRun = best;
    this.phoneRun = phoneBest;
    this.base64Run = b64Best;
    this.dottedDigits = dotted;
    this.ibanHead = iban;
    this.ninoHead = nino;
    this.colonCount = colons;
    this.dashCount = dashes;
  }

  /** Which of the CH characters the text holds, as bits. */
  chars(): number {
    if (!this.scanned) this.scan();
    return this.bits;
  }

  /** True when the text holds every character of `mask` (CH bits). */
  has(mask: number): boolean {
    if (!this.scanned) this.scan();
    return (this.bits & mask) === mask;
  }

  /**
   * Where the capitals (\p{Lu}) of the text stand, in increasing order: every pattern that starts with a
   * capital can only match there. Surrogate pairs count once, at their first unit, as a /u scan sees them.
   */
  capitals(): readonly number[] {
    if (!this.scanned) this.scan();
    return this.caps;
  }

  /**
   * True when the text holds `n` digits in one run in which digits are separated by at most one
   * space or dash ("4111 1111-1111 1111" is a run of 16). A card, SSN, Aadhaar or tax id needs one.
   * One pass finds the longest run, which answers every length asked (one regex per length cost more).
   */
  hasDigitRun(n: number): boolean {
    if (!this.scanned) this.scan();
    return n <= this.longestRun;
  }

  /**
   * Where the runs of hasDigitRun that hold nine digits or more begin (at a digit), in increasing order: the
   * chains of digit-chains.ts.
   */
  digitRuns9(): readonly number[] {
    if (!this.scanned) this.scan();
    return this.chains9;
  }

  /** True when `n` digits stand in one run joined only by phone separators " ()./-" (any number of them). */
  hasPhoneRun(n: number): boolean {
    if (!this.scanned) this.scan();
    return n <= this.phoneRun;
  }

  /** The number of dots with a digit on both sides ("10.0.0.1" has three). */
  dotsBetweenDigits(): number {
    if (!this.scanned) this.scan();
    return this.dottedDigits;
  }

  /** True when two ASCII capitals are followed by two digits somewhere ("GB82"). */
  hasIbanHead(): boolean {
    if (!this.scanned) this.scan();
    return this.ibanHead;
  }

  /** True when two ASCII capitals are followed by a digit, or by a space and a digit ("AB 12"). */
  hasNinoHead(): boolean {
    if (!this.scanned) this.scan();
    return this.ninoHead;
  }

  /** Length of the longest run of [A-Za-z0-9/+] (base64 alphabet without "="). */
  longestBase64Run(): number {
    if (!this.scanned) this.scan();
    return this.base64Run;
  }

  /** Where the runs of exactly 40 [A-Za-z0-9/+] start (a bare AWS secret key is one), in increasing order. */
  base64Runs40(): readonly number[] {
    if (!this.scanned) this.scan();
    return this.runs40;
  }

  /** How many times ":" occurs. */
  colons(): number {
    if (!this.scanned) this.scan();
    return this.colonCount;
  }

  /** How many times "-" occurs. */
  dashes(): number {
    if (!this.scanned) this.scan();
    return this.dashCount;
  }
}
