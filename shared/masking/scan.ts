// Regex scanning helpers shared by the recognizers. Every pattern passed here is written to run
// in linear time: bounded quantifiers, and a lookbehind that stops matches from restarting inside
// a run of the pattern's own characters.
import type { Candidate, EntityType } from './types';

/** Runs a global regex over text and maps each match to at most one candidate, appended to `out` (returned). */
export function scan(re: RegExp, text: string, toCandidate: (m: RegExpExecArray) => Candidate | null, out: Candidate[] = []): Candidate[] {
  if (!re.global) throw new Error(`scan needs a global regex: ${re.source}`);
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const c = toCandidate(m);
    if (c) out.push(c);
  }
  return out;
}

/**
 * The matches a global scan with `sticky` (the same pattern, flag y instead of g) would find, trying it
 * only at `starts` (increasing). Same result whenever no match can begin anywhere else: the global scan
 * takes the first start at or after the end of its last match, and so does this. Appends to `out` (returned).
 */
export function scanAt(
  sticky: RegExp,
  text: string,
  starts: readonly number[],
  toCandidate: (m: RegExpExecArray) => Candidate | null,
  out: Candidate[] = [],
): Candidate[] {
  if (!sticky.sticky) throw new Error(`scanAt needs a sticky regex: ${sticky.source}`);
  let from = 0;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k] as number;
    if (s < from) continue;
    const end = matchAt(sticky, text, s, toCandidate, out);
    if (end !== -1) from = end;
  }
  return out;
}

/** One step of scanAt: tries `sticky` at s, appends the candidate of a match; returns where the match ends, or -1 (none, or empty). */
export function matchAt(sticky: RegExp, text: string, s: number, toCandidate: (m: RegExpExecArray) => Candidate | null, out: Candidate[]): number {
  sticky.lastIndex = s;
  const m = sticky.exec(text);
  if (m === null || m[0].length === 0) return -1;
  const c = toCandidate(m);
  if (c) out.push(c);
  return s + m[0].length;
}

/**
 * `(?:x){min,max}` written out: x min times, then max - min nested optional copies, which match the
 * same strings in the same (greedy) order. Irregexp runs a short written-out repetition several times
 * faster than a counted group. Only for groups that never match the empty string.
 */
export function repeated(x: string, min: number, max = min): string {
  let optional = '';
  for (let i = min; i < max; i++) optional = `(?:${x}${optional})?`;
  return `(?:${x})`.repeat(min) + optional;
}

/** A candidate covering the whole match. */
export const whole = (m: RegExpExecArray, score: number, type?: EntityType): Candidate =>
  type ? { start: m.index, end: m.index + m[0].length, score, type } : { start: m.index, end: m.index + m[0].length, score };

/** A candidate covering capture group `g` of a match made with the `d` (indices) flag. */
export function group(m: RegExpExecArray, g: number, score: number, type?: EntityType): Candidate | null {
  const r = m.indices?.[g];
  if (!r) return null;
  return type ? { start: r[0], end: r[1], score, type } : { start: r[0], end: r[1], score };
}

/** An ASCII digit (char code). */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** An ASCII word character (char code): what \w matches without the u and i flags. */
export const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** A word character or a dash (char code): [\w-]. */
export const isWordOrDash = (c: number): boolean => isWordChar(c) || c === 45;

/** An ASCII capital (char code). */
export const isUpper = (c: number): boolean => c >= 65 && c <= 90;

/** A space or a tab (char code): what [ \t] matches. */
export const isBlank = (c: number): boolean => c === 32 || c === 9;

/** A literal string as a regex source. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The ASCII digits of s, in order: s.replace(/\D/g, '') without a regex (run for every candidate number),
 * joined a run of digits at a time; s itself when it is all digits.
 */
export function digitsOnly(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    if (!isDigit(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < s.length && isDigit(s.charCodeAt(j))) j++;
    if (i === 0 && j === s.length) return s;
    out += s.slice(i, j);
    i = j;
  }
  return out;
}

/** /^(\d)\1+$/.test(s): two or more ASCII digits, all the same. */
export function isRepeatedDigit(s: string): boolean {
  const first = s.charCodeAt(0);
  if (s.length < 2 || first < 48 || first > 57) return false;
  for (let i = 1; i < s.length; i++) if (s.charCodeAt(i) !== first) return false;
  return true;
}

/** Counts the ASCII digits in s, from `from` on. */
export const countDigits = (s: string, from = 0): number => {
  let n = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
};
