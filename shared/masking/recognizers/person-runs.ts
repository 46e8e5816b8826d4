// Capitalised runs ("Nadia Vance", a lone "Marisol"): the person recognizer's catch-all, tried at every
// capital that can start one. Runs of Latin words are walked by hand (person-words.ts); the pattern
// CAP_SEQ_AT decides only the rest (marks, other scripts, capitalised particles). Each run is scored by what the name lists know of its words and its cue.
import { AMBIGUOUS, FAMILY, GIVEN, loneFlagsAt, WEAK } from './name-flags';
import { EmailTokens } from './person-email';
import { CAP_SEQ_AT } from './person-patterns';
import { nameWords, NO_RUN, trimWords, UNSURE, walkRun, words } from './person-words';
import type { Candidate } from '../types';

// Words that introduce a person when they stand right before a capitalised run.
export const IMMEDIATE_CUE_RE = new RegExp(
  `(?:^|[^\\p{L}])(?:${[
    'colleague', 'coworker', 'co-worker', 'boss', 'manager', 'ask', 'tell', 'ping', 'cc', 'forward this to', 'forward it to', 'met with',
    'spoke with', 'spoke to', 'talked to', 'talk to', "i'm", 'i am', 'my name is', 'this is', 'landlord', 'tenant', 'wife', 'husband',
    'son', 'daughter', 'mother', 'father', 'friend', 'neighbour', 'neighbor', 'patient', 'applicant', 'employee', 'on (?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,',
    'for', 'and', 'soy', 'me llamo', 'mi compañer[oa]', 'je suis', "je m'appelle", 'mon collègue', 'ma collègue', 'ich bin', 'ich heiße',
    'mein name ist', 'mein kollege', 'meine kollegin', 'y', 'et', 'und',
  ].join('|')})[,:]?[ \\t]{1,3}$`,
  'iu',
);

// The last word of each cue (lower case, ASCII letters only; "co-worker" ends with "worker", "i'm" with "m").
const CUE_LAST_WORDS: ReadonlySet<string> = new Set(
  'colleague coworker worker boss manager ask tell ping cc to with m am is landlord tenant wife husband son daughter mother father friend neighbour neighbor patient applicant employee for and soy llamo suis appelle bin ist kollege kollegin y et und'.split(' '),
);

/**
 * False when IMMEDIATE_CUE_RE cannot match text.slice(from, start) (which ends with a space or tab): the ASCII
 * letters before its 1-3 final blanks are no cue's last word. True, for the pattern to decide, when the word is
 * one, or when a ",", ":", a non-ASCII character (a folded "K", "ñ" in "compañero") or more blanks make it unsure.
 */
export function mayFollowCue(text: string, from: number, start: number): boolean {
  let k = start;
  while (k > from && start - k < 3 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  const end = k;
  while (k > from) {
    const c = text.charCodeAt(k - 1) | 32;
    if (c < 97 || c > 122) break;
    k--;
  }
  if (end === k) return true;
  const stop = k > from ? text.charCodeAt(k - 1) : 32;
  if (stop >= 128) return true;
  return CUE_LAST_WORDS.has(text.slice(k, end).toLowerCase());
}

// The characters around a delimited cell: , \t ; | \n " '
const isCellEdge = (c: string): boolean => c === ',' || c === '\t' || c === ';' || c === '|' || c === '\n' || c === '"' || c === "'";
/** True when start..end is a whole delimited cell: "\nAda Park,", ",Ada Park\n", "| Ada Park |". */
function isWholeCell(text: string, start: number, end: number): boolean {
  let b = start;
  while (b > 0 && b > start - 4 && text[b - 1] === ' ') b--;
  let a = end;
  while (a < text.length && a < end + 4 && text[a] === ' ') a++;
  const before = b === 0 ? '\n' : (text[b - 1] as string);
  const after = a >= text.length ? '\n' : (text[a] as string);
  return isCellEdge(before) && isCellEdge(after) && (before !== '\n' || after !== '\n');
}

/**
 * Scores the words a..b-1 of `words` (flags filled) as one run, by what is known about its words and what
 * stands right before it.
 */
function scoreRun(text: string, a: number, b: number, email: EmailTokens): number {
  const n = b - a;
  const firstFlags = words.flags[a] as number;
  if ((firstFlags & GIVEN) !== 0 && (n > 1 || (firstFlags & AMBIGUOUS) === 0)) return n > 1 ? 0.7 : 0.4;
  if (email.anyAt(words.start, words.end, a, b)) return 0.75;
  if (n === 1) return 0;
  // A family name counts unless both it and the word before it are also ordinary words ("Dallas Hunter"):
  // two such words make a name only with a cue nearby. One lookup per later word answers both tests.
  const firstWeak = (firstFlags & WEAK) !== 0;
  let weakOrGiven = false;
  for (let k = a + 1; k < b; k++) {
    const f = words.flags[k] as number;
    if ((f & FAMILY) !== 0 && !(firstWeak && (f & WEAK) !== 0)) return 0.65;
    if ((f & (WEAK | GIVEN)) !== 0) weakOrGiven = true;
  }
  if (firstWeak && weakOrGiven) return 0.45;
  // An unknown capitalised run is a name only right after a cue ("my colleague Nadia Vance"), or when it
  // fills a table cell: then the column header decides ("employee", "name" add the context boost).
  // The cue pattern ends with a space or tab right before the run.
  const start = words.start[a] as number;
  const before = text.charCodeAt(start - 1);
  const from = Math.max(0, start - 24);
  if ((before === 32 || before === 9) && mayFollowCue(text, from, start) && IMMEDIATE_CUE_RE.test(text.slice(from, start))) return 0.6;
  return isWholeCell(text, start, words.end[b - 1] as number) ? 0.2 : 0.1;
}

// A lone given name that is no ordinary word, place or product ("Marisol", not "Victoria") is a name on its
// own; one that could be either needs a cue word nearby, and so do short ones ("Job", "Eve"), where the
// lists of ordinary words are least complete.
const LONE_GIVEN_SCORE = 0.5;
const loneScore = (length: number, flags: number): number => (length < 4 || (flags & WEAK) !== 0 ? 0.4 : LONE_GIVEN_SCORE);

/** Appends the candidate of a lone capitalised word: only a given name that is not also an ordinary word counts. */
function lone(text: string, s: number, end: number, ascii: boolean, out: Candidate[]): void {
  const f = loneFlagsAt(text, s, end, ascii);
  if ((f & GIVEN) !== 0 && (f & AMBIGUOUS) === 0) out.push({ start: s, end, score: loneScore(end - s, f) });
}

/** Appends the candidates of the name words words.lo..hi: the run, and the run without its first word. */
function emit(text: string, email: EmailTokens, out: Candidate[]): void {
  const { lo, hi } = words;
  let score = scoreRun(text, lo, hi, email);
  if (score > 0) out.push({ start: words.start[lo] as number, end: words.end[hi - 1] as number, score });
  // Also offer the run without its first word: "Ping Trevor Devereux" -> "Trevor Devereux", whose cue is "Ping".
  if (hi - lo < 3) return;
  score = scoreRun(text, lo + 1, hi, email);
  if (score > 0) out.push({ start: words.start[lo + 1] as number, end: words.end[hi - 1] as number, score });
}

// The e-mail words of the current text, one instance reset per text.
const email = new EmailTokens('');
/** Appends the candidates of the capitalised runs of the text to `out` (starts[0..count): the capitals that pass canStartRun). */
export function capitalisedRuns(text: string, starts: Int32Array, count: number, out: Candidate[]): void {
  email.reset(text);
  // As a global scan would: each capital at or after the end of the last run (see scanAt).
  let from = 0;
  for (let k = 0; k < count; k++) {
    const s = starts[k] as number;
    if (s < from) continue;
    const end = walkRun(text, s);
    if (end === NO_RUN) continue;
    if (end !== UNSURE) {
      from = end;
      // The common case, a lone capitalised word (sentence starts).
      if (words.count === 1) lone(text, s, end, words.ascii, out);
      else if (trimWords(text, words.ascii)) emit(text, email, out);
      continue;
    }
    CAP_SEQ_AT.lastIndex = s;
    const m = CAP_SEQ_AT.exec(text);
    if (m === null) continue;
    from = s + m[0].length;
    if (m[0].indexOf(' ') === -1 && m[0].indexOf('\t') === -1) lone(text, s, from, false, out);
    else if (nameWords(text, s, from)) emit(text, email, out);
  }
}
