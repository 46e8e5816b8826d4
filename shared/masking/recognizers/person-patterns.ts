// The word and run patterns of the person recognizer: a capitalised name word (W), the separators between
// name words, and the capitalised-run pattern. Shared by the recognizer's patterns, its run walker
// (person-words.ts, which must end where CAP_SEQ_AT ends) and the tests that hold the walker to them.
import { repeated } from '../scan';

// A capitalised word: "Anna", "O'Brien", "McAllister", "DeShawn", "Jean-Pierre", "José" with a combining accent.
export const W = "\\p{Lu}(?:['’]\\p{Lu})?[\\p{Ll}\\p{M}]{1,30}(?:\\p{Lu}[\\p{Ll}\\p{M}]{1,20})?(?:-\\p{Lu}[\\p{Ll}\\p{M}]{1,30})?(?![\\p{L}\\p{N}_])";
const PARTICLES = ['van', 'von', 'de', 'del', 'der', 'den', 'la', 'le', 'da', 'di', 'du', 'dos', 'das', 'y', 'zu', 'ter', 'Ní', 'Nic', 'Mac', 'bin', 'ibn'];
/** The particles in lower case (all but "Ní", "Nic", "Mac"). */
export const LOWER_PARTICLES = PARTICLES.filter((p) => /^[a-z]+$/.test(p));
const PARTICLE = `(?:${PARTICLES.join('|')})`;
// Counted groups are written out (see repeated()): (?:SEP W){0,2} and the like.
const SEP = `(?:[ \\t]+(?:\\p{Lu}\\.[ \\t]+)?${repeated(`${PARTICLE}[ \\t]+`, 0, 2)})`;
export const FULL = `${W}${repeated(`${SEP}${W}`, 0, 2)}`;
export const TWO_PLUS = `${W}${repeated(`${SEP}${W}`, 1, 2)}`;
// The capital comes before the lookbehind so that only capitals pay for it (this pattern runs on every text).
export const CAP_SEQ_AT = new RegExp(`\\p{Lu}(?<![\\p{L}\\p{N}_@./-]\\p{Lu})${W.slice('\\p{Lu}'.length)}${repeated(`${SEP}${W}`, 0, 3)}`, 'yu');
export const WORD_RE = new RegExp(W, 'gu');
