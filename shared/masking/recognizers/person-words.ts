// The words of a capitalised run, as positions in the text: walked by hand for runs of Latin words (where
// CAP_SEQ_AT would end, without the /u pattern) or split with the word pattern, then trimmed of words that
// are never names. Kept in module-level arrays reused for every run: no strings, arrays or objects per run.
import { isBlank } from '../scan';
import { AMBIGUOUS, FAMILY, flagsAt, GIVEN, LATIN_END, NOT_NAME, WEAK } from './name-flags';
import { LOWER_PARTICLES, WORD_RE } from './person-patterns';

// A run holds at most 4 words of CAP_SEQ_AT plus 2 capitalised particles ("Mac", "Nic") between each pair;
// the word pattern cannot find more in any slice a person pattern matched.
const MAX_WORDS = 32;
/** The words found by the last walkRun or nameWords: starts, ends and list flags (flagsAt), `count` of them; lo..hi: the name words (trimWords). */
export const words = { start: new Int32Array(MAX_WORDS), end: new Int32Array(MAX_WORDS), flags: new Int32Array(MAX_WORDS), count: 0, lo: 0, hi: 0, ascii: true };

/** walkRun's answers besides a run end: the pattern cannot match at the capital, or only the pattern can tell. */
export const NO_RUN = -1;
export const UNSURE = -2;

// The Unicode classes W and CAP_SEQ_AT ask about, for the characters below U+0300 (ASCII, Latin-1, Latin
// Extended, IPA): there are no marks among them (they start at U+0300), so a table answers for every one.
const UPPER = 1;
const LOWER = 2;
const LETTER_OR_NUMBER = 4;
const CLASS = new Uint8Array(LATIN_END);
for (let c = 0; c < LATIN_END; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = (/\p{Lu}/u.test(ch) ? UPPER : 0) | (/\p{Ll}/u.test(ch) ? LOWER : 0) | (/[\p{L}\p{N}]/u.test(ch) ? LETTER_OR_NUMBER : 0);
}
// Set by wordEnd when the word holds a character outside ASCII.
let wide = false;

const isUpperAt = (c: number): boolean => c < LATIN_END && ((CLASS[c] as number) & UPPER) !== 0;
// W's closing lookahead (?![\p{L}\p{N}_]), for a character below U+0300.
const endsWord = (c: number): boolean => ((CLASS[c] as number) & LETTER_OR_NUMBER) === 0 && c !== 95;

/** The end of the run of lower-case letters from j, counting at most max + 1 of them. */
function lowerRun(text: string, j: number, max: number): number {
  let k = j;
  for (; k < text.length && k - j <= max; k++) {
    const c = text.charCodeAt(k);
    // ASCII lower-case letters first: nearly every letter of a name.
    if (c >= 97 && c <= 122) continue;
    if (c < 128 || c >= LATIN_END || ((CLASS[c] as number) & LOWER) === 0) break;
    wide = true;
  }
  return k;
}

/**
 * Where W ends at position i, which holds a capital below U+0300, following the pattern part by part:
 * Lu (['’]Lu)? Ll{1,30} (Lu Ll{1,20})? (-Lu Ll{1,30})? (?![L N _]). Each optional part is taken when it can be
 * (the pattern tries it first, and without it the word cannot go on either), except the hyphenated part,
 * whose failure leaves the word ending before the hyphen. NO_RUN when W cannot match at i; UNSURE when a
 * character at or above U+0300 (perhaps a mark) is in reach.
 */
function wordEnd(text: string, i: number): number {
  let j = i + 1;
  const a = text.charCodeAt(j);
  if (a === 39 || a === 0x2019) {
    const b = text.charCodeAt(j + 1);
    if (b >= LATIN_END) return UNSURE;
    if (!isUpperAt(b)) return NO_RUN;
    if (a >= 128 || b >= 128) wide = true;
    j += 2;
  }
  let e = lowerRun(text, j, 30);
  if (e === text.length) return e - j >= 1 && e - j <= 30 ? e : NO_RUN;
  let c = text.charCodeAt(e);
  if (c >= LATIN_END) return UNSURE;
  if (e - j < 1 || e - j > 30) return NO_RUN;
  if (isUpperAt(c)) {
    // The camel-case part ("DeShawn"): without it the capital would fail the lookahead.
    const e2 = lowerRun(text, e + 1, 20);
    if (e2 < text.length && text.charCodeAt(e2) >= LATIN_END) return UNSURE;
    if (e2 - e - 1 < 1 || e2 - e - 1 > 20) return NO_RUN;
    if (c >= 128) wide = true;
    e = e2;
    if (e === text.length) return e;
    c = text.charCodeAt(e);
  }
  if (c === 45) {
    // The hyphenated part ("Jean-Pierre"); when it fails, W ends before the hyphen.
    const h = text.charCodeAt(e + 1);
    if (h >= LATIN_END) return UNSURE;
    if (isUpperAt(h)) {
      const e3 = lowerRun(text, e + 2, 30);
      const after = text.charCodeAt(e3);
      if (e3 < text.length && after >= LATIN_END) return UNSURE;
      if (e3 - e - 2 >= 1 && e3 - e - 2 <= 30 && (e3 === text.length || endsWord(after))) {
        if (h >= 128) wide = true;
        return e3;
      }
    }
    return e;
  }
  return endsWord(c) ? e : NO_RUN;
}

// The lower-case particles of SEP, by their (at most three) character codes; the capitalised ones ("Mac", "Nic",
// "Ní") are handled apart.
const particleKey = (text: string, k: number, length: number): number =>
  text.charCodeAt(k) | (length > 1 ? text.charCodeAt(k + 1) << 7 : 0) | (length > 2 ? text.charCodeAt(k + 2) << 14 : 0) | (length << 21);
const PARTICLE_KEYS: ReadonlySet<number> = new Set(LOWER_PARTICLES.map((p) => particleKey(p, 0, p.length)));
// The first letters of the particles: most lower-case words after a name word ("and", "is") start with none.
const PARTICLE_FIRST = new Uint8Array(128);
for (const p of LOWER_PARTICLES) PARTICLE_FIRST[p.charCodeAt(0)] = 1;
/** The length of the lower-case particle at k when a space or tab follows it, else 0. */
function particleAt(text: string, k: number): number {
  const c = text.charCodeAt(k);
  if (!(c < 128) || PARTICLE_FIRST[c] === 0) return 0;
  let t = k;
  while (t < text.length && t - k < 4 && text.charCodeAt(t) >= 97 && text.charCodeAt(t) <= 122) t++;
  return t > k && t - k <= 3 && isBlank(text.charCodeAt(t)) && PARTICLE_KEYS.has(particleKey(text, k, t - k)) ? t - k : 0;
}
/** True when "Mac", "Nic" or "Ní" (particles the pattern tries before a word) and a space or tab stand at k..end. */
const capitalParticle = (text: string, k: number, end: number): boolean =>
  isBlank(text.charCodeAt(end)) && ((end - k === 3 && (text.startsWith('Mac', k) || text.startsWith('Nic', k))) || (end - k === 2 && text.startsWith('Ní', k)));

function skipBlanks(text: string, k: number): number {
  while (k < text.length && isBlank(text.charCodeAt(k))) k++;
  return k;
}

function push(start: number, end: number): void {
  words.start[words.count] = start;
  words.end[words.count] = end;
  words.count++;
}

/**
 * Where CAP_SEQ_AT, tried at the capital s, ends, decided without the pattern for runs of words below U+0300
 * (and ’) separated by spaces, tabs, initials and lower-case particles; their words are left in `words`
 * (words.ascii: all ASCII). NO_RUN when the pattern fails at s; UNSURE when only the pattern can tell: a
 * character at or above U+0300 in reach or a capitalised particle ("Mac", "Nic", "Ní"). With `full`, where the
 * name group FULL (at most three words, no lookbehind) ends instead.
 */
export function walkRun(text: string, s: number, full = false): number {
  words.count = 0;
  wide = false;
  const c0 = text.charCodeAt(s);
  if (c0 >= LATIN_END) return UNSURE;
  // FULL starts with its word: no capital, no match. (CAP_SEQ_AT's callers only ask at capitals.)
  if (((CLASS[c0] as number) & UPPER) === 0) return full ? NO_RUN : UNSURE;
  if (s > 0 && !full) {
    // The lookbehind (?<![\p{L}\p{N}_@./-]\p{Lu}).
    const p = text.charCodeAt(s - 1);
    if (p >= LATIN_END) return UNSURE;
    if (((CLASS[p] as number) & LETTER_OR_NUMBER) !== 0 || p === 95 || p === 64 || p === 46 || p === 47 || p === 45) return NO_RUN;
  }
  if (c0 >= 128) wide = true;
  const first = wordEnd(text, s);
  if (first < 0) return first;
  push(s, first);
  let e = first;
  // CAP_SEQ_AT takes up to three more words (FULL two), each after SEP: blanks, an optional initial, up to two particles.
  const most = full ? 3 : 4;
  while (words.count < most) {
    if (!isBlank(text.charCodeAt(e))) break;
    let k = skipBlanks(text, e + 1);
    // An initial ("B. "): taken when there (nothing else can start with a capital and a dot).
    if (isUpperAt(text.charCodeAt(k)) && text.charCodeAt(k + 1) === 46) {
      if (!isBlank(text.charCodeAt(k + 2))) break;
      k = skipBlanks(text, k + 2);
    }
    let particles = 0;
    for (let len = particleAt(text, k); len > 0 && particles < 2; len = particleAt(text, k)) {
      k = skipBlanks(text, k + len);
      particles++;
    }
    if (k === text.length) break;
    const d = text.charCodeAt(k);
    if (d >= LATIN_END) return UNSURE;
    // Neither an initial nor a word can start here, nor (after particles) at any shorter choice of them.
    if (((CLASS[d] as number) & UPPER) === 0) break;
    const end = wordEnd(text, k);
    if (end === UNSURE) return UNSURE;
    if (end === NO_RUN) break;
    if (capitalParticle(text, k, end)) return UNSURE;
    if (d >= 128) wide = true;
    push(k, end);
    e = end;
  }
  words.ascii = !wide;
  return e;
}

const isAsciiSlice = (text: string, start: number, end: number): boolean => {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
};

/**
 * Fills `words` with the words the word pattern W (global, over text.slice(start, end)) finds. Plain slices,
 * ASCII words of a capital and 1-30 lower-case letters separated by single spaces, are split by hand.
 */
function splitWords(text: string, start: number, end: number): void {
  words.count = 0;
  if (plainWords(text, start, end)) return;
  words.count = 0;
  WORD_RE.lastIndex = 0;
  const slice = text.slice(start, end);
  for (let m = WORD_RE.exec(slice); m !== null; m = WORD_RE.exec(slice)) push(start + m.index, start + m.index + m[0].length);
}

/** splitWords for plain slices: true when the slice is plain and `words` holds its words. */
export function plainWords(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    const first = text.charCodeAt(i);
    if (first < 65 || first > 90) return false;
    let j = i + 1;
    while (j < end && text.charCodeAt(j) >= 97 && text.charCodeAt(j) <= 122) j++;
    if (j - i - 1 < 1 || j - i - 1 > 30) return false;
    push(i, j);
    if (j === end) return true;
    // One space, then the next word.
    if (text.charCodeAt(j) !== 32 || j + 1 >= end) return false;
    i = j + 1;
  }
  return false;
}

/**
 * Sets words.lo..hi to the name words of the words found (flags filled for them): leading words that are never
 * names dropped, and the run cut at the next such word. False when no name word is left. `ascii`: every word
 * is known to be plain ASCII.
 */
export function trimWords(text: string, ascii: boolean): boolean {
  let i = 0;
  for (; i < words.count; i++) if ((flagsOfWord(text, i, ascii) & NOT_NAME) === 0) break;
  if (i >= words.count) return false;
  let j = i + 1;
  for (; j < words.count; j++) if ((flagsOfWord(text, j, ascii) & NOT_NAME) !== 0) break;
  words.lo = i;
  words.hi = j;
  return true;
}

function flagsOfWord(text: string, k: number, ascii: boolean): number {
  const s = words.start[k] as number;
  const e = words.end[k] as number;
  const f = flagsAt(text, s, e, ascii || isAsciiSlice(text, s, e));
  words.flags[k] = f;
  return f;
}

/** The name words of a capitalised run (splitWords, then trimWords); false when none is left. */
export function nameWords(text: string, start: number, end: number): boolean {
  splitWords(text, start, end);
  return trimWords(text, false);
}

/**
 * False when no word of text[from..colon) can make a speaker label count (person.ts keeps a label only with a
 * word that is a given or family name and neither an ordinary word nor ambiguous): each capital below U+0300
 * there starts no word (wordEnd) or one without such flags. The word pattern finds no word that does not start
 * at one of these capitals and end where wordEnd says. A character at or above U+0300 leaves it to the pattern.
 * Saves the speaker pattern on most speaker-like lines ("Next Steps: ...", "Status: ...").
 */
export function mayNameSpeaker(text: string, from: number, colon: number): boolean {
  for (let i = from; i < colon; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || (c > 90 && c < 128)) continue;
    if (c >= LATIN_END) return true;
    if (((CLASS[c] as number) & UPPER) === 0) continue;
    const e = wordEnd(text, i);
    if (e === UNSURE) return true;
    if (e === NO_RUN) continue;
    const f = flagsAt(text, i, e, isAsciiSlice(text, i, e));
    if ((f & (WEAK | AMBIGUOUS)) === 0 && (f & (GIVEN | FAMILY)) !== 0) return true;
  }
  return false;
}
