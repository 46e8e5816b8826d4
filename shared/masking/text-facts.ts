// Facts about one text that several recognizers gate on, each computed on first use and shared by
// all recognizers of one findSpans call, so that a pattern whose preconditions fail never scans.

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export class TextFacts {
  private run = -1;

  constructor(readonly text: string) {}

  /**
   * The most digits in one run in which digits are separated by at most one space or dash
   * ("4111 1111-1111 1111" is one run of 16). A card, SSN, Aadhaar or tax id needs a run at least its length.
   */
  get digitRun(): number {
    if (this.run < 0) {
      const t = this.text;
      let best = 0;
      let current = 0;
      let separated = false;
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (isDigit(c)) {
          current++;
          separated = false;
          if (current > best) best = current;
        } else if ((c === 32 || c === 45) && current > 0 && !separated) separated = true;
        else {
          current = 0;
          separated = false;
        }
      }
      this.run = best;
    }
    return this.run;
  }
}
