// What must follow a label's colon or a key's "=" before a person pattern can match there, and where the
// key/value and speaker patterns can start: checked by hand per colon or line instead of running a /u gate
// pattern over the whole text, or a name before an address looked for back from each "@". Each function
// answers exactly as the plain pattern in its comment, or as a superset where it lists starts.
import { isBlank, isWordChar } from '../scan';
import { isLocalChar } from './person-email';
import { LOWER_PARTICLES } from './person-patterns';
import type { Colons } from './person-starts';

const CAPITAL_AT = /\p{Lu}/uy;

/** /\p{Lu}/uy at k: an ASCII capital, or a non-ASCII character (or surrogate pair) that is one. */
function capitalAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return c >= 65 && c <= 90;
  if (!(c >= 128)) return false;
  CAPITAL_AT.lastIndex = k;
  return CAPITAL_AT.test(text);
}

/** Skips up to `max` spaces and tabs from k; -1 when one more follows (a bounded [ \t]{0,max} cannot be followed by it). */
function blanks(text: string, k: number, max: number): number {
  let n = 0;
  while (n < max && isBlank(text.charCodeAt(k))) {
    k++;
    n++;
  }
  return isBlank(text.charCodeAt(k)) ? -1 : k;
}

/**
 * /:[ \t]{0,3}(?:\r?\n[ \t]{0,4})?["']?\p{Lu}/uy at the colon: what the label patterns need after their colon.
 * Each optional part is taken when its first character is there, as the pattern must to match at all.
 */
export function capitalAfterColon(text: string, colon: number): boolean {
  const k = afterColon(text, colon);
  return k !== -1 && capitalAt(text, k);
}

/** Where the label patterns' name starts after the colon: past /:[ \t]{0,3}(?:\r?\n[ \t]{0,4})?["']?/y, or -1 (too many blanks). */
export function afterColon(text: string, colon: number): number {
  let k = blanks(text, colon + 1, 3);
  if (k === -1) return -1;
  const c = text.charCodeAt(k);
  if (c === 10 || (c === 13 && text.charCodeAt(k + 1) === 10)) {
    k = blanks(text, k + (c === 10 ? 1 : 2), 4);
    if (k === -1) return -1;
  }
  const q = text.charCodeAt(k);
  return q === 34 || q === 39 ? k + 1 : k;
}

/** /\.?[ \t]+\p{Lu}/uy at k, or a character outside ASCII there: what HONORIFIC_AT needs after its title. */
export function afterHonorific(text: string, k: number): boolean {
  const name = honorificGlue(text, k);
  return name !== -1 && mayBeCapital(text.charCodeAt(name));
}

/** Where HONORIFIC_AT's name must start when its title ends at k: past /\.?[ \t]+/y, or -1 (no blank). */
export function honorificGlue(text: string, k: number): number {
  if (text.charCodeAt(k) === 46) k++;
  if (!isBlank(text.charCodeAt(k))) return -1;
  while (isBlank(text.charCodeAt(k))) k++;
  return k;
}

/**
 * /[,!:]?[ \t]{0,2}\n?[ \t]{0,4}\p{Lu}/uy at k, or a character outside ASCII where the capital must be: what
 * GREETING_AT needs after its greeting. Each part is taken when it is there: a capital is none of them.
 */
export function afterGreeting(text: string, k: number): boolean {
  return mayBeCapital(text.charCodeAt(greetingGlue(text, k)));
}

/** Where GREETING_AT's name must start when its greeting ends at k: past /[,!:]?[ \t]{0,2}\n?[ \t]{0,4}/y, each part taken when there. */
export function greetingGlue(text: string, k: number): number {
  const c = text.charCodeAt(k);
  if (c === 44 || c === 33 || c === 58) k++;
  for (let n = 0; n < 2 && isBlank(text.charCodeAt(k)); n++) k++;
  if (text.charCodeAt(k) === 10) k++;
  for (let n = 0; n < 4 && isBlank(text.charCodeAt(k)); n++) k++;
  return k;
}
const mayBeCapital = (c: number): boolean => (c >= 65 && c <= 90) || c >= 128;

/** /[:=][ \t]{0,3}["']\p{Lu}/uy at k, which holds ":" or "=": a quoted value with a capital, as a key/value pair needs. */
function quotedCapitalAfter(text: string, k: number): boolean {
  const v = blanks(text, k + 1, 3);
  if (v === -1) return false;
  const q = text.charCodeAt(v);
  return (q === 34 || q === 39) && capitalAt(text, v + 1);
}

/**
 * Where a key/value pattern /(?<![\w])["']?(?:key|...)["']?[ \t]{0,3}[:=][ \t]{0,3}["']\p{Lu}.../ can start, in
 * increasing order: before a ":" (of `colons`, the text's) or "=" that is followed by a quoted capital, back over at most three blanks and
 * an optional quote, the run of word characters must be one of `keys` (the keys are letters and "_", and the
 * lookbehind, or the opening quote, rules out a word character before the key: the key is the whole run). The
 * pattern can start at the run, or at the quote before it. (Tried: no quote searches first, the "=" search skipped
 * without "=" in TextFacts, no array per text: A/B 0.997, 1.000, 1.003.)
 */
export function keyValueStarts(text: string, colons: Colons, keys: ReadonlySet<string>, maxKey: number): number[] {
  const out: number[] = [];
  // The value is quoted: most texts with a colon or "=" have no quote at all.
  if (text.indexOf('"') === -1 && text.indexOf("'") === -1) return out;
  // The colons (of findColons) and the equals signs, in increasing order.
  let i = 0;
  let colon = colons.count > 0 ? (colons.at[0] as number) : -1;
  let equals = text.indexOf('=');
  while (colon !== -1 || equals !== -1) {
    const k = colon === -1 ? equals : equals === -1 ? colon : Math.min(colon, equals);
    if (k === colon) colon = ++i < colons.count ? (colons.at[i] as number) : -1;
    else equals = text.indexOf('=', k + 1);
    if (!quotedCapitalAfter(text, k)) continue;
    let end = k;
    while (end > 0 && k - end < 3 && isBlank(text.charCodeAt(end - 1))) end--;
    if (isQuote(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && end - start <= maxKey && isWordChar(text.charCodeAt(start - 1))) start--;
    if (start === end || end - start > maxKey || !keys.has(text.slice(start, end))) continue;
    if (start > 0 && isQuote(text.charCodeAt(start - 1))) out.push(start - 1);
    out.push(start);
  }
  return out;
}
const isQuote = (c: number): boolean => c === 34 || c === 39;

// The characters SPEAKER_AT's [ \t>*_-]{0,4} skips at a line start.
const isLead = (c: number): boolean => c === 32 || c === 9 || c === 62 || c === 42 || c === 95 || c === 45;

/**
 * True when a speaker label can begin after the line start at k: past at most four of " \t>*_-" stands "[", a
 * digit (a time) or a capital (the name); more than four of them cannot match either.
 */
export function speakerLineAt(text: string, k: number): boolean {
  let n = 0;
  while (n < 4 && isLead(text.charCodeAt(k))) {
    k++;
    n++;
  }
  const c = text.charCodeAt(k);
  return c === 91 || (c >= 48 && c <= 57) || capitalAt(text, k);
}

// Lower-case words a speaker label can hold before its colon besides the "am"/"pm" of a time: name particles.
const LABEL_LOWER_WORDS: ReadonlySet<string> = new Set(LOWER_PARTICLES);
const MAX_PARTICLE = Math.max(...LOWER_PARTICLES.map((p) => p.length));

/**
 * False when the text from..colon cannot be a speaker label ending at the colon: it holds a word that starts with
 * an ASCII lower-case letter and is neither a name particle nor "am"/"pm" (with a closing "]"). Every other word
 * of a label (lead, time, name words, initials) starts with something else.
 */
export function speakerWordsAt(text: string, from: number, colon: number): boolean {
  for (let i = from; i < colon; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122 || (i > from && !isBlankOrBreak(text.charCodeAt(i - 1)))) continue;
    let j = i + 1;
    while (j < colon && !isBlankOrBreak(text.charCodeAt(j))) j++;
    const length = j - i;
    const m = text.charCodeAt(i + 1);
    const time = (c === 97 || c === 112) && (m === 109 || m === 77) && (length === 2 || (length === 3 && text.charCodeAt(i + 2) === 93));
    // Most words are longer than any particle: ruled out without cutting them out of the text.
    if (!time && (length > MAX_PARTICLE || !LABEL_LOWER_WORDS.has(text.slice(i, j)))) return false;
    i = j;
  }
  return true;
}
const isBlankOrBreak = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * /[<([][ \t]?(?:mailto:)?[\w.+'-]{1,64}@/.test(text), by looking back from each "@": its run of local-part
 * characters (1 to 64 of them, or the pattern would need a bracket inside the run), then "mailto:", a space or
 * tab, and the bracket, each taken when it is there (nothing else can stand between).
 */
export function bracketBeforeAddress(text: string): boolean {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let k = at;
    while (k > 0 && at - k <= 64 && isLocalChar(text.charCodeAt(k - 1))) k--;
    if (k === at || at - k > 64) continue;
    if (k >= 7 && text.startsWith('mailto:', k - 7)) k -= 7;
    if (k > 0 && isBlank(text.charCodeAt(k - 1))) k--;
    const b = text.charCodeAt(k - 1);
    if (b === 60 || b === 40 || b === 91) return true;
  }
  return false;
}

