// Chains of ASCII digits joined by single spaces or dashes ("4111 1111-1111 1111", "123-45-6789") that hold
// nine digits or more, found by the character pass of TextFacts, and where the fixed-length numbers (cards, SSN,
// Aadhaar, German tax id, Chinese resident id, French NIR) match on them: one walk over the runs of the chains
// of a text serves all six recognizers, instead of a start list and a regex call per start for each.
import { isDigit } from '../scan';
import type { TextFacts } from '../text-facts';
import type { Candidate } from '../types';

/** The digit runs of the chains of a text, in increasing order of start. */
export interface ChainRuns {
  /** Where each run starts. */
  readonly starts: readonly number[];
  /** How many digits it has. */
  readonly lengths: readonly number[];
  /** How many digits its chain holds from the run's start to the chain's end. */
  readonly rest: readonly number[];
}

// The runs (as ChainRuns) of the text being walked, in buffers reused text after text: a walk allocates
// nothing but the matches it finds.
let runStarts = new Int32Array(64);
let runLengths = new Int32Array(64);
let runRest = new Int32Array(64);

function grow(): void {
  const size = runStarts.length * 2;
  const starts = new Int32Array(size);
  const lengths = new Int32Array(size);
  const rest = new Int32Array(size);
  starts.set(runStarts);
  lengths.set(runLengths);
  rest.set(runRest);
  runStarts = starts;
  runLengths = lengths;
  runRest = rest;
}

/** Fills the run buffers with the runs of every chain of nine digits or more in facts.text; returns how many. */
function fillRuns(facts: TextFacts): number {
  const text = facts.text;
  let count = 0;
  // The character pass of TextFacts knows where each chain of nine digits or more begins; walk each one.
  for (const chainStart of facts.digitRuns9()) {
    const first = count;
    let i = chainStart;
    for (;;) {
      const start = i;
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      if (count === runStarts.length) grow();
      runStarts[count] = start;
      runLengths[count] = i - start;
      count++;
      // One space or dash and a digit: the chain goes on.
      const c = text.charCodeAt(i);
      if ((c === 32 || c === 45) && isDigit(text.charCodeAt(i + 1))) i++;
      else break;
    }
    let digits = 0;
    for (let k = count - 1; k >= first; k--) {
      digits += runLengths[k] as number;
      runRest[k] = digits;
    }
  }
  return count;
}

/** The runs of every chain of nine or more digits in facts.text. */
export function chainRuns(facts: TextFacts): ChainRuns {
  // hasDigitRun counts digits joined the same way: without a run of nine there is no chain.
  const n = facts.hasDigitRun(9) ? fillRuns(facts) : 0;
  return { starts: Array.from(runStarts.subarray(0, n)), lengths: Array.from(runLengths.subarray(0, n)), rest: Array.from(runRest.subarray(0, n)) };
}

/** The fixed-length numbers chainMatches finds, as the kind of each match. */
export const CHAIN_NUMBER = { SSN: 0, AADHAAR: 1, CN_ID: 2, DE_TAX: 3, CARD: 4, NIR: 5 } as const;

const NO_MATCHES: readonly number[] = [];
// The matches of the last TextFacts asked about: the registry calls the six recognizers of a text one after
// another with the same TextFacts. (A WeakMap or WeakRef per text measured slower than what it saves.) This
// keeps the last text with a long number reachable until the next one (a TextFacts fact would not).
let matchedFacts: TextFacts | null = null;
let lastMatches: readonly number[] = NO_MATCHES;

/** `list` with a match appended: a new list in place of NO_MATCHES (most texts with chains hold no number). */
function added(list: readonly number[], kind: number, start: number, end: number, sep: number): readonly number[] {
  const out = list === NO_MATCHES ? [] : (list as number[]);
  out.push(kind, start, end, sep);
  return out;
}

const SPACE = 32;
const DASH = 45;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
// Digit counts after which the optional spaces of a German tax id ("12 345 678 901") and a NIR may stand.
const DE_GAPS = (1 << 2) | (1 << 5) | (1 << 8);
const NIR_GAPS = (1 << 1) | (1 << 3) | (1 << 5) | (1 << 7) | (1 << 10) | (1 << 13);

/**
 * Where each fixed-length number's pattern matches on the chains of facts.text, as a scan of it tried at every
 * chain run would find it (a match skips the runs inside it): [kind (CHAIN_NUMBER), start, end, separator]
 * quadruples, each kind's in increasing order, the separator being the character code that joins the groups of
 * an SSN or Aadhaar (0 for none). The patterns (SSN_AT, AADHAAR_AT, CN_ID_AT and DE_TAX_AT in national-ids.ts,
 * CARD_AT in financial.ts, NIR_AT in a text without "2A"/"2B") are read off the runs: their digits are a chain's,
 * a group boundary can only be a run's end, and what their lookarounds see is a join, the end of a chain or the
 * character beyond. A test holds each kind to a global scan of its pattern.
 */
export function chainMatches(facts: TextFacts): readonly number[] {
  if (!facts.hasDigitRun(9)) return NO_MATCHES;
  if (matchedFacts === facts) return lastMatches;
  const text = facts.text;
  const count = fillRuns(facts);
  const starts = runStarts;
  const lens = runLengths;
  const rest = runRest;
  let m = NO_MATCHES;
  // Per pattern, where its last match ends: a start inside it is skipped, as a scan does.
  let cardFrom = 0;
  let cnFrom = 0;
  let deFrom = 0;
  let nirFrom = 0;
  // Whether the run before goes on to this one (run k goes on to run k + 1 when rest[k] !== lens[k]).
  let joined = false;
  for (let k = 0; k < count; k++) {
    const s = starts[k] as number;
    const n = lens[k] as number;
    const left = rest[k] as number;
    const first = text.charCodeAt(s) - 48;
    const head = !joined;
    joined = left !== n;
    // The character before a chain's first run (never a digit), or the join before any other run.
    const before = text.charCodeAt(s - 1);
    const letterBefore = head && isAsciiLetter(before);
    if (head && before !== DASH) {
      // SSN and Aadhaar start a chain ((?<![\d-]|\d )): nine or twelve digits in a row, or three groups joined
      // by one separator; after them neither a dash nor that separator may lead on to a digit.
      if (n === 9 || (n === 12 && first >= 2)) {
        if (!joined || text.charCodeAt(s + n) !== DASH) m = added(m, n === 9 ? CHAIN_NUMBER.SSN : CHAIN_NUMBER.AADHAAR, s, s + n, 0);
      } else if ((n === 3 || (n === 4 && first >= 2)) && joined) {
        const sep = text.charCodeAt(s + n);
        const secondLength = n === 3 ? 2 : 4;
        if (lens[k + 1] === secondLength && rest[k + 1] !== secondLength && text.charCodeAt((starts[k + 1] as number) + secondLength) === sep && lens[k + 2] === 4) {
          const end = (starts[k + 2] as number) + 4;
          const after = rest[k + 2] !== 4 ? text.charCodeAt(end) : 0;
          if (after !== DASH && after !== sep) m = added(m, n === 3 ? CHAIN_NUMBER.SSN : CHAIN_NUMBER.AADHAAR, s, end, sep);
        }
      }
    }
    // Chinese resident id: seventeen digits and a digit or X, no letter or digit around.
    if (s >= cnFrom && first >= 1 && (n === 18 || n === 17) && !letterBefore) {
      const end = s + 18;
      const last = text.charCodeAt(s + 17);
      const next = text.charCodeAt(end);
      if ((n === 18 || last === 88 || last === 120) && !isAsciiLetter(next) && !(n === 17 && isDigit(next))) {
        m = added(m, CHAIN_NUMBER.CN_ID, s, end, 0);
        cnFrom = end;
      }
    }
    // German tax id (eleven digits) and NIR (fifteen): runs joined by single spaces after the digit counts the
    // pattern allows a space after, ending with a run.
    if (s >= deFrom && first >= 1 && left >= 11) {
      const end = spacedEnd(text, k, 11, DE_GAPS);
      if (end !== -1) {
        m = added(m, CHAIN_NUMBER.DE_TAX, s, end, 0);
        deFrom = end;
      }
    }
    if (s >= nirFrom && (first === 1 || first === 2 || first === 7 || first === 8) && left >= 15 && !letterBefore) {
      const end = spacedEnd(text, k, 15, NIR_GAPS);
      if (end !== -1 && !isAsciiLetter(text.charCodeAt(end))) {
        m = added(m, CHAIN_NUMBER.NIR, s, end, 0);
        nirFrom = end;
      }
    }
    // Card: 13-19 digits with any joins, not after a dash, "." or "," (or a digit).
    if (s >= cardFrom && left >= 13 && (head ? before !== DASH && before !== 46 && before !== 44 : before === SPACE)) {
      const end = cardEnd(text, k, count);
      if (end !== -1) {
        m = added(m, CHAIN_NUMBER.CARD, s, end, 0);
        cardFrom = end;
      }
    }
  }
  matchedFacts = facts;
  lastMatches = m;
  return m;
}

/** Where the longest card from run k ends: 13-19 digits, at the end of a run not followed by "-", "." or "," and a digit; or -1. */
function cardEnd(text: string, k: number, count: number): number {
  let end = -1;
  let digits = 0;
  for (let r = k; r < count; r++) {
    const n = runLengths[r] as number;
    digits += n;
    if (digits > 19) break;
    const e = (runStarts[r] as number) + n;
    const next = text.charCodeAt(e);
    const goesOn = runRest[r] !== n;
    // Inside the chain the join after the run is a space or a dash, then a digit.
    if (digits >= 13 && (goesOn ? next === SPACE : !((next === 46 || next === 44 || next === DASH) && isDigit(text.charCodeAt(e + 1))))) end = e;
    if (!goesOn) break;
  }
  return end;
}

/**
 * Where `digits` digits from run k end when the runs up to them are joined by single spaces after digit counts
 * in `gaps` (bits) only, and the last digit ends a run; else -1.
 */
function spacedEnd(text: string, k: number, digits: number, gaps: number): number {
  let count = 0;
  for (let r = k; ; r++) {
    const n = runLengths[r] as number;
    count += n;
    const end = (runStarts[r] as number) + n;
    if (count === digits) return end;
    if (count > digits || ((gaps >>> count) & 1) === 0 || runRest[r] === n || text.charCodeAt(end) !== SPACE) return -1;
  }
}

/**
 * The candidates of the chain matches of one kind (CHAIN_NUMBER) in `found` (see chainMatches): each match's text
 * and separator go to `score`, which returns the candidate's score, or 0 to drop it (a failed check digit).
 */
export function chainCandidates(text: string, found: readonly number[], kind: number, score: (raw: string, sep: number) => number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < found.length; i += 4) {
    if (found[i] !== kind) continue;
    const start = found[i + 1] as number;
    const end = found[i + 2] as number;
    const s = score(text.slice(start, end), found[i + 3] as number);
    if (s > 0) out.push({ start, end, score: s });
  }
  return out;
}
