// Which name lists hold a word (given, family, ordinary word, ambiguous given name), as bits of one map
// built on first use: the person recognizer asks this for every capitalised word, accents folded.
import { AMBIGUOUS_GIVEN_NAMES, FAMILY_NAMES, GIVEN_NAMES, WEAK_NAMES } from './name-lists';

const isAscii = (w: string): boolean => {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 0x7f) return false;
  return true;
};
/** The word without accents, for lookups that ignore them: "José" (composed or not) finds "Jose". Pure ASCII has none. */
export const fold = (w: string): string => (isAscii(w) ? w : w.normalize('NFD').replace(/\p{M}/gu, ''));
// The lists holding a word, as bits of one map: one lookup per word form instead of one per list and form.
export const GIVEN = 1;
export const FAMILY = 2;
export const WEAK = 4;
export const AMBIGUOUS = 8;
let listFlags: Map<string, number> | null = null;
// One bit per signature (first two characters, last character, length) of every word of the map: a word whose
// bit is clear is in no list, which is answered without hashing the word and probing the map (most
// capitalised words in a text are not names). 2^20 bits keep false hits to a few percent.
const FILTER_MASK = (1 << 20) - 1;
const filter = new Uint32Array((FILTER_MASK + 1) >>> 5);
const signature = (w: string): number =>
  (Math.imul(Math.imul(Math.imul(w.charCodeAt(0), 31) + w.charCodeAt(1), 31) + w.charCodeAt(w.length - 1), 31) + w.length) & FILTER_MASK;
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
    for (const w of m.keys()) {
      const h = signature(w);
      filter[h >>> 5] = (filter[h >>> 5] as number) | (1 << (h & 31));
    }
    listFlags = m;
  }
  return listFlags;
}
/** The lists that hold w as it is, composed (NFC) or without accents: bit b is set when set_b.has(w) would be. */
export function flagsOf(w: string): number {
  const m = flagsMap();
  if (isAscii(w)) {
    // Pure ASCII is its own NFC form and has nothing to fold: one lookup, skipped when the filter says no.
    const h = signature(w);
    return ((filter[h >>> 5] as number) & (1 << (h & 31))) === 0 ? 0 : (m.get(w) ?? 0);
  }
  return (m.get(w) ?? 0) | (m.get(w.normalize('NFC')) ?? 0) | (m.get(fold(w)) ?? 0);
}
