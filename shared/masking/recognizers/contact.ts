// Contact data: email addresses (phone numbers are in phone.ts).
import { CH } from '../text-facts';
import type { Candidate, Recognizer } from '../types';

export const EMAIL_RE =
  /(?<![\w.%+-])(?<!\/\/[^\s/@]{1,128}:)[A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![\w-])/g;

// EMAIL_RE anchored at one start position. A match needs an "@" at most 64 characters after its start,
// with only local-part characters in between, so instead of trying the pattern at every position the
// search goes from "@" to "@" and tries only the starts the lookbehind allows: where the run of
// local-part characters before the "@" begins, and right after an apostrophe inside it.
const EMAIL_AT = new RegExp(EMAIL_RE.source, 'y');
const isLocalPartChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 37 || c === 43 || c === 39 || c === 45;

function findEmails(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Where a global scan would resume: no match starts before the end of the previous one.
  let from = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let runStart = at;
    while (runStart > 0 && isLocalPartChar(text.charCodeAt(runStart - 1))) runStart--;
    for (let s = Math.max(runStart, at - 64, from); s < at; s++) {
      if (s !== runStart && text[s - 1] !== "'") continue;
      EMAIL_AT.lastIndex = s;
      const m = EMAIL_AT.exec(text);
      if (m) {
        out.push({ start: s, end: s + m[0].length, score: 1 });
        from = s + m[0].length;
        break;
      }
    }
  }
  return out;
}

export const emailRecognizer: Recognizer = {
  id: 'email',
  type: 'EMAIL',
  // Every match holds an "@" (a TextFacts bit, when the caller has them: no search of the text).
  find: (text, facts) => (facts !== undefined && !facts.has(CH.AT) ? [] : findEmails(text)),
};
