// Government and health identifiers. Where a check digit exists it is verified; where none
// exists (passports, medical record numbers) a context word is required.
import { aadhaarValid, cnResidentIdValid, deTaxIdValid, frNirValid, ukNinoValid, usSsnValid } from '../checksums';
import { countDigits, scan } from '../scan';
import { TextFacts } from '../text-facts';
import type { Candidate, Recognizer } from '../types';
import { CHAIN_NUMBER, chainCandidates, chainMatches } from './digit-chains';

const span = (m: RegExpExecArray, score: number): Candidate => ({ start: m.index, end: m.index + m[0].length, score });

// The fixed-length numbers below match on the digit chains of a text (digit-chains.ts): each pattern's lookbehind
// rules out a digit just before it and its digits are joined as a chain's are, so one walk over the chain runs
// finds the matches of all of them (chainMatches); the patterns stay as what that walk is held to (a test).
const SSN_AT = /(?<![\d-]|\d )\d{3}([- ]?)\d{2}\1\d{4}(?![\d]|-\d|\1\d)/y;
const AADHAAR_AT = /(?<![\d-]|\d )[2-9]\d{3}([ -]?)\d{4}\1\d{4}(?![\d]|-\d|\1\d)/y;
const CN_ID_AT = /[1-9](?<![0-9A-Za-z][1-9])\d{16}[\dXx](?![0-9A-Za-z])/y;
const DE_TAX_AT = /(?<![\d])[1-9]\d ?\d{3} ?\d{3} ?\d{3}(?!\d)/y;

/** The patterns above (sticky), whose matches chainMatches finds: a test holds it to a global scan of each. */
export const ID_PATTERNS = { ssn: SSN_AT, aadhaar: AADHAAR_AT, cnId: CN_ID_AT, deTax: DE_TAX_AT } as const;

// The scores of the chain matches (see chainCandidates): 0 when the check digits fail. SSN: 0.55 with separators,
// 0.3 for nine digits in a row; Aadhaar: 0.55 with spaces, else 0.35.
const ssnScore = (raw: string, sep: number): number => (!usSsnValid(raw) ? 0 : sep === 0 ? 0.3 : 0.55);
const aadhaarScore = (raw: string, sep: number): number => (!aadhaarValid(raw) ? 0 : sep === 32 ? 0.55 : 0.35);
const cnIdScore = (raw: string): number => (cnResidentIdValid(raw) ? 0.85 : 0);
const deTaxScore = (raw: string): number => (deTaxIdValid(raw) ? 0.35 : 0);
const nirScore = (raw: string): number => (frNirValid(raw) ? 0.8 : 0);

// Each recognizer returns early without its number's digit run (what chainMatches needs), without the walk.
export const usSsnRecognizer: Recognizer = {
  id: 'us-ssn',
  type: 'US_SSN',
  context: ['ssn', 'social security', 'social sec', 'ss#', 'ss #', 'taxpayer', 'tin'],
  negativeContext: ['order', 'invoice', 'phone', 'tel', 'fax', 'tracking', 'zip'],
  find: (text, facts = new TextFacts(text)) => (facts.hasDigitRun(9) ? chainCandidates(text, chainMatches(facts), CHAIN_NUMBER.SSN, ssnScore) : []),
};

const NINO_RE = /(?<![A-Za-z0-9])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/g;
export const ukNinoRecognizer: Recognizer = {
  id: 'uk-nino',
  type: 'UK_NINO',
  context: ['national insurance', 'ni number', 'nino', 'ni no', 'nic'],
  // Six digits in pairs: a digit run of six, after two capitals and an optional space.
  // (A start list from TextFacts.capitals() measured slower than this scan: most texts hold many capitals. The
  // NINO and IBAN patterns matched by hand in one walk over the capitals, without a regex: A/B 0.997, 1.000,
  // 1.008, 0.999.)
  find: (text, facts = new TextFacts(text)) => (!facts.hasDigitRun(6) || !facts.hasNinoHead() ? [] : scan(NINO_RE, text, (m) => (ukNinoValid(m[0]) ? span(m, 0.6) : null))),
};

// A fourth group after the same separator makes it a longer number (a card), not an Aadhaar (AADHAAR_AT).
export const aadhaarRecognizer: Recognizer = {
  id: 'in-aadhaar',
  type: 'IN_AADHAAR',
  context: ['aadhaar', 'aadhar', 'uidai', 'uid', 'आधार'],
  find: (text, facts = new TextFacts(text)) => (facts.hasDigitRun(12) ? chainCandidates(text, chainMatches(facts), CHAIN_NUMBER.AADHAAR, aadhaarScore) : []),
};

export const cnResidentIdRecognizer: Recognizer = {
  id: 'cn-resident-id',
  type: 'CN_RESIDENT_ID',
  context: ['身份证', '身份证号', '公民身份号码', 'resident id', 'id card'],
  find: (text, facts = new TextFacts(text)) => (facts.hasDigitRun(17) ? chainCandidates(text, chainMatches(facts), CHAIN_NUMBER.CN_ID, cnIdScore) : []),
};

const NIR_RE = /(?<![0-9A-Za-z])[1278] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![0-9A-Za-z])/g;
/** NIR_RE, sticky: without "2A" or "2B" in the text, chainMatches finds its matches (a test checks). */
export const NIR_AT = new RegExp(NIR_RE.source, 'y');
/** /2[AB]/.test(text), from the capitals the text facts list (fewer than the characters a search reads). */
export function hasCorsicaCode(text: string, facts: TextFacts): boolean {
  for (const p of facts.capitals()) {
    const c = text.charCodeAt(p);
    if ((c === 65 || c === 66) && text.charCodeAt(p - 1) === 50) return true;
  }
  return false;
}

const nirCandidate = (m: RegExpExecArray): Candidate | null => (frNirValid(m[0]) ? span(m, 0.8) : null);
export const frNirRecognizer: Recognizer = {
  id: 'fr-nir',
  type: 'FR_NIR',
  context: ['sécurité sociale', 'securite sociale', 'nir', 'insee', 'carte vitale', 'numéro de sécu', 'social security'],
  find(text, facts = new TextFacts(text)) {
    // Whatever the department code, the last eight digits form one run. A Corsican department code ("2A", "2B")
    // breaks the chain: a text that holds one is scanned whole; in any other the NIR is fifteen chained digits.
    if (!facts.hasDigitRun(8)) return [];
    if (hasCorsicaCode(text, facts)) return scan(NIR_RE, text, nirCandidate);
    return facts.hasDigitRun(15) ? chainCandidates(text, chainMatches(facts), CHAIN_NUMBER.NIR, nirScore) : [];
  },
};

export const deTaxIdRecognizer: Recognizer = {
  id: 'de-tax-id',
  type: 'DE_TAX_ID',
  context: ['steuer-id', 'steuerid', 'steuer-identifikationsnummer', 'identifikationsnummer', 'steuernummer', 'idnr', 'tax id', 'steuerliche'],
  find: (text, facts = new TextFacts(text)) => (facts.hasDigitRun(11) ? chainCandidates(text, chainMatches(facts), CHAIN_NUMBER.DE_TAX, deTaxScore) : []),
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
