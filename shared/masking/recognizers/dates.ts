// Dates: a date of birth (a date introduced as one), and in the Strict preset any full date.
import { isBlank, scan, whole } from '../scan';
import { CH, TextFacts } from '../text-facts';
import type { Candidate, Recognizer } from '../types';

const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'januar', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember',
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
].sort((a, b) => b.length - a.length);
const MONTHS = MONTH_NAMES.join('|');
// The month names grouped by first letter, each group in the order of MONTHS: the engine picks the group by the
// letter instead of trying every name at every letter. No two first letters fold alike (under /iu "ſ" is an "s"),
// so at one position at most one group can match and the order across groups changes no match.
const BY_FIRST = new Map<string, string[]>();
for (const m of MONTH_NAMES) BY_FIRST.set(m.charAt(0), [...(BY_FIRST.get(m.charAt(0)) ?? []), m.slice(1)]);
const MONTHS_BY_FIRST = [...BY_FIRST].map(([c, rest]) => `${c}(?:${rest.join('|')})`).join('|');
// The same with the third form's lookbehind (?<![\p{L}\d]) after the first letter: other characters never pay it.
const MONTHS_AFTER_NON_LETTER = [...BY_FIRST].map(([c, rest]) => `${c}(?<![\\p{L}\\d].)(?:${rest.join('|')})`).join('|');

// A numeric date (2024-03-15, 15.03.2024, 3/15/24). The other three forms all need four digits in a row.
const NUMERIC_DATE =
  '(?<![\\d./-])(?:\\d{4}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\\d|3[01])|(?:0?[1-9]|[12]\\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:\\d{4}|\\d{2})|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\\d|3[01])/(?:\\d{4}|\\d{2}))(?![\\d]|[-/.:]\\d)';

const dateForms = (months: string, monthsAfterNonLetter: string): string =>
  [
    NUMERIC_DATE,
    `(?<![\\p{L}\\d])(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th|er|\\.|º)?[ \\t]{1,3}(?:de[ \\t]{1,3})?(?:${months})\\.?,?[ \\t]{1,3}(?:de[ \\t]{1,3})?\\d{4}(?!\\d)`,
    `(?:${monthsAfterNonLetter})\\.?[ \\t]{1,3}(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?,?[ \\t]{1,3}\\d{4}(?!\\d)`,
    '\\d{4}年\\d{1,2}月\\d{1,2}日',
  ].join('|');
export const DATE_RE = new RegExp(dateForms(MONTHS_BY_FIRST, MONTHS_AFTER_NON_LETTER), 'giu');
/** DATE_RE as first written, with the month names as one alternation (for tests: the same matches). */
export const PLAIN_DATE_RE = new RegExp(dateForms(MONTHS, `(?<![\\p{L}\\d])(?:${MONTHS})`), 'giu');
// DATE_RE without the forms a text cannot hold: at every letter the month names cost a try, the numeric form alone
// runs several times faster. Same flags, so the same matches where the other forms match nowhere.
const NUMERIC_DATE_RE = new RegExp(NUMERIC_DATE, 'giu');
// What the two month-name forms cannot do without: a month name as a whole word (after a non-letter), then ".", ",",
// spaces or "de", then a digit. Found from each space before a digit, walking back (monthBefore): one regex with
// the month names in a lookbehind cost more than the month forms themselves. Same flags as DATE_RE, so the names
// fold alike ("ſept" is "sept" under /iu).
export const MONTH_WORD = new RegExp(`^(?:${MONTHS})$`, 'iu');
const DE_WORD = /^de$/iu;
const SPACE_DIGIT = /[ \t]\d/g;
const LETTER = /\p{L}/u;
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xaa && LETTER.test(String.fromCharCode(c)));

/** The whole word of letters (at most 10, the longest month) ending at `end`, or null. */
function wordBefore(text: string, end: number): string | null {
  let i = end;
  while (i > 0 && end - i <= 10 && isLetter(text.charCodeAt(i - 1))) i--;
  return i === end || end - i > 10 || (i > 0 && isLetter(text.charCodeAt(i - 1))) ? null : text.slice(i, end);
}

/** Whether a month name, ".", ",", 1–3 spaces and an optional "de" and spaces end at `end` (a space before a digit). */
function monthBefore(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && end - i < 3 && isBlank(text.charCodeAt(i - 1))) i--;
  // After "de" and its spaces, the month's own spaces come before it.
  const w = wordBefore(text, i);
  if (w !== null && DE_WORD.test(w) && monthBefore(text, i - 2)) return true;
  if (i > 0 && text.charCodeAt(i - 1) === 44) i--;
  if (i > 0 && text.charCodeAt(i - 1) === 46) i--;
  const month = wordBefore(text, i);
  return month !== null && MONTH_WORD.test(month);
}

/** True when some month-name date form can match: a month word before a space and a digit (see monthBefore). */
export function mayHoldMonthDate(text: string): boolean {
  // test(), not exec(): no match array per hit. lastIndex then stands after the digit.
  SPACE_DIGIT.lastIndex = 0;
  while (SPACE_DIGIT.test(text)) if (monthBefore(text, SPACE_DIGIT.lastIndex - 1)) return true;
  return false;
}

/** The regex to scan with: DATE_RE only when a form beyond the numeric one can match (four digits in a row and a
 * month name or 年); every date needs a digit. */
export function dateRegexFor(text: string, facts: TextFacts): RegExp | null {
  if (!facts.has(CH.DIGIT)) return null;
  return facts.hasDigitRun(4) && (text.includes('年') || mayHoldMonthDate(text)) ? DATE_RE : NUMERIC_DATE_RE;
}

const findDates = (text: string, re: RegExp, score: number): Candidate[] => scan(re, text, (m) => whole(m, score));

export const dateOfBirthRecognizer: Recognizer = {
  id: 'date-of-birth',
  type: 'DATE_OF_BIRTH',
  requiresContext: true,
  context: ['born', 'dob', 'd.o.b', 'date of birth', 'birth date', 'birthdate', 'birthday', 'geboren', 'geburtsdatum', 'geburtstag', 'geb.', 'né le', 'née le', 'né(e)', 'date de naissance', 'nacido', 'nacida', 'fecha de nacimiento', 'f. nac', '出生日期', '出生于', '出生', '生日'],
  // Runs only on texts with a cue word, which mostly hold a month-name date: the choice of regex would not pay.
  // Tried and dropped: DATE_RE at a start list (first digits of runs, found by a regex, and month words before a
  // day): 148 -> 167 ms on 10 MB, 0.047 -> 0.056 ms on the corpus' cue texts (a sticky try costs more than a step
  // of the global scan); the lookbehind-first forms behind (?=\d) or with the lookbehind after their first digit:
  // 0.80 -> 1.26 and 0.34 -> 0.44 ms (day-first form alone) over the corpus. The day-first form is the costly one.
  find: (text) => findDates(text, DATE_RE, 0.6),
};

/** Any full date (Strict preset: HIPAA Safe Harbor removes all date elements but the year). */
export const dateRecognizer: Recognizer = {
  id: 'date',
  type: 'DATE',
  find(text, facts = new TextFacts(text)) {
    const re = dateRegexFor(text, facts);
    return re ? findDates(text, re, 0.5) : [];
  },
};

const URL_RE = /\b(?:https?|ftp):\/\/[^\s<>"'`)\]}]{1,2048}/gi;

/** Any URL (Strict preset). Trailing punctuation of the sentence is not part of it. */
export const urlRecognizer: Recognizer = {
  id: 'url',
  type: 'URL',
  find: (text) =>
    scan(URL_RE, text, (m) => {
      const trimmed = m[0].replace(/[.,;:!?]+$/, '');
      return { start: m.index, end: m.index + trimmed.length, score: 0.5 };
    }),
};
