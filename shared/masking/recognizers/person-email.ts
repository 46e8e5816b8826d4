// The words of the e-mail addresses of a text: a capitalised run whose words appear in an address of
// the same text ("Ada Park" next to ada.park@...) is a name. Searched from "@" to "@" without a regex, and
// kept as spans of the text, compared by char codes: no strings per text or word.
import { isWordOrDash } from '../scan';
import { fold, LATIN_END } from './name-flags';

export const EMAIL_LOCAL_RE = /(?<![\w.+'-])([\w.+'-]{1,64})@[\w-]{1,63}\./g;

// The longest local part, and so the longest token.
const MAX_LOCAL = 64;

// Each character below U+0300 folded and lower-cased (one character each, as the tests hold fold() to be), or
// NO_CODE when that is not one character: a word of such characters folds and lower-cases char by char.
const NO_CODE = 0xffff;
const FOLD_LOWER = Uint16Array.from({ length: LATIN_END }, (_, c) => {
  const f = fold(String.fromCharCode(c)).toLowerCase();
  return f.length === 1 ? f.charCodeAt(0) : NO_CODE;
});

/** The words of the e-mail local parts of a text, collected on first use: most runs are decided before. */
export class EmailTokens {
  private ready = false;
  /** Token i is text[starts[i]..ends[i]), lower-cased: a run of three ASCII letters or more of a local part. */
  private starts = new Int32Array(16);
  private ends = new Int32Array(16);
  private count = 0;
  /** Bit (first letter - 97) at [length] for each token: a word whose folded, lower-cased form has neither is none. */
  private readonly shapes = new Uint32Array(MAX_LOCAL + 1);
  constructor(private text: string) {}
  /** Serves another text (one instance for every text: no object per text). */
  reset(text: string): void {
    this.text = text;
    this.ready = false;
  }
  /**
   * True when one of the words of the text from starts[k] to ends[k], for k in a..b-1, accents folded and lower-cased,
   * is such a token. Tokens are looked for only when asked (most texts have no address), and words are compared with
   * the tokens of their length and first letter only.
   */
  anyAt(starts: Int32Array, ends: Int32Array, a: number, b: number): boolean {
    if (!this.ready) this.collect();
    if (this.count === 0) return false;
    for (let k = a; k < b; k++) {
      const start = starts[k] as number;
      const end = ends[k] as number;
      if (this.mayBeToken(start, end) && this.isToken(start, end)) return true;
    }
    return false;
  }
  /**
   * False when the word cannot fold and lower-case to a token: it starts with an ASCII character that lower-cases
   * to a letter no token of its length starts with (or to no letter). Characters below U+0300 fold and lower-case
   * one to one, so the length is kept; words with others, or a first character outside ASCII, are left to isToken.
   */
  private mayBeToken(start: number, end: number): boolean {
    const c0 = this.text.charCodeAt(start);
    if (c0 >= 128) return true;
    for (let i = start + 1; i < end; i++) if (this.text.charCodeAt(i) >= LATIN_END) return true;
    const first = c0 >= 65 && c0 <= 90 ? c0 + 32 : c0;
    const length = end - start;
    return first >= 97 && first <= 122 && length <= MAX_LOCAL && ((this.shapes[length] as number) & (1 << (first - 97))) !== 0;
  }
  /** fold(word).toLowerCase() is a token: compared char by char, or as strings when a character does not fold to one. */
  private isToken(start: number, end: number): boolean {
    const text = this.text;
    const length = end - start;
    for (let i = 0; i < this.count; i++) {
      const t = this.starts[i] as number;
      if ((this.ends[i] as number) - t !== length) continue;
      let j = 0;
      for (; j < length; j++) {
        const c = text.charCodeAt(start + j);
        const w = c < LATIN_END ? (FOLD_LOWER[c] as number) : NO_CODE;
        if (w === NO_CODE) return this.isTokenString(start, end);
        // Token characters are ASCII letters: | 32 lower-cases them.
        if (w !== (text.charCodeAt(t + j) | 32)) break;
      }
      if (j === length) return true;
    }
    // A word with a character that does not fold to one may fold to a token of another length.
    for (let j = start; j < end; j++) {
      const c = text.charCodeAt(j);
      if (c >= LATIN_END || FOLD_LOWER[c] === NO_CODE) return this.isTokenString(start, end);
    }
    return false;
  }
  private isTokenString(start: number, end: number): boolean {
    const w = fold(this.text.slice(start, end)).toLowerCase();
    for (let i = 0; i < this.count; i++) if (this.text.slice(this.starts[i], this.ends[i]).toLowerCase() === w) return true;
    return false;
  }
  /** Finds the tokens of the text (the runs of three ASCII letters or more of its local parts) and their shapes. */
  private collect(): void {
    for (let i = 0; i < this.count; i++) this.shapes[(this.ends[i] as number) - (this.starts[i] as number)] = 0;
    this.count = 0;
    this.ready = true;
    const text = this.text;
    if (text.indexOf('@') === -1) return;
    const n = localSpans(text);
    for (let p = 0; p < n; p++) {
      const local = LOCAL[2 * p] as number;
      const at = LOCAL[2 * p + 1] as number;
      // local.toLowerCase().split(/[^a-z]+/), keeping the words of three letters or more (local parts are ASCII).
      let start = local;
      for (let i = local; i <= at; i++) {
        const c = i < at ? text.charCodeAt(i) | 32 : 0;
        if (c >= 97 && c <= 122) continue;
        if (i - start >= 3) this.add(start, i);
        start = i + 1;
      }
    }
  }
  private add(start: number, end: number): void {
    if (this.count === this.starts.length) {
      const starts = new Int32Array(this.count * 2);
      const ends = new Int32Array(this.count * 2);
      starts.set(this.starts);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
    const length = end - start;
    this.shapes[length] = (this.shapes[length] as number) | (1 << ((this.text.charCodeAt(start) | 32) - 97));
  }
}

/** A character of an address's local part: [\w.+'-]. */
export const isLocalChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 43 || c === 39 || c === 45;

// The spans of the last localSpans call: local part p is text[LOCAL[2p]..LOCAL[2p + 1]) (the "@" ends it).
let LOCAL = new Int32Array(32);

/**
 * The local parts EMAIL_LOCAL_RE would find, searched from "@" to "@", as spans in LOCAL (returns their count): its
 * lookbehind lets a match start only where the run of local-part characters before an "@" starts, and the "@"
 * must be followed by one label of at most 63 characters and a dot.
 */
function localSpans(text: string): number {
  let n = 0;
  let from = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && isLocalChar(text.charCodeAt(start - 1))) start--;
    if (start < from || start === at || at - start > 64) continue;
    let end = at + 1;
    while (end < text.length && isWordOrDash(text.charCodeAt(end))) end++;
    if (end === at + 1 || end - at - 1 > 63 || text.charCodeAt(end) !== 46) continue;
    if (2 * n + 2 > LOCAL.length) {
      const grown = new Int32Array(LOCAL.length * 2);
      grown.set(LOCAL);
      LOCAL = grown;
    }
    LOCAL[2 * n] = start;
    LOCAL[2 * n + 1] = at;
    n++;
    from = end + 1;
  }
  return n;
}

/** The local parts EMAIL_LOCAL_RE would find (see localSpans). */
export function emailLocalParts(text: string): string[] {
  const out: string[] = [];
  const n = localSpans(text);
  for (let p = 0; p < n; p++) out.push(text.slice(LOCAL[2 * p], LOCAL[2 * p + 1]));
  return out;
}
