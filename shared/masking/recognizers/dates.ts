// Dates: a date of birth (a date introduced as one), and in the Strict preset any full date.
import { scan, whole } from '../scan';
import type { Recognizer } from '../types';

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'januar', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember',
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
].sort((a, b) => b.length - a.length).join('|');

const DATE_RE = new RegExp(
  [
    '(?<![\\d./-])(?:\\d{4}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\\d|3[01])|(?:0?[1-9]|[12]\\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:\\d{4}|\\d{2})|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\\d|3[01])/(?:\\d{4}|\\d{2}))(?![\\d]|[-/.:]\\d)',
    `(?<![\\p{L}\\d])(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th|er|\\.|º)?[ \\t]{1,3}(?:de[ \\t]{1,3})?(?:${MONTHS})\\.?,?[ \\t]{1,3}(?:de[ \\t]{1,3})?\\d{4}(?!\\d)`,
    `(?<![\\p{L}\\d])(?:${MONTHS})\\.?[ \\t]{1,3}(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?,?[ \\t]{1,3}\\d{4}(?!\\d)`,
    '\\d{4}年\\d{1,2}月\\d{1,2}日',
  ].join('|'),
  'giu',
);

const findDates = (text: string, score: number) => scan(DATE_RE, text, (m) => whole(m, score));

export const dateOfBirthRecognizer: Recognizer = {
  id: 'date-of-birth',
  type: 'DATE_OF_BIRTH',
  requiresContext: true,
  context: ['born', 'dob', 'd.o.b', 'date of birth', 'birth date', 'birthdate', 'birthday', 'geboren', 'geburtsdatum', 'geburtstag', 'geb.', 'né le', 'née le', 'né(e)', 'date de naissance', 'nacido', 'nacida', 'fecha de nacimiento', 'f. nac', '出生日期', '出生于', '出生', '生日'],
  find: (text) => findDates(text, 0.6),
};

/** Any full date (Strict preset: HIPAA Safe Harbor removes all date elements but the year). */
export const dateRecognizer: Recognizer = {
  id: 'date',
  type: 'DATE',
  find: (text) => findDates(text, 0.5),
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
