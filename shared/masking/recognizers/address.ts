// Street addresses in the formats of the corpus languages: the street line (number, name, type,
// unit) and, when it follows on the same line, the postal code and city.
import { escapeRegExp, scan, whole } from '../scan';
import type { Candidate, Recognizer } from '../types';

const CAP = "\\p{Lu}[\\p{L}'’.-]{1,30}";
const EN_TYPES = 'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|Terrace|Parkway|Pkwy|Square|Sq|Highway|Hwy|Circle|Cir|Close|Crescent|Gardens|Grove|Row|Mews|Hill';
const UNIT = '(?:,?[ \\t]{1,3}(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|#)\\.?[ \\t]{0,3}[A-Za-z0-9-]{1,6})?';
const US_TAIL = '(?:,[ \\t]{1,3}(?:\\p{Lu}[\\p{L}.-]{1,25}[ \\t]?){1,3},?[ \\t]{1,3}[A-Z]{2}[ \\t]{1,3}\\d{5}(?:-\\d{4})?)';
const UK_TAIL = '(?:,[ \\t]{1,3}(?:\\p{Lu}[\\p{L}.-]{1,25}[ \\t]?){1,3},?[ \\t]{1,3}[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]?\\d[A-Z]{2})';
// ", 60311 Frankfurt am Main", ", 69100 Villeurbanne", ", 28013 Madrid"
const EU_TAIL = '(?:,?[ \\t]{1,3}(?:[A-Z]{1,2}-)?\\d{5}[ \\t]{1,3}\\p{Lu}[\\p{L}-]{1,30}(?:[ \\t](?:(?:am|an der|im|sur|sous|en|de|del|la|le)[ \\t])?\\p{Lu}[\\p{L}-]{1,30}){0,2})?';

// Each format with the words it cannot do without: a text without them skips that pattern's scan.
const FORMATS: { needles: string[]; source: string }[] = [
  // 221B Baker Street, Apt 4, Springfield, IL 62704
  { needles: ['street', ' st', 'avenue', 'ave', 'road', ' rd', 'boulevard', 'blvd', 'lane', ' ln', 'drive', ' dr', 'court', ' ct', 'place', ' pl', ' way', 'terrace', 'parkway', 'pkwy', 'square', ' sq', 'highway', 'hwy', 'circle', 'cir', 'close', 'crescent', 'gardens', 'grove', ' row', 'mews', ' hill'], source: `(?<![\\p{L}\\p{N}])\\d{1,5}[A-Za-z]?[ \\t]{1,3}(?:(?:North|South|East|West|N|S|E|W)\\.?[ \\t]{1,3})?(?:${CAP}[ \\t]{1,3}){1,4}(?:${EN_TYPES})\\.?(?![\\p{L}])${UNIT}(?:${US_TAIL}|${UK_TAIL})?` },
  // Hauptstraße 5a, 10115 Berlin / Berliner Straße 12 / Am Markt 3
  { needles: ['stra', 'str.', 'weg', 'gasse', 'allee', 'platz', 'ring', 'damm', 'ufer', 'chaussee'], source: `(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}-]{1,40}(?:straße|strasse|str\\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee)|(?:${CAP}[ \\t]){1,2}(?:Straße|Strasse|Str\\.|Weg|Gasse|Allee|Platz|Ring|Damm))[ \\t]{1,3}\\d{1,4}[a-z]?(?![\\p{L}\\p{N}])${EU_TAIL}` },
  // 12 rue de la Paix, 75002 Paris / 5 bis avenue Victor Hugo
  { needles: ['rue', 'av', 'boulevard', 'bd', 'place', 'allée', 'impasse', 'chemin', 'quai', 'route', 'cours'], source: `(?<![\\p{L}\\p{N}])\\d{1,4}(?:[ \\t]?(?:bis|ter))?,?[ \\t]{1,3}(?:rue|avenue|av\\.|boulevard|bd|place|allée|impasse|chemin|quai|route|cours)[ \\t]{1,3}(?:(?:de|du|des|la|le|l'|d')[ \\t]{0,3}){0,2}${CAP}(?:[ \\t]{1,3}(?:${CAP}|de|du|des|la|le)){0,3}${EU_TAIL}` },
  // Calle Mayor 12, 28013 Madrid / Avenida de la Constitución, nº 5
  { needles: ['calle', 'c/', 'av', 'paseo', 'plaza', 'camino', 'carrer', 'ronda', 'travesía'], source: `(?<![\\p{L}\\p{N}])(?:Calle|C/|Avenida|Avda\\.|Av\\.|Paseo|Plaza|Camino|Carrer|Ronda|Travesía)[ \\t]{1,3}(?:(?:de|del|la|los|las)[ \\t]{1,3}){0,2}${CAP}(?:[ \\t]{1,3}(?:${CAP}|de|del|la)){0,3},?[ \\t]{1,3}(?:n[ºo°.]{1,2}[ \\t]{0,2})?\\d{1,4}(?:,?[ \\t]{0,3}\\d{1,2}[ºª][ \\t]?[A-Za-z]?)?${EU_TAIL}` },
  // 北京市朝阳区建国路88号 / 上海市浦东新区世纪大道100号5楼
  { needles: ['号'], source: '(?:[\\u4e00-\\u9fff]{2,4}省)?[\\u4e00-\\u9fff]{2,4}市(?:[\\u4e00-\\u9fff]{1,5}(?:区|县))?[\\u4e00-\\u9fff]{1,8}(?:路|街|道|巷|大道)\\d{1,5}号(?:\\d{1,4}(?:楼|室|层))?' },
];
// Which formats have a needle in the text, in one pass over it instead of one per format: a single
// alternation of every needle finds each position where some needle starts, and the needles that start
// there (several formats share some: "boulevard", "place", "av") mark their formats.
const COMPILED = FORMATS.map((f) => new RegExp(f.source, 'gu'));
const ALL_NEEDLES = [...new Set(FORMATS.flatMap((f) => f.needles))];
const ANY_NEEDLE = new RegExp(ALL_NEEDLES.map(escapeRegExp).join('|'), 'g');
const NEEDLES_BY_FIRST = new Map<string, { needle: string; formats: number }[]>();
for (const needle of ALL_NEEDLES) {
  let formats = 0;
  FORMATS.forEach((f, i) => {
    if (f.needles.includes(needle)) formats |= 1 << i;
  });
  const first = needle[0] as string;
  NEEDLES_BY_FIRST.set(first, [...(NEEDLES_BY_FIRST.get(first) ?? []), { needle, formats }]);
}
const ALL_FORMATS = (1 << FORMATS.length) - 1;

function formatsIn(lower: string): number {
  let found = 0;
  ANY_NEEDLE.lastIndex = 0;
  for (let m = ANY_NEEDLE.exec(lower); m !== null && found !== ALL_FORMATS; m = ANY_NEEDLE.exec(lower)) {
    for (const { needle, formats } of NEEDLES_BY_FIRST.get(m[0][0] as string) ?? []) if ((found & formats) !== formats && lower.startsWith(needle, m.index)) found |= formats;
    ANY_NEEDLE.lastIndex = m.index + 1;
  }
  return found;
}

export const streetAddressRecognizer: Recognizer = {
  id: 'street-address',
  type: 'STREET_ADDRESS',
  context: ['address', 'lives at', 'located at', 'ship to', 'shipping', 'billing', 'adresse', 'anschrift', 'wohnhaft', 'dirección', 'domicilio', '地址', '住址'],
  find(text) {
    const formats = formatsIn(text.toLowerCase());
    const out: Candidate[] = [];
    COMPILED.forEach((re, i) => {
      if (formats & (1 << i)) out.push(...scan(re, text, (m) => whole(m, 0.7)));
    });
    return out;
  },
};
