// Facts about one text that several recognizers gate on, each computed on first use and shared by
// all recognizers of one findSpans call, so that a pattern whose preconditions fail never scans.

import { repeated } from './scan';

const RUN_PATTERNS = new Map<number, RegExp>();

export class TextFacts {
  /** Digit-run lengths known to be absent (the smallest one) and present (the largest one). */
  private noRun = Infinity;
  private run = 0;

  constructor(readonly text: string) {}

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
