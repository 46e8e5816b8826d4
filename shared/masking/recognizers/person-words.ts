// The words of a capitalised run, as positions in the text: walked by hand for plain ASCII runs (where
// CAP_SEQ_AT would end, without the /u pattern) or split with the word pattern, then trimmed of words that
// are never names. Kept in module-level arrays reused for every run: no strings, arrays or objects per run.
import { flagsAt, NOT_NAME } from './name-flags';
import { PARTICLES, WORD_RE } from './person-patterns';

// A run holds at most 4 words of CAP_SEQ_AT plus 2 capitalised particles ("Mac", "Nic") between each pair;
// the word pattern cannot find more in any slice a person pattern matched.
const MAX_WORDS = 32;
/** The words found by the last walkRun or nameWords: starts, ends and list flags (flagsAt), `count` of them. */
export const words = { start: new Int32Array(MAX_WORDS), end: new Int32Array(MAX_WORDS), flags: new Int32Array(MAX_WORDS), count: 0, lo: 0, hi: 0 };

/** walkRun's answers besides a run end: the pattern cannot match at the capital, or only the pattern can tell. */
export const NO_RUN = -1;
export const UNSURE = -2;

const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isBlank = (c: number): boolean => c === 32 || c === 9;

/**
 * Where W (the capitalised-word pattern) ends at position i, which holds an ASCII capital: the end when it
 * is a capital and 1-30 ASCII lower-case letters followed by the text end or an ASCII character no part of W
 * takes; NO_RUN when W cannot match there; UNSURE for anything else (an apostrophe, a camel-case or hyphenated
 * part, a non-ASCII letter or mark).
 */
function plainWordEnd(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && j - i <= 31 && isLower(text.charCodeAt(j))) j++;
  const run = j - i - 1;
  if (run > 30) return NO_RUN;
  if (j === text.length) return run === 0 ? NO_RUN : j;
  const c = text.charCodeAt(j);
  if (run === 0) return c >= 128 || c === 39 ? UNSURE : NO_RUN;
  if (c >= 128 || isUpper(c) || c === 45) return UNSURE;
  // A digit or "_" fails W's lookahead, and no shorter lower-case part can end before a non-letter.
  return (c >= 48 && c <= 57) || c === 95 ? NO_RUN : j;
}

// Lower-case particles by first letter; the capitalised ones ("Mac", "Nic", "Ní") are handled apart.
const LOWER_PARTICLES = PARTICLES.filter((p) => isLower(p.charCodeAt(0)));
/** True when a lower-case particle of SEP, followed by a space or tab, starts at k. */
function particleAt(text: string, k: number): boolean {
  for (let p = 0; p < LOWER_PARTICLES.length; p++) {
    const w = LOWER_PARTICLES[p] as string;
    if (text.startsWith(w, k) && isBlank(text.charCodeAt(k + w.length))) return true;
  }
  return false;
}

function push(start: number, end: number): void {
  words.start[words.count] = start;
  words.end[words.count] = end;
  words.count++;
}

/**
 * Where CAP_SEQ_AT, tried at the capital s, ends, decided without the pattern for runs of plain ASCII words
 * separated by spaces and tabs; their words are left in `words`. The caller has checked the lookbehind for an
 * ASCII character before s (canStartRun). NO_RUN when the pattern fails at s; UNSURE when only the pattern can
 * tell: a non-ASCII character before s or in reach, an initial ("B."), a particle, an unusual word shape.
 */
export function walkRun(text: string, s: number): number {
  words.count = 0;
  if (!isUpper(text.charCodeAt(s)) || (s > 0 && text.charCodeAt(s - 1) >= 128)) return UNSURE;
  const first = plainWordEnd(text, s);
  if (first < 0) return first;
  push(s, first);
  let e = first;
  // CAP_SEQ_AT takes up to three more words, each after SEP: blanks, an optional initial, optional particles.
  while (words.count < 4) {
    if (!isBlank(text.charCodeAt(e))) return e;
    let k = e + 1;
    while (k < text.length && isBlank(text.charCodeAt(k))) k++;
    if (k === text.length) return e;
    const d = text.charCodeAt(k);
    if (d >= 128) return UNSURE;
    if (isLower(d)) return particleAt(text, k) ? UNSURE : e;
    if (!isUpper(d)) return e;
    if (text.charCodeAt(k + 1) === 46) return UNSURE;
    const end = plainWordEnd(text, k);
    if (end === UNSURE) return UNSURE;
    // Neither an initial (no dot) nor a particle: SEP can only end here, where W fails.
    if (end === NO_RUN) return e;
    // "Mac" and "Nic" before a blank may be particles, which the pattern tries first.
    if (end - k === 3 && isBlank(text.charCodeAt(end)) && (text.startsWith('Mac', k) || text.startsWith('Nic', k))) return UNSURE;
    push(k, end);
    e = end;
  }
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
    if (!isUpper(text.charCodeAt(i))) return false;
    let j = i + 1;
    while (j < end && isLower(text.charCodeAt(j))) j++;
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
