// Network identifiers: IPv4, IPv6 and MAC addresses.
import { isDigit, repeated, scanAt, whole } from '../scan';
import { CH, TextFacts } from '../text-facts';
import type { Candidate, Recognizer } from '../types';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
// Not preceded by a version marker or another dotted number; not followed by more dotted digits.
const IPV4_RE = new RegExp(`(?<![\\w.]|[vV]\\s?)${OCTET}${repeated(`\\.${OCTET}`, 3)}(?!\\w|\\.\\d)`, 'g');
export const IPV4_AT = new RegExp(IPV4_RE.source, 'y');

/** Where the run of one to three digits from i ends, or -1 when there is no such run (none, or four digits or more). */
function octetEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && j - i < 4 && isDigit(text.charCodeAt(j))) j++;
  return j > i && j - i < 4 ? j : -1;
}

/**
 * Where IPV4_RE can begin: its lookbehind rules out a word character before the first octet, and each octet
 * is a whole run of one to three digits (a dot or the end follows it, and no digit), so a match starts where
 * a run of one to three digits that ends at a dot starts and three more such runs follow, the next two ending
 * at a dot too. Found from dot to dot with indexOf instead of trying the pattern at every position, and only
 * where the digits have that shape (versions "1.2.3" and decimals do not): a test holds it to the global scan.
 * (Reading the whole match by hand as well, octet values and lookarounds, made IP find alone 13% faster but the
 * pipeline no faster, A/B median 0.996 over 12 runs: dropped for the 40 lines it took.)
 */
export function ipv4Starts(text: string): number[] {
  const out: number[] = [];
  for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) {
    let s = dot;
    while (s > 0 && dot - s < 4 && isDigit(text.charCodeAt(s - 1))) s--;
    if (s === dot || dot - s > 3) continue;
    const second = octetEnd(text, dot + 1);
    if (second === -1 || text.charCodeAt(second) !== 46) continue;
    const third = octetEnd(text, second + 1);
    if (third !== -1 && text.charCodeAt(third) === 46 && octetEnd(text, third + 1) !== -1) out.push(s);
  }
  return out;
}
// (?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?:%[A-Za-z0-9]{1,15})?(?![\w:]), repetitions written out.
export const IPV6_AT = new RegExp(`(?<![\\w:.])${repeated('[0-9A-Fa-f]{0,4}:', 2, 7)}(?:[0-9A-Fa-f]{1,4}|${repeated('\\d{1,3}\\.', 3)}\\d{1,3})?(?:%[A-Za-z0-9]{1,15})?(?![\\w:])`, 'y');

const HEX = new Uint8Array(128);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;
const isHex = (c: number): boolean => c < 128 && HEX[c] === 1;

/**
 * Whether the text can hold an IPv6 address that ipv6Valid accepts: it has "::", or (without it) eight groups, or
 * six and an IPv4 tail, so six colons in a row with at most four hex digits between each two (without "::",
 * one to four). Walked from colon to colon instead of /:(?:[0-9A-Fa-f]{0,4}:){5}/ tried at each colon; a test
 * holds it to that pattern. Times like 12:30:45 have neither.
 */
export function ipv6Possible(text: string, facts: TextFacts): boolean {
  if (!facts.has(CH.COLON)) return false;
  if (text.includes('::')) return true;
  // Six colons in a row need six in the text.
  if (facts.colons() < 6) return false;
  // How many gaps of one to four hex digits in a row end at the colon reached.
  let run = 0;
  for (let prev = text.indexOf(':'), c = text.indexOf(':', prev + 1); c !== -1; prev = c, c = text.indexOf(':', c + 1)) {
    if (c - prev - 1 <= 4 && hexRun(text, prev + 1, c)) {
      if (++run === 5) return true;
    } else run = 0;
  }
  return false;
}

/** Whether text.slice(from, to) is all hex digits. */
function hexRun(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isHex(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Where IPV6_AT can begin: its first group (up to four hex digits) runs to a colon, and its lookbehind rules out
 * a word character before it, so a match starts where the run of hex digits before a colon starts (at the colon
 * when there is none), when that run is at most four long. Found from colon to colon with indexOf instead of
 * trying the pattern at every position (a test holds it to the global scan).
 */
export function ipv6Starts(text: string): number[] {
  const out: number[] = [];
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    let s = colon;
    while (s > 0 && colon - s < 5 && isHex(text.charCodeAt(s - 1))) s--;
    if (colon - s < 5) out.push(s);
  }
  return out;
}

/** How many ":"-separated groups s.slice(from, to) has when each is one to four hex digits, else -1 (0 when empty). */
function hexGroups(s: string, from: number, to: number): number {
  if (from === to) return 0;
  let groups = 1;
  let size = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 58) {
      if (size === 0) return -1;
      groups++;
      size = 0;
    } else if (!isHex(c) || ++size > 4) return -1;
  }
  return size === 0 ? -1 : groups;
}

const hasHexDigit = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (isHex(s.charCodeAt(i))) return true;
  return false;
};

/**
 * Structural IPv6 check: eight groups, or fewer with exactly one "::". Without a zone ("%") or an IPv4 tail
 * (".") it walks the string by hand (the IPv6 matches of most texts); a test holds it to ipv6ValidSplit.
 */
export function ipv6Valid(s: string): boolean {
  if (s.indexOf('.') !== -1 || s.indexOf('%') !== -1) return ipv6ValidSplit(s);
  // split('::') finds its separators left to right without overlap.
  const double = s.indexOf('::');
  if (double === -1) return hexGroups(s, 0, s.length) === 8;
  if (s.indexOf('::', double + 2) !== -1) return false;
  const l = hexGroups(s, 0, double);
  const r = hexGroups(s, double + 2, s.length);
  if (l < 0 || r < 0) return false;
  return l + r <= 7 && (l + r > 0 || s === '::');
}

/** ipv6Valid with string splits, for any string. */
export function ipv6ValidSplit(s: string): boolean {
  const addr = s.split('%')[0] as string;
  const doubles = addr.split('::').length - 1;
  if (doubles > 1) return false;
  let body = addr;
  // An embedded IPv4 tail ("::ffff:192.0.2.1") stands for the last two groups.
  const v4 = /(\d{1,3}\.){3}\d{1,3}$/.exec(body);
  if (v4) {
    if (!v4[0].split('.').every((o) => Number(o) <= 255)) return false;
    body = `${body.slice(0, v4.index)}0:0`;
  }
  const groups = body.split(':');
  const hex = /^[0-9A-Fa-f]{1,4}$/;
  if (doubles === 0) return groups.length === 8 && groups.every((g) => hex.test(g));
  const [left, right] = body.split('::') as [string, string];
  const l = left === '' ? [] : left.split(':');
  const r = right === '' ? [] : right.split(':');
  if (![...l, ...r].every((g) => hex.test(g))) return false;
  return l.length + r.length <= 7 && (l.length + r.length > 0 || addr === '::');
}

export const ipAddressRecognizer: Recognizer = {
  id: 'ip-address',
  type: 'IP_ADDRESS',
  context: ['ip', 'address', 'host', 'client', 'remote', 'from', 'src', 'dst', 'adresse', 'dirección'],
  negativeContext: ['version', 'ver.', 'release', 'build', 'oid'],
  find(text, facts = new TextFacts(text)) {
    // Loopback and "any" addresses name no one: 127.0.0.0/8, 0.0.0.0, ::1, ::.
    // Every IPv4 address holds three dots between digits.
    const out: Candidate[] = [];
    if (facts.dotsBetweenDigits() >= 3) scanAt(IPV4_AT, text, ipv4Starts(text), (m) => (/^(?:127\.|0\.0\.0\.0$)/.test(m[0]) ? null : whole(m, 0.85)), out);
    if (!ipv6Possible(text, facts)) return out;
    return scanAt(IPV6_AT, text, ipv6Starts(text), (m) => {
      // m[0] without a final colon; it has a hex digit; it is not ::, ::1 or ::0 (loopback, any).
      const raw = m[0];
      const s = raw.charCodeAt(raw.length - 1) === 58 ? raw.slice(0, -1) : raw;
      if (s.length < 3 || !ipv6Valid(s) || !hasHexDigit(s) || s === '::1' || s === '::0') return null;
      // "12:30:45"-style times never reach here (too few groups without "::").
      return { start: m.index, end: m.index + s.length, score: 0.85 };
    }, out);
  },
};

// MAC_AT is tried only where a match can begin, found from the separators instead of at every hex letter (a-f
// are common in prose), jumping from separator to separator with indexOf: two hex digits before a colon or dash
// that starts five separator-and-hex-pair groups (the colon and dash forms), or four before a dot that starts
// ".hhhh." (the dotted form). A test holds the starts to a global scan of MAC_AT.

/** Five times a colon or dash and a hex pair, from position p: /(?:[:-][0-9A-Fa-f]{2}){5}/ there. */
function hexPairsAt(text: string, p: number): boolean {
  if (p + 15 > text.length) return false;
  for (let k = 0; k < 5; k++, p += 3) {
    const c = text.charCodeAt(p);
    if ((c !== 58 && c !== 45) || !isHex(text.charCodeAt(p + 1)) || !isHex(text.charCodeAt(p + 2))) return false;
  }
  return true;
}

/** /\.[0-9A-Fa-f]{4}\./ at position p. */
const dottedHexAt = (text: string, p: number): boolean =>
  p + 5 < text.length && text.charCodeAt(p + 5) === 46 && isHex(text.charCodeAt(p + 1)) && isHex(text.charCodeAt(p + 2)) && isHex(text.charCodeAt(p + 3)) && isHex(text.charCodeAt(p + 4));

/** Appends where a MAC written with `sep` can begin (two characters before a separator that hexPairsAt accepts). */
function pairedStarts(text: string, sep: string, out: number[]): void {
  for (let i = text.indexOf(sep, 2); i !== -1; i = text.indexOf(sep, i + 1)) if (hexPairsAt(text, i)) out.push(i - 2);
}

/**
 * Where MAC_AT can begin, in increasing order. The colon and dash forms need five separators of one kind (dates
 * and times have fewer, and the text facts count them); without them only the dotted form is left. (Gating the
 * dot walk on /\.[0-9A-Fa-f]{4}\./ measured slower, dot positions from the TextFacts pass no faster, one dot walk
 * for this and ipv4Starts kept for the TextFacts of the text no faster: A/B 0.997, 1.004, 1.005.)
 */
export function macStarts(text: string, facts: TextFacts): number[] {
  const out: number[] = [];
  if (facts.colons() >= 5) pairedStarts(text, ':', out);
  const colonStarts = out.length;
  if (facts.dashes() >= 5) pairedStarts(text, '-', out);
  const pairStarts = out.length;
  if (facts.has(CH.DOT)) for (let i = text.indexOf('.', 4); i !== -1; i = text.indexOf('.', i + 1)) if (dottedHexAt(text, i)) out.push(i - 4);
  // Each walk lists its starts in order; more than one kind of start needs a merge.
  const kinds = (colonStarts > 0 ? 1 : 0) + (pairStarts > colonStarts ? 1 : 0) + (out.length > pairStarts ? 1 : 0);
  if (kinds > 1) out.sort((a, b) => a - b);
  return out;
}

// (?<![\w:.-])(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w:-]|\.\w), repetition written out.
export const MAC_AT = new RegExp(`(?<![\\w:.-])(?:[0-9A-Fa-f]{2}([:-])${repeated('[0-9A-Fa-f]{2}\\1', 4)}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4})(?![\\w:-]|\\.\\w)`, 'y');

/** A MAC address candidate, or null for the all-zero and all-F (broadcast) addresses. */
function macCandidate(m: RegExpExecArray): Candidate | null {
  const raw = m[0];
  // /^(?:0{12}|[fF]{12})$/ over the hex digits of the match; and whether it has a hex letter.
  let digits = 0;
  let zeros = 0;
  let fs = 0;
  let letters = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (!isHex(c)) continue;
    digits++;
    if (c === 48) zeros++;
    else if (c === 102 || c === 70) fs++;
    if (c > 57) letters = true;
  }
  if (digits === 12 && (zeros === 12 || fs === 12)) return null;
  // Cisco-style dotted form needs a letter or context-like shape to differ from numbers.
  return whole(m, raw.includes('.') && !letters ? 0.4 : 0.85);
}

export const macAddressRecognizer: Recognizer = {
  id: 'mac-address',
  type: 'MAC_ADDRESS',
  context: ['mac', 'ether', 'hwaddr', 'bssid', 'device'],
  find: (text, facts = new TextFacts(text)) => scanAt(MAC_AT, text, macStarts(text, facts), macCandidate),
};
