// Street addresses in the formats of the corpus languages: the street line (number, name, type,
// unit) and, when it follows on the same line, the postal code and city.
import { matchAt, whole } from '../scan';
import { CH, TextFacts } from '../text-facts';
import type { Candidate, Recognizer } from '../types';

const CAP = "\\p{Lu}[\\p{L}'’.-]{1,30}";
const EN_TYPES = 'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|Terrace|Parkway|Pkwy|Square|Sq|Highway|Hwy|Circle|Cir|Close|Crescent|Gardens|Grove|Row|Mews|Hill';
const UNIT = '(?:,?[ \\t]{1,3}(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|#)\\.?[ \\t]{0,3}[A-Za-z0-9-]{1,6})?';
const US_TAIL = '(?:,[ \\t]{1,3}(?:\\p{Lu}[\\p{L}.-]{1,25}[ \\t]?){1,3},?[ \\t]{1,3}[A-Z]{2}[ \\t]{1,3}\\d{5}(?:-\\d{4})?)';
const UK_TAIL = '(?:,[ \\t]{1,3}(?:\\p{Lu}[\\p{L}.-]{1,25}[ \\t]?){1,3},?[ \\t]{1,3}[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]?\\d[A-Z]{2})';
// ", 60311 Frankfurt am Main", ", 69100 Villeurbanne", ", 28013 Madrid"
const EU_TAIL = '(?:,?[ \\t]{1,3}(?:[A-Z]{1,2}-)?\\d{5}[ \\t]{1,3}\\p{Lu}[\\p{L}-]{1,30}(?:[ \\t](?:(?:am|an der|im|sur|sous|en|de|del|la|le)[ \\t])?\\p{Lu}[\\p{L}-]{1,30}){0,2})?';

// Each format with gates: cheap patterns (no lookbehind, mostly literals) for what it cannot do without,
// the street type next to its house number. A text that fails a gate skips that format's full scan.
// `needs` are TextFacts.chars() bits every match holds, tested before the gates: a digit, or 号.
const FORMATS: { needs: number; gates: RegExp[]; source: string }[] = [
  // 221B Baker Street, Apt 4, Springfield, IL 62704
  { needs: CH.DIGIT, gates: [new RegExp(`[ \t](?:${EN_TYPES})`), /\d[A-Za-z]?[ \t]{1,3}\p{Lu}/u], source: `(?<![\\p{L}\\p{N}])\\d{1,5}[A-Za-z]?[ \\t]{1,3}(?:(?:North|South|East|West|N|S|E|W)\\.?[ \\t]{1,3})?(?:${CAP}[ \\t]{1,3}){1,4}(?:${EN_TYPES})\\.?(?![\\p{L}])${UNIT}(?:${US_TAIL}|${UK_TAIL})?` },
  // Hauptstraße 5a, 10115 Berlin / Berliner Straße 12 / Am Markt 3
  // Written from the digit back (a space and a digit, then the street word behind them): the same texts pass, but
  // the engine only stops at a space before a digit instead of at every letter a street word can start with.
  { needs: CH.DIGIT, gates: [/[ \t]\d(?<=(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee|Straße|Strasse|Str\.|Weg|Gasse|Allee|Platz|Ring|Damm)[ \t]{1,3}\d)/], source: `(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}-]{1,40}(?:straße|strasse|str\\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee)|(?:${CAP}[ \\t]){1,2}(?:Straße|Strasse|Str\\.|Weg|Gasse|Allee|Platz|Ring|Damm))[ \\t]{1,3}\\d{1,4}[a-z]?(?![\\p{L}\\p{N}])${EU_TAIL}` },
  // 12 rue de la Paix, 75002 Paris / 5 bis avenue Victor Hugo
  // The gate, like the German one, from the street word back: the engine stops only at spaces, not at every digit.
  { needs: CH.DIGIT, gates: [/[ \t](?:rue|avenue|av\.|boulevard|bd|place|allée|impasse|chemin|quai|route|cours)(?<=\d(?:[ \t]?(?:bis|ter))?,?[ \t]{1,3}(?:rue|avenue|av\.|boulevard|bd|place|allée|impasse|chemin|quai|route|cours))[ \t]/], source: `(?<![\\p{L}\\p{N}])\\d{1,4}(?:[ \\t]?(?:bis|ter))?,?[ \\t]{1,3}(?:rue|avenue|av\\.|boulevard|bd|place|allée|impasse|chemin|quai|route|cours)[ \\t]{1,3}(?:(?:de|du|des|la|le|l'|d')[ \\t]{0,3}){0,2}${CAP}(?:[ \\t]{1,3}(?:${CAP}|de|du|des|la|le)){0,3}${EU_TAIL}` },
  // Calle Mayor 12, 28013 Madrid / Avenida de la Constitución, nº 5
  { needs: CH.DIGIT, gates: [/(?:Calle|C\/|Avenida|Avda\.|Av\.|Paseo|Plaza|Camino|Carrer|Ronda|Travesía)[ \t]/], source: `(?<![\\p{L}\\p{N}])(?:Calle|C/|Avenida|Avda\\.|Av\\.|Paseo|Plaza|Camino|Carrer|Ronda|Travesía)[ \\t]{1,3}(?:(?:de|del|la|los|las)[ \\t]{1,3}){0,2}${CAP}(?:[ \\t]{1,3}(?:${CAP}|de|del|la)){0,3},?[ \\t]{1,3}(?:n[ºo°.]{1,2}[ \\t]{0,2})?\\d{1,4}(?:,?[ \\t]{0,3}\\d{1,2}[ºª][ \\t]?[A-Za-z]?)?${EU_TAIL}` },
  // 北京市朝阳区建国路88号 / 上海市浦东新区世纪大道100号5楼
  { needs: CH.HAO, gates: [/号/], source: '(?:[\\u4e00-\\u9fff]{2,4}省)?[\\u4e00-\\u9fff]{2,4}市(?:[\\u4e00-\\u9fff]{1,5}(?:区|县))?[\\u4e00-\\u9fff]{1,8}(?:路|街|道|巷|大道)\\d{1,5}号(?:\\d{1,4}(?:楼|室|层))?' },
];
/** The gates of each format, in order (for tests). */
export const ADDRESS_FORMAT_GATES: readonly (readonly RegExp[])[] = FORMATS.map((f) => f.gates);
/** The full pattern of each format, in order (for tests: the recognizer must find what they find from 0). */
export const ADDRESS_FORMATS: readonly RegExp[] = FORMATS.map((f) => new RegExp(f.source, 'gu'));
// The same patterns, sticky: each is tried only at places near its gate hits (scanFormat) or its 号 (scanChinese).
const STICKY = FORMATS.map((f) => new RegExp(f.source, 'yu'));
// The first gates of the formats that need a digit (the first four), one group each, in one global pattern: most
// texts fail all four in one pass, and a text that passes learns which formats to try from the same pass. All but
// the Spanish one start at a space or tab (none at a digit): a third of the time of the gates as first written.
// Tried and dropped (corpus, alone): the leading blank factored out of three groups (0.212 -> 0.229 ms); hits found
// from TextFacts' capitals or from digits instead (a scan that stops at each blank costs ~0.08 ms whatever follows,
// and there are twice as many digits as blanks here); a prior test for a digit next to a blank (546 of 623 texts
// with digits pass it). Joined with SHAPE_HITS of secrets.ts into one scan: the sum of both (0.35 ms).
const FIRST_GATES = new RegExp(FORMATS.filter((f) => f.needs === CH.DIGIT).map((f) => `(${(f.gates[0] as RegExp).source})`).join('|'), 'g');

// Where the first gate of each of the four matches, in increasing order (filled by digitFormatsIn, read right after
// it by find): a format's pattern is tried only near these (see scanFormat). Reused: no arrays per text, and only
// the lists the last text filled are emptied (most texts fill none).
const HITS: number[][] = [[], [], [], []];
let filled = 0;

/**
 * Bit k set when the first gate of format k matches somewhere in the text; HITS[k] gets every place it does.
 * At any one position at most one of the gates can match (a space then a capital, a digit or a lower-case letter;
 * or a capital), so a scan that goes on one character after each match misses none.
 */
export function digitFormatsIn(text: string): number {
  for (let k = 0; filled !== 0; k++, filled >>= 1) if ((filled & 1) !== 0) (HITS[k] as number[]).length = 0;
  let bits = 0;
  FIRST_GATES.lastIndex = 0;
  for (let m = FIRST_GATES.exec(text); m !== null; m = FIRST_GATES.exec(text)) {
    let k = 1;
    while (m[k] === undefined) k++;
    bits |= 1 << (k - 1);
    (HITS[k - 1] as number[]).push(m.index);
    FIRST_GATES.lastIndex = m.index + 1;
  }
  filled = bits;
  return bits;
}

// What may stand in an English or German match before its first gate's hit (the space before the type word, or
// before the house number): letters (any outside ASCII counts), digits (English only), spaces, tabs, ' ’ . -.
const isStreetChar = (c: number, digits: boolean): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 32 || c === 9 || c === 46 || c === 45 || c === 39 || c >= 128 || (digits && c >= 48 && c <= 57);

/**
 * The first place (not before `floor`) a match of format k holding the gate hit at `hit` can start: every match
 * holds a hit of its format's first gate (the blank before the type word or house number, or the Spanish word), and starts
 * at most a bounded run of the characters its pattern allows before that hit (in UTF-16 units, a letter may take
 * two): English 154 code points of number, direction and four capitalised words; German 73 (two capitalised words
 * and a type word, or one word of 49, and spaces); French 11 (number, bis/ter, comma, spaces); Spanish none (the
 * gate matches where the match starts).
 */
function scanStart(k: number, text: string, hit: number, floor: number): number {
  if (k === 3) return Math.max(floor, hit);
  if (k === 2) return Math.max(floor, hit - 11);
  // Not back past `floor`, where the caller's tries go on: each character is walked over once, however dense the hits.
  const stop = Math.max(floor, hit - (k === 0 ? 308 : 146));
  let i = hit;
  while (i > stop && isStreetChar(text.charCodeAt(i - 1), k === 0)) i--;
  return i;
}

// Where a match of format k can begin: English and French at a digit, German at a capital (ASCII, or any unit
// outside ASCII but a low surrogate: a /u scan never starts inside a pair), Spanish at its gate hit.
const canStart = (k: number, c: number): boolean => (k === 1 ? (c >= 65 && c <= 90) || (c >= 128 && (c < 0xdc00 || c > 0xdfff)) : k === 3 || (c >= 48 && c <= 57));
const isMatch = (m: RegExpExecArray): Candidate => whole(m, 0.7);

/**
 * What a global scan of format k finds, with the sticky pattern tried only between each gate hit and the first place
 * a match holding it can start (scanStart), where a match can begin: the work grows with the hits, not with the
 * text (a global scan of the unicode pattern, lookbehind first, ran over the whole rest of a long text). Every match
 * starts in the window of the hit it holds; the windows are walked in increasing order, each from the end of the
 * last match or the last window, so the starts tried are those scanAt would be given.
 */
function scanFormat(k: number, sticky: RegExp, text: string, hits: readonly number[], out: Candidate[]): void {
  let from = 0;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i] as number;
    let p = scanStart(k, text, hit, from);
    for (; p <= hit; p++) {
      if (!canStart(k, text.charCodeAt(p))) continue;
      const end = matchAt(sticky, text, p, isMatch, out);
      // Matches never end before they start, so p goes on at the match's end.
      if (end !== -1) p = end - 1;
    }
    from = p;
  }
}

/**
 * What a global scan of the Chinese format finds, with its pattern tried only where a match can start: every match
 * holds a 号 (after its house number), 6 to 31 characters after its start (province, city and district with their
 * suffixes, the street and its suffix, the number), and starts with a CJK ideograph. A global scan tried it at every
 * ideograph of the text.
 */
function scanChinese(sticky: RegExp, text: string, out: Candidate[]): void {
  let from = 0;
  for (let hao = text.indexOf('号'); hao !== -1; hao = text.indexOf('号', hao + 1)) {
    let p = Math.max(from, hao - 31);
    for (; p <= hao - 6; p++) {
      const c = text.charCodeAt(p);
      if (c < 0x4e00 || c > 0x9fff) continue;
      const end = matchAt(sticky, text, p, isMatch, out);
      if (end !== -1) p = end - 1;
    }
    from = p;
  }
}

const restPass = (gates: readonly RegExp[], text: string): boolean => {
  for (let k = 1; k < gates.length; k++) if (!(gates[k] as RegExp).test(text)) return false;
  return true;
};

export const streetAddressRecognizer: Recognizer = {
  id: 'street-address',
  type: 'STREET_ADDRESS',
  context: ['address', 'lives at', 'located at', 'ship to', 'shipping', 'billing', 'adresse', 'anschrift', 'wohnhaft', 'dirección', 'domicilio', '地址', '住址'],
  find(text, facts = new TextFacts(text)) {
    const digitFormats = facts.has(CH.DIGIT) ? digitFormatsIn(text) : 0;
    // Most texts: no format can match.
    if (digitFormats === 0 && !facts.has(CH.HAO)) return [];
    const out: Candidate[] = [];
    for (let k = 0; k < FORMATS.length; k++) {
      const { needs, gates } = FORMATS[k] as (typeof FORMATS)[number];
      // The Chinese format's gate (号) is the search scanChinese makes.
      if (needs !== CH.DIGIT) {
        if (facts.has(needs)) scanChinese(STICKY[k] as RegExp, text, out);
      } else if ((digitFormats & (1 << k)) !== 0 && restPass(gates, text)) scanFormat(k, STICKY[k] as RegExp, text, HITS[k] as number[], out);
    }
    return out;
  },
};
