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

/**
 * The starts of the chain runs of facts.text that have at least `digits` digits left in their chain and whose
 * own length is one of `allowed` (bits from lengths(), or ANY_LENGTH): where a pattern of that many digits,
 * joined as chains are, can begin (when its lookbehind rules out a digit just before it). A bit mask rather
 * than a callback: one call site serves every recognizer without turning megamorphic.
 */
export function chainStarts(facts: TextFacts, digits: number, allowed: number): number[] {
  const out: number[] = [];
  if (!facts.hasDigitRun(digits)) return out;
  const runs = chainRuns(facts);
  for (let k = 0; k < runs.starts.length; k++) {
    if ((runs.rest[k] as number) < digits) continue;
    const n = runs.lengths[k] as number;
    if (allowed === ANY_LENGTH || (n < 31 && ((allowed >>> n) & 1) === 1)) out.push(runs.starts[k] as number);
  }
  return out;
}
