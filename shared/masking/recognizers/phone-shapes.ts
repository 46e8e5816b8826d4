// Shapes a phone candidate may have that make it something else: a date, a decimal, an IPv4 address or a
// ZIP+4 code. Written by hand over the candidate's digit runs instead of one small regex call each (the phone
// recognizer asks for most of its candidates); each answers exactly as the pattern in its comment, for any string.
import { isDigit } from '../scan';

const isDateSeparator = (c: number): boolean => c === 45 || c === 47 || c === 46;

/** How many ASCII digits follow one another from i. */
function digitRun(s: string, i: number): number {
  let j = i;
  while (j < s.length && isDigit(s.charCodeAt(j))) j++;
  return j - i;
}

/**
 * The lengths of the first three digit runs when the string starts with digits, a date separator, 1-2 digits
 * and a date separator (both date patterns below begin so), or null.
 */
function dateRuns(s: string): [number, number, number] | null {
  const a = digitRun(s, 0);
  if (!isDateSeparator(s.charCodeAt(a))) return null;
  const b = digitRun(s, a + 1);
  if (b < 1 || b > 2 || !isDateSeparator(s.charCodeAt(a + 1 + b))) return null;
  return [a, b, digitRun(s, a + b + 2)];
}

/** /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$/.test(s) */
export function isDateShape(s: string): boolean {
  const runs = dateRuns(s);
  if (runs === null) return false;
  const [a, b, c] = runs;
  if (a + b + c + 2 !== s.length) return false;
  return a === 4 ? c >= 1 && c <= 2 : a >= 1 && a <= 2 && c >= 2 && c <= 4;
}

/** /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})(?:\D|$)/.test(s): a run ends at a non-digit. */
export function startsWithDate(s: string): boolean {
  const runs = dateRuns(s);
  if (runs === null) return false;
  const [a, , c] = runs;
  return a === 4 ? c >= 1 && c <= 2 : a >= 1 && a <= 2 && c === 4;
}

/** /^\d+\.\d+$/.test(s) || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(s) */
export function isDecimalOrIpv4(s: string): boolean {
  let groups = 0;
  let longest = 0;
  for (let i = 0; ; ) {
    const n = digitRun(s, i);
    if (n === 0) return false;
    groups++;
    if (n > longest) longest = n;
    i += n;
    if (i === s.length) break;
    if (s.charCodeAt(i) !== 46) return false;
    i++;
  }
  return groups === 2 || (groups === 4 && longest <= 3);
}

/** /^\d{5}-\d{4}$/.test(s) */
export const isZipPlus4 = (s: string): boolean => s.length === 10 && s.charCodeAt(5) === 45 && digitRun(s, 0) === 5 && digitRun(s, 6) === 4;
