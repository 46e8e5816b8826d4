// Facts about one text that several recognizers gate on, each computed on first use and shared by
// all recognizers of one findSpans call, so that a pattern whose preconditions fail never scans.

/** Length of the longest chain of ASCII digits in which consecutive digits are adjacent or one space or dash apart. */
export function longestDigitRun(t: string): number {
  let best = 0;
  let run = 0;
  let last = -3;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    const sep = t.charCodeAt(i - 1);
    run = last === i - 1 || (last === i - 2 && (sep === 32 || sep === 45)) ? run + 1 : 1;
    last = i;
    if (run > best) best = run;
  }
  return best;
}
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

export class TextFacts {
  /** The longest digit run (see hasDigitRun), computed on first use. */
  private longestRun = -1;
  private caps: number[] | null = null;
  private lowered: string | null = null;

  constructor(readonly text: string) {}

  /** The text lower-cased (toLowerCase), once for all who need it. */
  lower(): string {
    this.lowered ??= this.text.toLowerCase();
    return this.lowered;
  }

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
   * One pass finds the longest run, which answers every length asked (one regex per length cost more).
   */
  hasDigitRun(n: number): boolean {
    if (this.longestRun < 0) this.longestRun = longestDigitRun(this.text);
    return n <= this.longestRun;
  }

}
