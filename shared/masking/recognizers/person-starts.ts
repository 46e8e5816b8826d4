// Where the sticky person patterns (titles, greetings, labels, names before an address, speaker lines,
// capitalised runs) can begin. Each function
// returns, in increasing order, a superset of the positions at which its pattern can match, so that
// scanAt over them finds exactly what a global scan would; the cheaper the list, the fewer regex runs.

import { capitalAfterColon, speakerLineAt, speakerWordsAt } from './person-gates';

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

// ASCII characters after which CAP_SEQ_AT's lookbehind (?<![\p{L}\p{N}_@./-]\p{Lu}) fails.
const NOT_BEFORE_RUN = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (isAsciiLetter(c) || (c >= 48 && c <= 57) || '_@./-'.includes(String.fromCharCode(c))) NOT_BEFORE_RUN[c] = 1;

/**
 * False when a capitalised word (W: a capital, then an apostrophe and a capital or a lower-case letter or mark)
 * cannot start at the capital at s: the next character is ASCII but neither a lower-case letter nor an apostrophe.
 * Non-ASCII characters are left to the pattern.
 */
function canStartWord(text: string, s: number): boolean {
  const next = text.charCodeAt(s + 1);
  return next >= 128 || (next >= 97 && next <= 122) || next === 39;
}

/** canStartWord, and the character before s is none that CAP_SEQ_AT's lookbehind rules out. */
export function canStartRun(text: string, s: number): boolean {
  const prev = s === 0 ? 32 : text.charCodeAt(s - 1);
  return (prev >= 128 || NOT_BEFORE_RUN[prev] === 0) && canStartWord(text, s);
}

/**
 * The index of a capital and a lower-case letter ("Dr", "Hi": how every title and greeting word starts) in the
 * FirstWords tables, or -1: 26 x 26 entries, a few cache lines, where a table of every pair of ASCII characters
 * spread the same entries over many lines and missed the cache in the pipeline.
 */
export const prefixKey = (c0: number, c1: number): number => (c0 >= 65 && c0 <= 90 && c1 >= 97 && c1 <= 122 ? (c0 - 65) * 26 + (c1 - 97) : -1);
const PREFIXES = 26 * 26;

/** The literal words of several alternations ("Dear|Hi|Estimad[oa]"; a class cuts a word short), by first two characters. */
export interface FirstWords {
  /** Bit i set at prefixKey(c0, c1) when a word of alternation i starts with the characters c0 c1. */
  readonly table: Uint8Array;
  /** lists[i][prefixKey(c0, c1)]: the words of alternation i that start with c0 c1. */
  readonly lists: readonly (readonly string[] | undefined)[][];
  /** The words cut short by a class ("Estimad"): what follows them is left to the pattern. */
  readonly cut: ReadonlySet<string>;
  /**
   * Bit (c2 & 31) set at prefixKey(c0, c1) for the third character c2 of each word that starts with c0 c1 (every bit for a
   * word of two): most capitals whose first two characters start a word ("The", "March") are ruled out by the third.
   */
  readonly third: Uint32Array;
}

/** Builds FirstWords for up to 8 alternations whose words all start with a capital and a lower-case ASCII letter. */
export function firstWords(...alternations: string[]): FirstWords {
  const table = new Uint8Array(PREFIXES);
  const third = new Uint32Array(PREFIXES);
  const cut = new Set<string>();
  const lists = alternations.map((alternation, i) => {
    // Filled up front: a sparse array would fall back to slow dictionary elements.
    const byPrefix: (string[] | undefined)[] = Array.from({ length: PREFIXES }, () => undefined);
    for (const alt of alternation.split('|')) {
      const bracket = alt.indexOf('[');
      const word = bracket === -1 ? alt : alt.slice(0, bracket);
      if (bracket !== -1) cut.add(word);
      const key = prefixKey(word.charCodeAt(0), word.charCodeAt(1));
      if (key === -1) throw new Error(`firstWords: ${word} does not start with a capital and a lower-case ASCII letter`);
      table[key] = (table[key] as number) | (1 << i);
      third[key] = (third[key] as number) | (word.length === 2 ? -1 : 1 << (word.charCodeAt(2) & 31));
      (byPrefix[key] ??= []).push(word);
    }
    return byPrefix;
  });
  return { table, lists, cut, third };
}

/** text.startsWith(word, s) for a word whose first two characters are known to stand at s (compared by hand: cheaper). */
function continuesAt(text: string, word: string, s: number): boolean {
  if (s + word.length > text.length) return false;
  for (let i = 2; i < word.length; i++) if (text.charCodeAt(s + i) !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * For each alternation i of `words`, appends to outs[i] the capitals at which one of its words starts, not right
 * after an ASCII letter (the patterns' lookbehind rules out any letter), and is followed by what follows[i]
 * accepts (unless the word was cut short): a pattern that begins with one of the words can match nowhere else. Writes to `runs` (room for every capital) the capitals that pass canStartRun and
 * returns their count. One pass over the
 * capitals serves every list; a table of two-character prefixes rules out most capitals without comparing a word.
 */
export function startsOfEach(
  text: string,
  caps: readonly number[],
  words: FirstWords,
  follows: readonly ((text: string, end: number) => boolean)[],
  outs: readonly number[][],
  runs: Int32Array,
): number {
  const { table, lists, cut, third } = words;
  // (Tried: the run start written at once and counted by two table reads instead of branches: A/B 0.94-1.00, median
  // 0.99, within noise.)
  let count = 0;
  for (let k = 0; k < caps.length; k++) {
    const s = caps[k] as number;
    // Most capitals stand inside a word ("API", "McAllister", base64): ruled out first, for every list.
    const prev = s === 0 ? 32 : text.charCodeAt(s - 1);
    if (isAsciiLetter(prev)) continue;
    const c1 = text.charCodeAt(s + 1);
    // canStartRun, with the character before and after at hand.
    if ((prev >= 128 || NOT_BEFORE_RUN[prev] === 0) && (c1 >= 128 || (c1 >= 97 && c1 <= 122) || c1 === 39)) runs[count++] = s;
    const key = prefixKey(text.charCodeAt(s), c1);
    if (key === -1) continue;
    const bits = table[key] as number;
    if (bits === 0 || ((third[key] as number) & (1 << (text.charCodeAt(s + 2) & 31))) === 0) continue;
    for (let i = 0; i < outs.length; i++) {
      if ((bits & (1 << i)) === 0) continue;
      const list = lists[i]?.[key] as readonly string[];
      for (let j = 0; j < list.length; j++) {
        const word = list[j] as string;
        if (continuesAt(text, word, s) && (cut.has(word) || (follows[i] as (text: string, end: number) => boolean)(text, s + word.length))) {
          (outs[i] as number[]).push(s);
          break;
        }
      }
    }
  }
  return count;
}

const isFieldChar = (c: number): boolean => c >= 128 || isAsciiLetter(c) || c === 32 || c === 45 || c === 46 || c === 47;

/** Label field names of several sets ("From", "Vorname"), with filters that rule most candidates out unsliced. */
export interface LabelFields {
  readonly sets: readonly ReadonlySet<string>[];
  readonly maxLength: number;
  /** filters[i][fieldRow(last, length)]: bit (first & 31) set for each field of sets[i] with that first character. */
  readonly filters: readonly Uint32Array[];
  /** 1 at (last & 127) for the last character of every field: a colon after any other character starts no label. */
  readonly lasts: Uint8Array;
}

/**
 * A field's filter row, by its last character and its length: the candidates before one colon share the last
 * character and so read one or two cache lines per set, where a hash of all three read one line per candidate.
 */
const fieldRow = (last: number, length: number): number => ((last & 127) << 5) | (length & 31);

/** Builds LabelFields for up to 8 sets of field names. */
export function labelFields(...sets: ReadonlySet<string>[]): LabelFields {
  let maxLength = 0;
  const lasts = new Uint8Array(128);
  const filters = sets.map((set) => {
    const filter = new Uint32Array(128 * 32);
    for (const f of set) {
      lasts[f.charCodeAt(f.length - 1) & 127] = 1;
      const row = fieldRow(f.charCodeAt(f.length - 1), f.length);
      filter[row] = (filter[row] as number) | (1 << (f.charCodeAt(0) & 31));
      maxLength = Math.max(maxLength, f.length);
    }
    return filter;
  });
  return { sets, maxLength, filters, lasts };
}

/** The sets (bit i for sets[i]) whose filter lets a field of this first and last character and length through. */
function setBits(filters: readonly Uint32Array[], first: number, last: number, length: number): number {
  const row = fieldRow(last, length);
  const bit = 1 << (first & 31);
  let bits = 0;
  for (let i = 0; i < filters.length; i++) if ((((filters[i] as Uint32Array)[row] as number) & bit) !== 0) bits |= 1 << i;
  return bits;
}

/** The colons of a text, in increasing order: found once per text and read by every colon-driven start list. */
export class Colons {
  at = new Int32Array(64);
  count = 0;
}

/** Fills `colons` with the colons of the text (one indexOf loop instead of one per start list) and returns it. */
export function findColons(text: string, colons: Colons): Colons {
  let n = 0;
  for (let c = text.indexOf(':'); c !== -1; c = text.indexOf(':', c + 1)) {
    if (n === colons.at.length) {
      const grown = new Int32Array(n * 2);
      grown.set(colons.at);
      colons.at = grown;
    }
    colons.at[n++] = c;
  }
  colons.count = n;
  return colons;
}

/**
 * Where a label pattern "(?<!\p{L})(?:field|...)[ \t]?:" can match, for each set i of `fields` appended to
 * outs[i]: the field ends right before the colon or before one space or tab in front of it, starts at a letter
 * that does not follow an ASCII letter, and is one of the set (the exact strings of the alternation). One pass
 * over the colons serves every set; the filters spare most candidates the slice and the set lookup.
 */
export function labelStartsEach(text: string, colons: Colons, fields: LabelFields, outs: readonly number[][]): void {
  const { sets, maxLength, filters, lasts } = fields;
  let next = 0;
  for (let i = 0; i < colons.count; i++) {
    const colon = colons.at[i] as number;
    const before = text.charCodeAt(colon - 1);
    const spaced = before === 32 || before === 9;
    // No field ends with the character before the colon (or before its blank): "10:30", "?:" (the rows the
    // filters would read below are all empty).
    if (((lasts[before & 127] as number) | (spaced ? (lasts[text.charCodeAt(colon - 2) & 127] as number) : 0)) === 0) continue;
    // Both patterns need a capital (after blanks, a line break, a quote) after their colon.
    if (!capitalAfterColon(text, colon)) continue;
    // Field names hold only letters, spaces, "-", "." and "/": a field cannot reach back over any other
    // ASCII character ("10:30", "https:" end the search at once).
    let q = spaced ? colon - 2 : colon - 1;
    while (q >= 0 && isFieldChar(text.charCodeAt(q))) q--;
    const last = text.charCodeAt(colon - 1);
    const lastSpaced = text.charCodeAt(colon - 2);
    for (let p = Math.max(next, colon - maxLength - 1, q + 1); p < colon; p++) {
      const c = text.charCodeAt(p);
      if (c < 128 && !isAsciiLetter(c)) continue;
      if (p > 0 && isAsciiLetter(text.charCodeAt(p - 1))) continue;
      const bits = setBits(filters, c, last, colon - p) | (spaced ? setBits(filters, c, lastSpaced, colon - 1 - p) : 0);
      if (bits === 0) continue;
      for (let j = 0; j < outs.length; j++) {
        if ((bits & (1 << j)) === 0) continue;
        const set = sets[j] as ReadonlySet<string>;
        if (set.has(text.slice(p, colon)) || (spaced && set.has(text.slice(p, colon - 1)))) (outs[j] as number[]).push(p);
      }
    }
    next = Math.max(next, colon);
  }
}

/**
 * Where a speaker label can start: at the text start or at a newline (the pattern begins with (?:^|\n)), only
 * on a line that holds a colon followed by a space or tab, which the label ends with, and whose start can begin
 * a label (speakerLineAt). `named`, when given, must also hold for the line start and the colon (see mayNameSpeaker).
 * Driven by the colons (of findColons): only the first colon followed by a blank on a line counts, and its line
 * start is found back from it, never past the colon before (each character is read once).
 */
export function speakerStarts(text: string, colons: Colons, named?: (text: string, from: number, colon: number) => boolean): number[] {
  const out: number[] = [];
  // The last colon followed by a blank (a later one with no newline in between is on its line), or -1.
  let bound = -1;
  for (let i = 0; i < colons.count; i++) {
    const colon = colons.at[i] as number;
    const after = text.charCodeAt(colon + 1);
    // A colon at 0 stands at the first line start, not after it: the label cannot end there.
    if ((after !== 32 && after !== 9) || colon === 0) continue;
    let k = colon - 1;
    while (k > bound && text.charCodeAt(k) !== 10) k--;
    const sameLine = k === bound && bound !== -1;
    bound = colon;
    if (sameLine) continue;
    // The line's newline, or 0 for the first line (and for the second when the text starts with its newline).
    const s = k < 0 ? 0 : k;
    // The label begins after the line break ((?:^|\n)), or at the text start.
    const lineStart = s === 0 ? speakerLineAt(text, 0) || (text.charCodeAt(0) === 10 && speakerLineAt(text, 1)) : speakerLineAt(text, s + 1);
    if (lineStart && speakerWordsAt(text, s, colon) && (named === undefined || named(text, s, colon))) out.push(s);
  }
  return out;
}

// ASCII characters a name before its bracketed address can hold (TWO_PLUS and the blanks after it): letters,
// apostrophes, hyphens, the dot of an initial, spaces and tabs. Any other ASCII character ends the search.
const IN_NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (isAsciiLetter(c) || "'-. \t".includes(String.fromCharCode(c))) IN_NAME[c] = 1;
const isBracket = (c: number): boolean => c === 60 || c === 40 || c === 91;

/**
 * Where BEFORE_EMAIL_AT ("Ada Park <ada@...") can start: at a capital that can start a word, from which the first
 * character that no name holds is the bracket "<", "(" or "[" (the name and the blanks before the bracket hold
 * none). Non-ASCII characters are let through. The first such character after a start is shared by the starts
 * before it, so the text is read once.
 */
export function bracketNameStarts(text: string, caps: readonly number[]): number[] {
  const out: number[] = [];
  let stop = -1;
  let bracket = false;
  for (let k = 0; k < caps.length; k++) {
    const s = caps[k] as number;
    if (!canStartWord(text, s)) continue;
    if (s > stop) {
      let i = s;
      while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c < 128 && IN_NAME[c] === 0) break;
        i++;
      }
      stop = i;
      bracket = isBracket(text.charCodeAt(i));
    }
    if (bracket) out.push(s);
  }
  return out;
}

