// Government and health identifiers. Where a check digit exists it is verified; where none
// exists (passports, medical record numbers) a context word is required.
import { aadhaarValid, cnResidentIdValid, deTaxIdValid, frNirValid, ukNinoValid, usSsnValid } from '../checksums';
import { countDigits, scan } from '../scan';
import { TextFacts } from '../text-facts';
import type { Candidate, Recognizer } from '../types';

const span = (m: RegExpExecArray, score: number): Candidate => ({ start: m.index, end: m.index + m[0].length, score });

const SSN_RE = /(?<![\d-]|\d )\d{3}([- ]?)\d{2}\1\d{4}(?![\d]|-\d|\1\d)/g;
export const usSsnRecognizer: Recognizer = {
  id: 'us-ssn',
  type: 'US_SSN',
  context: ['ssn', 'social security', 'social sec', 'ss#', 'ss #', 'taxpayer', 'tin'],
  negativeContext: ['order', 'invoice', 'phone', 'tel', 'fax', 'tracking', 'zip'],
  find: (text, facts = new TextFacts(text)) => (!facts.hasDigitRun(9) ? [] : scan(SSN_RE, text, (m) => (usSsnValid(m[0]) ? span(m, m[1] === '' ? 0.3 : 0.55) : null))),
};

const NINO_RE = /(?<![A-Za-z0-9])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/g;
export const ukNinoRecognizer: Recognizer = {
  id: 'uk-nino',
  type: 'UK_NINO',
  context: ['national insurance', 'ni number', 'nino', 'ni no', 'nic'],
  // Six digits in pairs: a digit run of six, after two capitals and an optional space.
  find: (text, facts = new TextFacts(text)) => (!facts.hasDigitRun(6) || !facts.hasNinoHead() ? [] : scan(NINO_RE, text, (m) => (ukNinoValid(m[0]) ? span(m, 0.6) : null))),
};

// A fourth group after the same separator makes it a longer number (a card), not an Aadhaar.
const AADHAAR_RE = /(?<![\d-]|\d )[2-9]\d{3}([ -]?)\d{4}\1\d{4}(?![\d]|-\d|\1\d)/g;
export const aadhaarRecognizer: Recognizer = {
  id: 'in-aadhaar',
  type: 'IN_AADHAAR',
  context: ['aadhaar', 'aadhar', 'uidai', 'uid', 'आधार'],
  find: (text, facts = new TextFacts(text)) => (!facts.hasDigitRun(12) ? [] : scan(AADHAAR_RE, text, (m) => (aadhaarValid(m[0]) ? span(m, m[1] === ' ' ? 0.55 : 0.35) : null))),
};

// The first digit comes before the lookbehind so that only digits pay for it.
const CN_ID_RE = /[1-9](?<![0-9A-Za-z][1-9])\d{16}[\dXx](?![0-9A-Za-z])/g;
export const cnResidentIdRecognizer: Recognizer = {
  id: 'cn-resident-id',
  type: 'CN_RESIDENT_ID',
  context: ['身份证', '身份证号', '公民身份号码', 'resident id', 'id card'],
  find: (text, facts = new TextFacts(text)) => (!facts.hasDigitRun(17) ? [] : scan(CN_ID_RE, text, (m) => (cnResidentIdValid(m[0]) ? span(m, 0.85) : null))),
};

const NIR_RE = /(?<![0-9A-Za-z])[1278] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![0-9A-Za-z])/g;
export const frNirRecognizer: Recognizer = {
  id: 'fr-nir',
  type: 'FR_NIR',
  context: ['sécurité sociale', 'securite sociale', 'nir', 'insee', 'carte vitale', 'numéro de sécu', 'social security'],
  // Whatever the department code, the last eight digits form one run.
  find: (text, facts = new TextFacts(text)) => (!facts.hasDigitRun(8) ? [] : scan(NIR_RE, text, (m) => (frNirValid(m[0]) ? span(m, 0.8) : null))),
};

const DE_TAX_RE = /(?<![\d])[1-9]\d ?\d{3} ?\d{3} ?\d{3}(?!\d)/g;
export const deTaxIdRecognizer: Recognizer = {
  id: 'de-tax-id',
  type: 'DE_TAX_ID',
  context: ['steuer-id', 'steuerid', 'steuer-identifikationsnummer', 'identifikationsnummer', 'steuernummer', 'idnr', 'tax id', 'steuerliche'],
  find: (text, facts = new TextFacts(text)) => (!facts.hasDigitRun(11) ? [] : scan(DE_TAX_RE, text, (m) => (deTaxIdValid(m[0]) ? span(m, 0.35) : null))),
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
