// Facts about one text that several recognizers gate on, each computed on first use and shared by
// all recognizers of one findSpans call, so that a pattern whose preconditions fail never scans.

import { repeated } from './scan';

const RUN_PATTERNS = new Map<number, RegExp>();
const LU = /^\p{Lu}$/u;
// Non-ASCII code points seen so far and whether they are capitals (\p{Lu}); bounded so odd input cannot grow it.
const LU_CACHE = new Map<number, boolean>();
const isCapital = (cp: number): boolean => {
  let v = LU_CACHE.get(cp);
  if (v === undefined) {
    v = LU.test(String.fromCodePoint(cp));
    if (LU_CACHE.size < 8192) LU_CACHE.set(cp, v);
  }
  return v;
};

export class TextFacts {
  /** Digit-run lengths known to be absent (the smallest one) and present (the largest one). */
  private noRun = Infinity;
  private run = 0;

  private caps: number[] | null = null;

  constructor(readonly text: string) {}

  /**
   * Where the capitals (\p{Lu}) of the text stand, in increasing order: every pattern that starts with a
   * capital can only match there. Surrogate pairs count once, at their first unit, as a /u scan sees them.
   */
  capitals(): readonly number[] {
    if (this.caps) return this.caps;
    const t = this.text;
    const out: number[] = [];
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c < 0x80) {
        if (c >= 65 && c <= 90) out.push(i);
      } else if (c >= 0xd800 && c <= 0xdbff) {
        const cp = t.codePointAt(i) as number;
        if (cp > 0xffff) {
          if (isCapital(cp)) out.push(i);
          i++;
        }
      } else if (c >= 0xc0 && isCapital(c)) out.push(i);
    }
    this.caps = out;
    return out;
  }

  /**
   * True when the text holds `n` digits in one run in which digits are separated by at most one
   * space or dash ("4111 1111-1111 1111" is a run of 16). A card, SSN, Aadhaar or tax id needs one.
   */
  hasDigitRun(n: number): boolean {
    if (n <= this.run) return true;
    if (n >= this.noRun) return false;
    let re = RUN_PATTERNS.get(n);
    if (!re) {
      re = new RegExp(`\\d${repeated('[ -]?\\d', n - 1)}`);
      RUN_PATTERNS.set(n, re);
    }
    if (re.test(this.text)) this.run = n;
    else this.noRun = n;
    return n === this.run;
  }
}
