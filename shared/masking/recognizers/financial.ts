// Payment data: card numbers (Luhn + issuer ranges) and IBANs (country length + mod-97).
import { ibanValid, luhnValid } from '../checksums';
import { digitsOnly, isDigit, isRepeatedDigit, isUpper, repeated, scanAt } from '../scan';
import { TextFacts } from '../text-facts';
import type { Recognizer } from '../types';
import { CHAIN_NUMBER, chainCandidates, chainMatches } from './digit-chains';

// 13-19 digits, optionally grouped by single spaces or dashes:
// \d(?<![\d.,-]\d)(?:[ -]?\d){12,18}(?![\d]|[.,-]\d), the repetition written out (see repeated()).
// Its digits are joined as a chain's are (digit-chains.ts) and the lookbehind rules out a digit before the
// first, so its matches are read off the chain runs (chainMatches) instead; a test holds them to this pattern.
export const CARD_AT = new RegExp(`\\d(?<![\\d.,-]\\d)${repeated('[ -]?\\d', 12, 18)}(?![\\d]|[.,-]\\d)`, 'y');

/** Number(digits.slice(0, k)) for a string of ASCII digits, without the slice. */
const prefix = (digits: string, k: number): number => {
  let v = 0;
  for (let i = 0; i < k && i < digits.length; i++) v = v * 10 + digits.charCodeAt(i) - 48;
  return v;
};

/** Issuer ranges (IIN prefixes and their lengths) of the major networks, for a string of ASCII digits. */
export function cardIssuer(digits: string): string | null {
  const n = digits.length;
  const p2 = prefix(digits, 2);
  const p3 = prefix(digits, 3);
  const p4 = prefix(digits, 4);
  const p6 = prefix(digits, 6);
  if (digits[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p6 >= 222100 && p6 <= 272099)) && n === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && n === 15) return 'amex';
  if ((p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) && n >= 16 && n <= 19) return 'discover';
  if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) return 'jcb';
  if ((p2 === 36 || p2 === 38 || p2 === 39 || (p3 >= 300 && p3 <= 305)) && n >= 14 && n <= 19) return 'diners';
  if (p2 === 62 && n >= 16 && n <= 19) return 'unionpay';
  if ((p2 === 50 || (p2 >= 56 && p2 <= 69)) && n >= 12 && n <= 19) return 'maestro';
  return null;
}

/** The score of a card-shaped chain match: 0.9 when it is written as cards are and passes their checks, else 0. */
function cardScore(raw: string): number {
  // Mixed separators ("1234 5678-9012") are not how cards are written.
  if (raw.includes(' ') && raw.includes('-')) return 0;
  // The check digit first: it skips the separators itself, and nine in ten numbers fail it before their
  // digits are collected. The pattern makes 13-19 digits, so no length check is needed.
  if (!luhnValid(raw)) return 0;
  const digits = digitsOnly(raw);
  return cardIssuer(digits) && !isRepeatedDigit(digits) ? 0.9 : 0;
}

export const creditCardRecognizer: Recognizer = {
  id: 'credit-card',
  type: 'CREDIT_CARD',
  context: ['card', 'visa', 'mastercard', 'amex', 'credit', 'debit', 'cc', 'pan', 'karte', 'kreditkarte', 'carte', 'tarjeta', '信用卡', '卡号'],
  negativeContext: ['order', 'tracking', 'invoice', 'id:', 'uuid'],
  // Without a run of thirteen digits there is no card: no walk.
  find: (text, facts = new TextFacts(text)) => (facts.hasDigitRun(13) ? chainCandidates(text, chainMatches(facts), CHAIN_NUMBER.CARD, cardScore) : []),
};

// Country code, check digits, then up to 30 alphanumerics in groups of four (spaces optional).
// (?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9]), the repetition written out.
// Tried only where two ASCII capitals and two digits start, found among the capitals the text facts list.
export const IBAN_AT = new RegExp(`(?<![A-Za-z0-9])[A-Z]{2}\\d{2}${repeated(' ?[A-Z0-9]{4}', 2, 7)}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])`, 'y');

/** Where IBAN_AT can begin: an ASCII capital (so among facts.capitals()), a second one, then two digits. */
export function ibanStarts(text: string, facts: TextFacts): number[] {
  const out: number[] = [];
  for (const s of facts.capitals()) {
    if (isUpper(text.charCodeAt(s)) && isUpper(text.charCodeAt(s + 1)) && isDigit(text.charCodeAt(s + 2)) && isDigit(text.charCodeAt(s + 3))) out.push(s);
  }
  return out;
}

export const ibanRecognizer: Recognizer = {
  id: 'iban',
  type: 'IBAN',
  context: ['iban', 'bank', 'account', 'konto', 'bankverbindung', 'compte', 'rib', 'cuenta', '账户', '账号'],
  find(text, facts = new TextFacts(text)) {
    // Every IBAN starts with two capitals and two digits.
    if (!facts.hasIbanHead()) return [];
    return scanAt(IBAN_AT, text, ibanStarts(text, facts), (m) => (ibanValid(m[0]) ? { start: m.index, end: m.index + m[0].length, score: 0.95 } : null));
  },
};
