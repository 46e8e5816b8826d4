// The recognizer registry: every built-in recognizer, and the context step that turns raw
// candidates into scored spans (nearby words raise or lower confidence, as in Presidio).
import { emailRecognizer } from './recognizers/contact';
import { creditCardRecognizer, ibanRecognizer } from './recognizers/financial';
import { ipAddressRecognizer, macAddressRecognizer } from './recognizers/network';
import { secretRecognizer, urlCredentialRecognizer } from './recognizers/secrets';
import {
  aadhaarRecognizer, cnResidentIdRecognizer, deTaxIdRecognizer, frNirRecognizer, medicalRecordRecognizer,
  passportRecognizer, ukNinoRecognizer, usSsnRecognizer,
} from './recognizers/national-ids';
import { personRecognizer } from './recognizers/person';
import { phoneRecognizer } from './recognizers/phone';
import { streetAddressRecognizer } from './recognizers/address';
import { dateOfBirthRecognizer, dateRecognizer, urlRecognizer } from './recognizers/dates';
import { escapeRegExp } from './scan';
import { TableContext } from './table-context';
import { TextFacts } from './text-facts';
import type { EntityType, Recognizer, Span } from './types';

export const RECOGNIZERS: readonly Recognizer[] = [
  emailRecognizer, phoneRecognizer, creditCardRecognizer, ibanRecognizer, usSsnRecognizer, ipAddressRecognizer,
  macAddressRecognizer, urlCredentialRecognizer, secretRecognizer, personRecognizer, streetAddressRecognizer,
  dateOfBirthRecognizer, ukNinoRecognizer, aadhaarRecognizer, cnResidentIdRecognizer, frNirRecognizer,
  deTaxIdRecognizer, passportRecognizer, medicalRecordRecognizer, urlRecognizer, dateRecognizer,
];

/** How far before and after a candidate context words are looked for, in UTF-16 units. */
export const CONTEXT_BEFORE = 40;
export const CONTEXT_AFTER = 16;
const CONTEXT_BOOST = 0.35;
const NEGATIVE_PENALTY = 0.4;

/**
 * A pattern that tests whether any of the words occurs. ASCII words must stand alone ("ssn" is not inside
 * "lessons"); CJK and others match anywhere. \b is cheaper than Unicode lookarounds and right for these
 * edges (ASCII letters, digits, punctuation). Only ever used with test(): the words are grouped by the
 * boundaries they need, \b(?:a|b)\b instead of \ba\b|\bb\b, which matches the same texts and runs
 * several times faster (the engine checks the boundary once per position, not once per word).
 */
export const wordsRegex = (words: readonly string[] | undefined): RegExp | null => {
  if (!words || words.length === 0) return null;
  const groups = new Map<string, string[]>();
  for (const w of words) {
    const key = `${/^\w/.test(w) ? 'b' : ''}|${/\w$/.test(w) ? 'b' : ''}`;
    const list = groups.get(key) ?? [];
    list.push(escapeRegExp(w));
    groups.set(key, list);
  }
  const alts = [...groups].map(([key, list]) => {
    const [before, after] = key.split('|') as [string, string];
    return `${before ? '\\b' : ''}(?:${list.join('|')})${after ? '\\b' : ''}`;
  });
  return new RegExp(alts.join('|'), 'i');
};

// Each recognizer with its compiled context words, in registry order.
const ENTRIES = RECOGNIZERS.map((r) => ({ r, pos: wordsRegex(r.context), neg: wordsRegex(r.negativeContext) }));
// The cue words of every recognizer that needs one, in one pattern: a text without any (most texts) is ruled
// out for all of them in one pass instead of one per recognizer. Only a gate (each recognizer then tests its
// own words), so the boundary after a word is left out: a superset of the texts, found faster.
const REQUIRED_CUES = RECOGNIZERS.flatMap((r) => (r.requiresContext ? (r.context ?? []) : []));
export const ANY_REQUIRED_CUE = new RegExp(
  `\\b(?:${REQUIRED_CUES.filter((w) => /^\w/.test(w)).map(escapeRegExp).join('|')})|${REQUIRED_CUES.filter((w) => !/^\w/.test(w)).map(escapeRegExp).join('|')}`,
  'i',
);

// The entries of the enabled types, per type set: options objects (and so their sets) are reused call after call.
const enabledCache = new WeakMap<ReadonlySet<EntityType>, typeof ENTRIES>();
function enabled(types: ReadonlySet<EntityType>): typeof ENTRIES {
  let list = enabledCache.get(types);
  if (!list) {
    list = ENTRIES.filter((e) => types.has(e.r.type));
    enabledCache.set(types, list);
  }
  return list;
}

/** Runs the recognizers of the enabled types and scores their candidates; keeps those at or above threshold. */
export function recognize(text: string, types: ReadonlySet<EntityType>, threshold: number): Span[] {
  const out: Span[] = [];
  // Made on the first candidate that has context words to test (most texts have few candidates or none).
  let table: TableContext | null = null;
  const facts = new TextFacts(text);
  // 0 not tested yet, 1 no required cue in the text, 2 some.
  let anyCue = 0;
  for (const { r, pos, neg } of enabled(types)) {
    // A recognizer that needs a cue word has nothing to find in a text without one (column headers included).
    if (r.requiresContext) {
      if (anyCue === 0) anyCue = ANY_REQUIRED_CUE.test(text) ? 2 : 1;
      if (anyCue === 1 || !(pos && pos.test(text))) continue;
    }
    for (const c of r.find(text, facts)) {
      // The recognizer's own type is enabled (see enabled()); a type a candidate sets itself may not be.
      const type = c.type ?? r.type;
      if (c.type !== undefined && !types.has(type)) continue;
      let score = c.score;
      // Most candidates of context-hungry recognizers cannot reach the bar even with a cue: skip them early.
      if (score + (pos ? CONTEXT_BOOST : 0) < threshold) continue;
      if (pos || neg) {
        // In a table row the column header counts as a word just before the value.
        table ??= new TableContext(text);
        const header = table.headerCellAt(c.start);
        // Outside tables the header is empty, and the window alone tests the same (no context word starts with a space).
        const window = text.slice(Math.max(0, c.start - CONTEXT_BEFORE), c.start);
        const before = header === '' ? window : `${header} ${window}`;
        const cueBefore = pos !== null && pos.test(before);
        if (r.requiresContext && !cueBefore) continue;
        const cueAfter = !cueBefore && pos !== null && pos.test(text.slice(c.end, c.end + CONTEXT_AFTER));
        if (cueBefore || cueAfter) score += CONTEXT_BOOST;
        // A cue just before the value beats a nearby cue against it ("order #12, call back on 06 ...").
        if (!cueBefore && neg && neg.test(before)) score -= NEGATIVE_PENALTY;
      }
      if (score >= threshold) out.push({ start: c.start, end: c.end, type, score: Math.min(1, score), source: r.id });
    }
  }
  return out;
}
