// The words of the e-mail addresses of a text: a capitalised run whose words appear in an address of
// the same text ("Ada Park" next to ada.park@...) is a name. Searched from "@" to "@" without a regex.
import { fold } from './name-flags';

export const EMAIL_LOCAL_RE = /(?<![\w.+'-])([\w.+'-]{1,64})@[\w-]{1,63}\./g;

/** The words of the e-mail local parts of a text, collected on first use: most runs are decided before. */
export class EmailTokens {
  private tokens: ReadonlySet<string> | null = null;
  constructor(private text: string) {}
  /** Serves another text (one instance for every text: no object per text). */
  reset(text: string): void {
    this.text = text;
    this.tokens = null;
  }
  /**
   * True when one of the words of the text from starts[k] to ends[k], for k in a..b-1, accents folded and lower-cased,
   * is such a token. Words are cut out of the text only when it has tokens (most texts have no address).
   */
  anyAt(starts: Int32Array, ends: Int32Array, a: number, b: number): boolean {
    this.tokens ??= emailTokensOf(this.text);
    if (this.tokens.size === 0) return false;
    for (let k = a; k < b; k++) if (this.tokens.has(fold(this.text.slice(starts[k], ends[k])).toLowerCase())) return true;
    return false;
  }
}

/** A character of an address's local part: [\w.+'-]. */
export const isLocalChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 43 || c === 39 || c === 45;
const isLabelChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;

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
    while (end < text.length && isLabelChar(text.charCodeAt(end))) end++;
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
