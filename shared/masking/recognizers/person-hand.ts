// The person patterns that end with a name, matched by hand where the name is a run of Latin words: what comes
// before the name is checked as the pattern would (a title or greeting word and its glue, a label's colon and glue), the
// name walked by walkRun with the limits of its group. The pattern runs only where the walk cannot tell.
import { matchAt } from '../scan';
import type { Candidate } from '../types';
import { afterColon } from './person-gates';
import { type FirstWords, prefixKey } from './person-starts';
import { NO_RUN, trimWords, UNSURE, walkRun, words } from './person-words';

/** Where a pattern tried at s ends by hand, its name words left in `words`; NO_RUN: no match; UNSURE: the pattern decides. */
export type HandAt = (text: string, s: number) => number;

/**
 * scanAt(sticky, text, starts, onMatch, out) for a pattern whose match ends with its name group, FULL or (with
 * minWords 2) TWO_PLUS: `at` decides most starts, and the candidate is fromRange's over the walked name words.
 */
export function scanByHand(sticky: RegExp, text: string, starts: readonly number[], at: HandAt, onMatch: (m: RegExpExecArray) => Candidate | null, minWords: number, score: number, out: Candidate[]): void {
  let from = 0;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i] as number;
    if (s < from) continue;
    const end = at(text, s);
    if (end === NO_RUN) continue;
    if (end === UNSURE) {
      const matched = matchAt(sticky, text, s, onMatch, out);
      if (matched !== -1) from = matched;
      continue;
    }
    from = end;
    // The walk's words are the name group's (the word pattern finds the same): trimmed, they are fromRange's.
    if (words.count >= minWords && trimWords(text, words.ascii) && words.hi - words.lo >= minWords) {
      out.push({ start: words.start[words.lo] as number, end: words.end[words.hi - 1] as number, score });
    }
  }
}

/**
 * Where a title pattern ("(?<!\p{L})(?:Dear|Hi|...)" then glue, then (FULL)), tried at a start of its alternation
 * `list` of `titles`, ends: its words starting at s, in the pattern's order, each followed by its glue (`glue`:
 * where the name starts, or -1) and a name, the first that has one. UNSURE for a letter outside ASCII before s
 * (the lookbehind) and a word cut short by a class. Glue and name are each taken as far as they go: the name
 * starts with a capital, which no glue character is.
 */
export function titleAt(titles: FirstWords, list: number, glue: (text: string, k: number) => number, text: string, s: number): number {
  if (s > 0 && text.charCodeAt(s - 1) >= 128) return UNSURE;
  const key = prefixKey(text.charCodeAt(s), text.charCodeAt(s + 1));
  const alternatives = key === -1 ? undefined : titles.lists[list]?.[key];
  if (alternatives === undefined) return NO_RUN;
  for (let i = 0; i < alternatives.length; i++) {
    const word = alternatives[i] as string;
    if (titles.cut.has(word)) return UNSURE;
    if (!text.startsWith(word, s)) continue;
    const name = glue(text, s + word.length);
    if (name === -1) continue;
    const end = walkRun(text, name, true);
    if (end !== NO_RUN) return end;
  }
  return NO_RUN;
}

/**
 * Where HEADER_AT ("(?<!\p{L})(?:From|...)[ \t]?:[ \t]{0,3}(?:\r?\n[ \t]{0,4})?["']?(TWO_PLUS)"), tried at a start
 * of labelStartsEach, ends: its field ends before the first colon after p (fields hold no colon), which the glue
 * and the name follow. A name of one word is no match (TWO_PLUS: two or three).
 */
export function headerAt(text: string, p: number): number {
  if (p > 0 && text.charCodeAt(p - 1) >= 128) return UNSURE;
  const k = afterColon(text, text.indexOf(':', p));
  if (k === -1) return NO_RUN;
  const end = walkRun(text, k, true);
  return end >= 0 && words.count < 2 ? NO_RUN : end;
}
