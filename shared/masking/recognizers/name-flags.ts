// Which name lists hold a word (given, family, ordinary word, ambiguous given name), as bits of one map
// built on first use: the person recognizer asks this for every capitalised word, accents folded.
import { AMBIGUOUS_GIVEN_NAMES, FAMILY_NAMES, GIVEN_NAMES, WEAK_NAMES } from './name-lists';

/** Lookup that ignores accents, so "José" (composed or not) finds "Jose". */
// Pure ASCII is its own NFC form and has no marks to fold, so a miss needs no normalising (most words).
const isAscii = (w: string): boolean => {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 0x7f) return false;
  return true;
};
export const fold = (w: string): string => (isAscii(w) ? w : w.normalize('NFD').replace(/\p{M}/gu, ''));
// The lists holding a word, as bits of one map: one lookup per word form instead of one per list and form.
export const GIVEN = 1;
export const FAMILY = 2;
export const WEAK = 4;
export const AMBIGUOUS = 8;
let listFlags: Map<string, number> | null = null;
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
    listFlags = m;
  }
  return listFlags;
}
/** The lists that hold w as it is, composed (NFC) or without accents: bit b is set when set_b.has(w) would be. */
export function flagsOf(w: string): number {
  const m = flagsMap();
  const f = m.get(w) ?? 0;
  return isAscii(w) ? f : f | (m.get(w.normalize('NFC')) ?? 0) | (m.get(fold(w)) ?? 0);
}
