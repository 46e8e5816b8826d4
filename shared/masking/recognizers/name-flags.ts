// Which name lists hold a word (given, family, ordinary word, ambiguous given name, never a name), as bits
// of one map built on first use: the person recognizer asks this for every capitalised word, accents folded.
// Words in the text are looked up by their char codes (name-table.ts); the map serves the other words.
import { AMBIGUOUS_GIVEN_NAMES, FAMILY_NAMES, GIVEN_NAMES, NOT_NAME_WORDS, WEAK_NAMES } from './name-lists';
import { asciiGet, asciiTable, type AsciiTable, wideGet, wideTable, type WideTable } from './name-table';

// The folded form of each character below U+0300 (ASCII, Latin-1, Latin Extended, IPA): a word made of them
// has no combining marks, is its own NFC form and folds character by character, without normalize() (the
// tests hold both to normalize()). Most accented names ("José", "Müller") are such words.
export const LATIN_END = 0x300;
const FOLDED: readonly string[] = Array.from({ length: LATIN_END }, (_, c) => String.fromCharCode(c).normalize('NFD').replace(/\p{M}/gu, ''));
// The same as char codes, for lookups of a folded word without the string (wideGet); null if a character
// folded to other than one character (none does: the tests hold fold() to normalize()).
const FOLDED_CODE: Uint16Array | null = FOLDED.every((f) => f.length === 1) ? Uint16Array.from(FOLDED, (f) => f.charCodeAt(0)) : null;
const maxCode = (w: string): number => {
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, w.charCodeAt(i));
  return max;
};
/** The word without accents, for lookups that ignore them: "José" (composed or not) finds "Jose". Pure ASCII has none. */
export function fold(w: string): string {
  const max = maxCode(w);
  if (max < 0x80) return w;
  if (max >= LATIN_END) return w.normalize('NFD').replace(/\p{M}/gu, '');
  let folded = '';
  for (let i = 0; i < w.length; i++) folded += FOLDED[w.charCodeAt(i)] as string;
  return folded;
}
// The lists holding a word, as bits of one map: one lookup per word form instead of one per list and form.
export const GIVEN = 1;
export const FAMILY = 2;
export const WEAK = 4;
export const AMBIGUOUS = 8;
/** NOT_NAME_WORDS, matched exactly (never through the NFC or folded form): only flagsAt reports it. */
export const NOT_NAME = 16;
const NAME_BITS = GIVEN | FAMILY | WEAK | AMBIGUOUS;
let listFlags: Map<string, number> | null = null;
// The map's ASCII words, probed with a word's char codes (flagsAt's ASCII words: most, and the ASCII folded forms
// of the others), and its words outside ASCII, for the Latin words outside ASCII as they are (and folded, when
// the folded form is not ASCII either).
let asciiFlags: AsciiTable | null = null;
let wideFlags: WideTable | null = null;
// One bit per signature (first two characters, last character, length) of every word of the map: a word whose
// bit is clear is in no list, answered without hashing it and probing the map. 2^18 bits (32 KB) keep false hits
// near 6%. Words in the text skip it: a miss in their table reads one cache line, as the filter would.
const FILTER_MASK = (1 << 18) - 1;
const filter = new Uint32Array((FILTER_MASK + 1) >>> 5);
// The same for the given names that are not ambiguous alone: the words a lone capitalised word must be to count
// (8 KB, near 8% false hits).
const LONE_MASK = (1 << 16) - 1;
const loneFilter = new Uint32Array((LONE_MASK + 1) >>> 5);
const sig = (c0: number, c1: number, last: number, length: number): number =>
  Math.imul(Math.imul(Math.imul(c0, 31) + c1, 31) + last, 31) + length;
/** Sets or tests the bit of signature h in a filter of mask + 1 bits. */
const addTo = (bits: Uint32Array, mask: number, h: number): void => {
  const i = (h & mask) >>> 5;
  bits[i] = (bits[i] as number) | (1 << (h & 31));
};
const isIn = (bits: Uint32Array, mask: number, h: number): boolean => ((bits[(h & mask) >>> 5] as number) & (1 << (h & 31))) !== 0;
/** The signature of the word text.slice(start, end), without the slice. */
const signatureAt = (text: string, start: number, end: number): number =>
  sig(text.charCodeAt(start), text.charCodeAt(start + 1), text.charCodeAt(end - 1), end - start);
const signature = (w: string): number => signatureAt(w, 0, w.length);
function flagsMap(): Map<string, number> {
  if (!listFlags) {
    const m = new Map<string, number>();
    const add = (set: ReadonlySet<string>, bit: number): void => {
      for (const w of set) m.set(w, (m.get(w) ?? 0) | bit);
    };
    add(GIVEN_NAMES, GIVEN);
    add(FAMILY_NAMES, FAMILY);
    add(WEAK_NAMES, WEAK);
    add(AMBIGUOUS_GIVEN_NAMES, AMBIGUOUS);
    add(NOT_NAME_WORDS, NOT_NAME);
    for (const [w, f] of m) {
      const h = signature(w);
      addTo(filter, FILTER_MASK, h);
      if ((f & GIVEN) !== 0 && (f & AMBIGUOUS) === 0) addTo(loneFilter, LONE_MASK, h);
    }
    listFlags = m;
    asciiFlags = asciiTable(m);
    wideFlags = wideTable(new Map([...m].filter(([w]) => maxCode(w) >= 0x80)));
  }
  return listFlags;
}
/** The lists that hold w as it is, composed (NFC) or without accents: bit b is set when set_b.has(w) would be. */
export function flagsOf(w: string): number {
  return wordFlags(w) & NAME_BITS;
}
/** m.get(w), skipped when the filter says no. */
function lookup(m: Map<string, number>, w: string): number {
  return isIn(filter, FILTER_MASK, signature(w)) ? (m.get(w) ?? 0) : 0;
}
/** flagsOf(w), plus NOT_NAME when NOT_NAME_WORDS.has(w). */
function wordFlags(w: string): number {
  const m = flagsMap();
  const max = maxCode(w);
  // Pure ASCII is its own NFC form and has nothing to fold: one lookup.
  if (max < 0x80) return lookup(m, w);
  // Below U+0300 the word is its own NFC form too.
  if (max < LATIN_END) return lookup(m, w) | (lookup(m, fold(w)) & NAME_BITS);
  return (m.get(w) ?? 0) | (((m.get(w.normalize('NFC')) ?? 0) | (m.get(fold(w)) ?? 0)) & NAME_BITS);
}
/**
 * wordFlags(text.slice(start, end)) for a word of two or more characters; `ascii` says that the word is pure
 * ASCII (known to a caller that has just walked it), which lets the filter answer from the text's char codes.
 */
export function flagsAt(text: string, start: number, end: number, ascii: boolean): number {
  // The tables are built on first use; a null test here instead of a call to flagsMap per word.
  if (asciiFlags === null) flagsMap();
  if (ascii) return asciiGet(asciiFlags as AsciiTable, text, start, end);
  let max = 0;
  for (let i = start; i < end; i++) max = Math.max(max, text.charCodeAt(i));
  if (max < 0x80) return asciiGet(asciiFlags as AsciiTable, text, start, end);
  // As wordFlags: below U+0300 the word is its own NFC form, looked up as it is and folded. Only a list word
  // outside ASCII can equal it as it is, and only an ASCII one its folded form when that is ASCII ("José" ->
  // "Jose", most): each is probed in its own table, the small table of the words outside ASCII or the ASCII
  // one, which the other words keep in cache (the table of all words cost a cache miss per probe in the pipeline).
  if (max < LATIN_END && FOLDED_CODE !== null) {
    const table = wideFlags as WideTable;
    let foldedMax = 0;
    for (let i = start; i < end; i++) foldedMax = Math.max(foldedMax, FOLDED_CODE[text.charCodeAt(i)] as number);
    const folded = foldedMax < 0x80 ? asciiGet(asciiFlags as AsciiTable, text, start, end, FOLDED_CODE) : wideGet(table, text, start, end, FOLDED_CODE);
    return wideGet(table, text, start, end, null) | (folded & NAME_BITS);
  }
  return wordFlags(text.slice(start, end));
}

/**
 * flagsAt for a lone word, where only an unambiguous given name counts: 0 when the word is certainly none (an
 * ASCII word whose signature no such name has: most sentence starts, "The", "Please", are other list words).
 */
export function loneFlagsAt(text: string, start: number, end: number, ascii: boolean): number {
  if (ascii) {
    if (asciiFlags === null) flagsMap();
    if (!isIn(loneFilter, LONE_MASK, signatureAt(text, start, end))) return 0;
  }
  return flagsAt(text, start, end, ascii);
}
