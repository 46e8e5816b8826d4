// The words of the e-mail addresses of a text: a capitalised run whose words appear in an address of
// the same text ("Ada Park" next to ada.park@...) is a name. Searched from "@" to "@" without a regex.
import { isWordOrDash } from '../scan';
import { fold, LATIN_END } from './name-flags';

export const EMAIL_LOCAL_RE = /(?<![\w.+'-])([\w.+'-]{1,64})@[\w-]{1,63}\./g;

// The longest local part, and so the longest token.
const MAX_LOCAL = 64;

/** The words of the e-mail local parts of a text, collected on first use: most runs are decided before. */
export class EmailTokens {
  private tokens: ReadonlySet<string> | null = null;
  /** Bit (first letter - 97) at [length] for each token: a word whose folded, lower-cased form has neither is none. */
  private readonly shapes = new Uint32Array(MAX_LOCAL + 1);
  constructor(private text: string) {}
  /** Serves another text (one instance for every text: no object per text). */
  reset(text: string): void {
    this.text = text;
    this.tokens = null;
  }
  /**
   * True when one of the words of the text from starts[k] to ends[k], for k in a..b-1, accents folded and lower-cased,
   * is such a token. Words are cut out of the text only when it has tokens (most texts have no address), and when
   * their length and first letter are a token's.
   */
  anyAt(starts: Int32Array, ends: Int32Array, a: number, b: number): boolean {
    if (this.tokens === null) {
      this.tokens = emailTokensOf(this.text);
      this.shapes.fill(0);
      for (const t of this.tokens) this.shapes[t.length] = (this.shapes[t.length] as number) | (1 << (t.charCodeAt(0) - 97));
    }
    if (this.tokens.size === 0) return false;
    for (let k = a; k < b; k++) {
      const start = starts[k] as number;
      const end = ends[k] as number;
      if (!this.mayBeToken(start, end)) continue;
      if (this.tokens.has(fold(this.text.slice(start, end)).toLowerCase())) return true;
    }
    return false;
  }
  /**
   * False when the word cannot fold and lower-case to a token: it starts with an ASCII character that lower-cases
   * to a letter no token of its length starts with (or to no letter). Characters below U+0300 fold and lower-case
   * one to one, so the length is kept; words with others, or a first character outside ASCII, are left to the lookup.
   */
  private mayBeToken(start: number, end: number): boolean {
    const c0 = this.text.charCodeAt(start);
    if (c0 >= 128) return true;
    for (let i = start + 1; i < end; i++) if (this.text.charCodeAt(i) >= LATIN_END) return true;
    const first = c0 >= 65 && c0 <= 90 ? c0 + 32 : c0;
    const length = end - start;
    return first >= 97 && first <= 122 && length <= MAX_LOCAL && ((this.shapes[length] as number) & (1 << (first - 97))) !== 0;
  }
}

/** A character of an address's local part: [\w.+'-]. */
export const isLocalChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 43 || c === 39 || c === 45;

/**
 * The local parts EMAIL_LOCAL_RE would find, searched from "@" to "@": its lookbehind lets a match start
 * only where the run of local-part characters before an "@" starts, and the "@" must be followed by one
 * label of at most 63 characters and a dot.
 */
export function emailLocalParts(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && isLocalChar(text.charCodeAt(start - 1))) start--;
    if (start < from || start === at || at - start > 64) continue;
    let end = at + 1;
    while (end < text.length && isWordOrDash(text.charCodeAt(end))) end++;
    if (end === at + 1 || end - at - 1 > 63 || text[end] !== '.') continue;
    out.push(text.slice(start, at));
    from = end + 1;
  }
  return out;
}

// Shared by every text without an "@" (most), which then allocates nothing.
const NO_TOKENS: ReadonlySet<string> = new Set();

function emailTokensOf(text: string): ReadonlySet<string> {
  if (text.indexOf('@') === -1) return NO_TOKENS;
  const out = new Set<string>();
  for (const local of emailLocalParts(text)) {
    // local.toLowerCase().split(/[^a-z]+/), keeping the words of three letters or more (local parts are ASCII).
    const l = local.toLowerCase();
    let start = 0;
    for (let i = 0; i <= l.length; i++) {
      const c = i < l.length ? l.charCodeAt(i) : 0;
      if (c >= 97 && c <= 122) continue;
      if (i - start >= 3) out.add(l.slice(start, i));
      start = i + 1;
    }
  }
  return out;
}
