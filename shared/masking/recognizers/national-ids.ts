// Government and health identifiers. Where a check digit exists it is verified; where none
// exists (passports, medical record numbers) a context word is required.
import { aadhaarValid, cnResidentIdValid, deTaxIdValid, frNirValid, ukNinoValid, usSsnValid } from '../checksums';
import { countDigits, scan, scanAt } from '../scan';
import { TextFacts } from '../text-facts';
import type { Candidate, Recognizer } from '../types';
import { ANY_DIGIT, ANY_LENGTH, AFTER_DASH, AFTER_SPACE, CHAIN_HEAD, chainStarts, firstDigits, lengths } from './digit-chains';

const span = (m: RegExpExecArray, score: number): Candidate => ({ start: m.index, end: m.index + m[0].length, score });

// The fixed-length numbers below are tried only where a digit run of a chain (digit-chains.ts) starts: each
// pattern's lookbehind rules out a digit just before it, its digits are joined as a chain's are, and its first
// group is a whole run (the separator or the end of the number follows it), which fixes that run's length.
const SSN_AT = /(?<![\d-]|\d )\d{3}([- ]?)\d{2}\1\d{4}(?![\d]|-\d|\1\d)/y;
const AADHAAR_AT = /(?<![\d-]|\d )[2-9]\d{3}([ -]?)\d{4}\1\d{4}(?![\d]|-\d|\1\d)/y;
// The first digit comes before the lookbehind so that only digits pay for it.
const CN_ID_AT = /[1-9](?<![0-9A-Za-z][1-9])\d{16}[\dXx](?![0-9A-Za-z])/y;
const DE_TAX_AT = /(?<![\d])[1-9]\d ?\d{3} ?\d{3} ?\d{3}(?!\d)/y;

// The lengths their first run can have, and its first digit. SSN and Aadhaar start a chain: their lookbehind
// rules out what joins a run to the one before it (a dash, or a digit and a space).
const SSN_RUNS = lengths(3, 9);
const AADHAAR_RUNS = lengths(4, 12);
const CN_ID_RUNS = lengths(17, 18);
const DE_TAX_RUNS = lengths(2, 5, 8, 11);
const TWO_TO_NINE = firstDigits('23456789');
const ONE_TO_NINE = firstDigits('123456789');
const ANY_JOIN = AFTER_SPACE | AFTER_DASH;

/** The patterns above (sticky) and where each can begin in a text: a test holds them to a global scan. */
export const ID_PATTERNS = { ssn: SSN_AT, aadhaar: AADHAAR_AT, cnResidentId: CN_ID_AT, deTaxId: DE_TAX_AT } as const;
export const ID_STARTS: Record<keyof typeof ID_PATTERNS, (facts: TextFacts) => number[]> = {
  // "123-45-6789" or "123456789".
  ssn: (facts) => chainStarts(facts, 9, SSN_RUNS, ANY_DIGIT, CHAIN_HEAD),
  // "2345 6789 0123" or twelve in a row.
  aadhaar: (facts) => chainStarts(facts, 12, AADHAAR_RUNS, TWO_TO_NINE, CHAIN_HEAD),
  // Seventeen digits and a check character that is a digit or X.
  cnResidentId: (facts) => chainStarts(facts, 17, CN_ID_RUNS, ONE_TO_NINE, ANY_JOIN),
  // "12 345 678 901", with any of the spaces left out.
  deTaxId: (facts) => chainStarts(facts, 11, DE_TAX_RUNS, ONE_TO_NINE, ANY_JOIN),
};

// The candidate callbacks are made once, not per text, and each recognizer returns early when its number's
// digit run is missing (what chainStarts checks first), without an empty start list and scan.
const ssnCandidate = (m: RegExpExecArray): Candidate | null => (usSsnValid(m[0]) ? span(m, m[1] === '' ? 0.3 : 0.55) : null);
const aadhaarCandidate = (m: RegExpExecArray): Candidate | null => (aadhaarValid(m[0]) ? span(m, m[1] === ' ' ? 0.55 : 0.35) : null);
const cnIdCandidate = (m: RegExpExecArray): Candidate | null => (cnResidentIdValid(m[0]) ? span(m, 0.85) : null);
const deTaxCandidate = (m: RegExpExecArray): Candidate | null => (deTaxIdValid(m[0]) ? span(m, 0.35) : null);

export const usSsnRecognizer: Recognizer = {
  id: 'us-ssn',
  type: 'US_SSN',
  context: ['ssn', 'social security', 'social sec', 'ss#', 'ss #', 'taxpayer', 'tin'],
  negativeContext: ['order', 'invoice', 'phone', 'tel', 'fax', 'tracking', 'zip'],
  find: (text, facts = new TextFacts(text)) => (facts.hasDigitRun(9) ? scanAt(SSN_AT, text, ID_STARTS.ssn(facts), ssnCandidate) : []),
};

const NINO_RE = /(?<![A-Za-z0-9])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/g;
export const ukNinoRecognizer: Recognizer = {
  id: 'uk-nino',
  type: 'UK_NINO',
  context: ['national insurance', 'ni number', 'nino', 'ni no', 'nic'],
  // Six digits in pairs: a digit run of six, after two capitals and an optional space.
  // (A start list from TextFacts.capitals() measured slower than this scan: most texts hold many capitals.)
  find: (text, facts = new TextFacts(text)) => (!facts.hasDigitRun(6) || !facts.hasNinoHead() ? [] : scan(NINO_RE, text, (m) => (ukNinoValid(m[0]) ? span(m, 0.6) : null))),
};

// A fourth group after the same separator makes it a longer number (a card), not an Aadhaar (AADHAAR_AT).
export const aadhaarRecognizer: Recognizer = {
  id: 'in-aadhaar',
  type: 'IN_AADHAAR',
  context: ['aadhaar', 'aadhar', 'uidai', 'uid', 'आधार'],
  find: (text, facts = new TextFacts(text)) => (facts.hasDigitRun(12) ? scanAt(AADHAAR_AT, text, ID_STARTS.aadhaar(facts), aadhaarCandidate) : []),
};

export const cnResidentIdRecognizer: Recognizer = {
  id: 'cn-resident-id',
  type: 'CN_RESIDENT_ID',
  context: ['身份证', '身份证号', '公民身份号码', 'resident id', 'id card'],
  find: (text, facts = new TextFacts(text)) => (facts.hasDigitRun(17) ? scanAt(CN_ID_AT, text, ID_STARTS.cnResidentId(facts), cnIdCandidate) : []),
};

const NIR_RE = /(?<![0-9A-Za-z])[1278] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![0-9A-Za-z])/g;
export const NIR_AT = new RegExp(NIR_RE.source, 'y');
const NIR_FIRST = firstDigits('1278');
/** /2[AB]/.test(text), from the capitals the text facts list (fewer than the characters a search reads). */
export function hasCorsicaCode(text: string, facts: TextFacts): boolean {
  for (const p of facts.capitals()) {
    const c = text.charCodeAt(p);
    if ((c === 65 || c === 66) && text.charCodeAt(p - 1) === 50) return true;
  }
  return false;
}

/**
 * Where NIR_RE can begin in a text without "2A" or "2B" (Corsica): fifteen digits joined by single spaces, so
 * a chain run with fifteen digits left. Null when the text has either, for a global scan.
 */
export const nirStarts = (text: string, facts: TextFacts): number[] | null =>
  hasCorsicaCode(text, facts) ? null : chainStarts(facts, 15, ANY_LENGTH, NIR_FIRST, ANY_JOIN);
const nirCandidate = (m: RegExpExecArray): Candidate | null => (frNirValid(m[0]) ? span(m, 0.8) : null);
export const frNirRecognizer: Recognizer = {
  id: 'fr-nir',
  type: 'FR_NIR',
  context: ['sécurité sociale', 'securite sociale', 'nir', 'insee', 'carte vitale', 'numéro de sécu', 'social security'],
  find(text, facts = new TextFacts(text)) {
    // Whatever the department code, the last eight digits form one run.
    if (!facts.hasDigitRun(8)) return [];
    const starts = nirStarts(text, facts);
    return starts ? scanAt(NIR_AT, text, starts, nirCandidate) : scan(NIR_RE, text, nirCandidate);
  },
};

export const deTaxIdRecognizer: Recognizer = {
  id: 'de-tax-id',
  type: 'DE_TAX_ID',
  context: ['steuer-id', 'steuerid', 'steuer-identifikationsnummer', 'identifikationsnummer', 'steuernummer', 'idnr', 'tax id', 'steuerliche'],
  find: (text, facts = new TextFacts(text)) => (facts.hasDigitRun(11) ? scanAt(DE_TAX_AT, text, ID_STARTS.deTaxId(facts), deTaxCandidate) : []),
};

// Passport numbers are 6-9 capitals and digits (formats differ by country); a cue word is required.
const PASSPORT_RE = /(?<![A-Za-z0-9])[A-Z0-9]{6,9}(?![A-Za-z0-9])/g;
export const passportRecognizer: Recognizer = {
  id: 'passport',
  type: 'PASSPORT',
  requiresContext: true,
  context: ['passport', 'passport no', 'reisepass', 'passnummer', 'passeport', 'pasaporte', '护照'],
  find: (text) => scan(PASSPORT_RE, text, (m) => (countDigits(m[0]) >= 1 ? span(m, 0.5) : null)),
};

const MRN_RE = /(?<![A-Za-z0-9.-])(?:[A-Z]{1,4}-?)?\d{3,10}(?:-\d{2,6}){0,2}(?![A-Za-z0-9]|[.-]\d)/g;
export const medicalRecordRecognizer: Recognizer = {
  id: 'medical-record',
  type: 'MEDICAL_RECORD',
  requiresContext: true,
  context: ['mrn', 'medical record', 'patient id', 'patient no', 'patient number', 'chart', 'health record', 'patientennummer', 'patienten-id', 'krankenakte', 'dossier médical', 'numéro patient', 'historia clínica', 'n.º de historia', '病历号', '住院号'],
  find: (text) => scan(MRN_RE, text, (m) => (countDigits(m[0]) >= 5 ? span(m, 0.5) : null)),
};
