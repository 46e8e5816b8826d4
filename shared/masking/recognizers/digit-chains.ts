// Chains of ASCII digits joined by single spaces or dashes ("4111 1111-1111 1111", "123-45-6789") that hold
// nine digits or more, found by the character pass of TextFacts and shared by the recognizers of fixed-length numbers
// (cards, SSN, Aadhaar, German tax id, Chinese resident id, French NIR): each tries its sticky pattern only
// where a digit run of such a chain starts, instead of scanning the whole text with a pattern of its own.
import { isDigit } from '../scan';
import type { TextFacts } from '../text-facts';

/** The digit runs of the chains of a text, in increasing order of start. */
export interface ChainRuns {
  /** Where each run starts. */
  readonly starts: readonly number[];
  /** How many digits it has. */
  readonly lengths: readonly number[];
  /** How many digits its chain holds from the run's start to the chain's end. */
  readonly rest: readonly number[];
}

const NONE: ChainRuns = { starts: [], lengths: [], rest: [] };
// The runs of the last TextFacts asked about: the registry runs every recognizer of one text with one TextFacts,
// so the six users share one computation. A WeakMap or WeakRef per text measured slower than the scan it saves.
// This keeps the last text with a long number reachable until the next one (a TextFacts fact would not).
let lastFacts: TextFacts | null = null;
let lastRuns: ChainRuns = NONE;

/** The runs of every chain of nine or more digits in facts.text. */
export function chainRuns(facts: TextFacts): ChainRuns {
  // hasDigitRun counts digits joined the same way: without a run of nine there is no chain.
  if (!facts.hasDigitRun(9)) return NONE;
  if (lastFacts === facts) return lastRuns;
  const text = facts.text;
  const starts: number[] = [];
  const lengths: number[] = [];
  const rest: number[] = [];
  // The character pass of TextFacts knows where each chain of nine digits or more begins; walk each one.
  for (const chainStart of facts.digitRuns9()) {
    const first = starts.length;
    let i = chainStart;
    for (;;) {
      const start = i;
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      starts.push(start);
      lengths.push(i - start);
      rest.push(0);
      // One space or dash and a digit: the chain goes on.
      const c = text.charCodeAt(i);
      if ((c === 32 || c === 45) && isDigit(text.charCodeAt(i + 1))) i++;
      else break;
    }
    let digits = 0;
    for (let k = starts.length - 1; k >= first; k--) {
      digits += lengths[k] as number;
      rest[k] = digits;
    }
  }
  lastFacts = facts;
  lastRuns = { starts, lengths, rest };
  return lastRuns;
}

/** Any first-run length (for chainStarts). */
export const ANY_LENGTH = -1;
/** The first-run lengths a pattern allows, as the bits chainStarts takes: lengths(3, 9) for "123-45-6789". */
export const lengths = (...ns: number[]): number => ns.reduce((mask, n) => mask | (1 << n), 0);
/** The first digits a pattern allows, as the bits chainStarts takes: firstDigits('1278') for a French NIR. */
export const firstDigits = (digits: string): number => [...digits].reduce((mask, d) => mask | (1 << (d.charCodeAt(0) - 48)), 0);
export const ANY_DIGIT = firstDigits('0123456789');
/** The joins a run inside a chain (not its first) may follow for a pattern to start there, as bits. */
export const AFTER_SPACE = 1;
export const AFTER_DASH = 2;
/** Only the first run of a chain: the pattern's lookbehind rules out a digit, and a digit and a space, before it. */
export const CHAIN_HEAD = 0;

/**
 * The starts of the chain runs of facts.text that have at least `digits` digits left in their chain, whose own
 * length is one of `allowed` (bits from lengths(), or ANY_LENGTH), whose first digit is one of `first` (bits
 * from firstDigits()) and that begin their chain or follow one of the joins `after` (AFTER_* bits, CHAIN_HEAD for
 * none): where a pattern of that many digits, joined as chains are, can begin (when its lookbehind rules out a
 * digit just before it). Bit masks rather than a callback: one call site serves every recognizer without
 * turning megamorphic. (One walk making the lists of all six recognizers at the first call, from registered
 * rules, measured no faster: A/B 0.997 twice.)
 */
export function chainStarts(facts: TextFacts, digits: number, allowed: number, first = ANY_DIGIT, after = AFTER_SPACE | AFTER_DASH): number[] {
  const out: number[] = [];
  if (!facts.hasDigitRun(digits)) return out;
  const runs = chainRuns(facts);
  const text = facts.text;
  for (let k = 0; k < runs.starts.length; k++) {
    const rest = runs.rest[k] as number;
    if (rest < digits) continue;
    const n = runs.lengths[k] as number;
    if (allowed !== ANY_LENGTH && (n > 30 || ((allowed >>> n) & 1) === 0)) continue;
    const start = runs.starts[k] as number;
    if (((first >>> (text.charCodeAt(start) - 48)) & 1) === 0) continue;
    // A run inside a chain: the one before it holds its digits and this run's rest.
    if (k > 0 && runs.rest[k - 1] === (runs.lengths[k - 1] as number) + rest) {
      const join = text.charCodeAt(start - 1) === 32 ? AFTER_SPACE : AFTER_DASH;
      if ((after & join) === 0) continue;
    }
    out.push(start);
  }
  return out;
}
