// Credentials: API keys and tokens in their published shapes (secret-shapes.ts), secret
// assignments with random-looking values, and credentials inside URLs.
import { shannonEntropy } from '../checksums';
import { isWordChar, isWordOrDash, matchAt, scan, scanAt, whole } from '../scan';
import { CH, TextFacts } from '../text-facts';
import type { Candidate, Recognizer } from '../types';
import { scanShapes, shapeHits } from './secret-shapes';

// Tried and dropped: the needles found by indexOf and TextFacts' capitals instead of SHAPE_HITS (0.108 -> 0.082 ms
// alone, under 1% of a pass).
// Every character SHAPE_HITS is anchored at (TextFacts bits): a text with none skips the scan.
const ANY_RARE = CH.DASH | CH.CAPITAL_A | CH.CAPITAL_J | CH.UNDERSCORE | CH.SLASH;

// name = value, name: value, "name": "value", NAME=value. The key may carry a prefix (DB_PASSWORD).
export const ASSIGNMENT_RE =
  /(?<![\w-])[\w.-]{0,40}?(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|auth(?!or(?:ed)?\b|ors\b)|credentials?)[\w-]{0,30}["']?[ \t]{0,3}(?::|=|=>)[ \t]{0,3}["']?((?:[^\s"'`,;&<>]|&(?![\w.-]{1,40}=)){6,512})/dgi;
const BEARER_RE = /(?<![\w-])[Bb]earer[ \t]{1,3}([A-Za-z0-9._~+/=-]{16,4096})/g;
// The first character comes before the lookbehind so that spaces and punctuation never pay for it.
const AWS_SECRET_RE = /[A-Za-z0-9/+](?<![A-Za-z0-9/+]{2})[A-Za-z0-9/+]{39}(?![A-Za-z0-9/+=])/g;
// A match is a whole run of exactly 40 such characters: tried only where TextFacts found one begin.
const AWS_SECRET_AT = new RegExp(AWS_SECRET_RE.source, 'y');

// Values that are obviously not secrets: references, masks, placeholders, booleans, sample words (one pattern:
// each alternative only ever ruled a value out), an existing placeholder, a member access (settings.db.password).
const NOT_A_VALUE_RE =
  /^(?:\$\{|\$\(|%\(|\{\{|<|\*+$|x+$|null$|none$|true$|false$|undefined$|process\.env|os\.environ|env\.|\[|changeme|password|secret|example|redacted|your[_-]|xxx)/i;
const PLACEHOLDER_RE = /^[A-Z][A-Z0-9]*_\d+\]?$/;
const MEMBER_RE = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;

/**
 * Whether an assigned value looks like a real secret: not one of the values above, no call parentheses, at least
 * two of lower case, upper case, digits and other characters (counted in one pass, not one regex each), and
 * random enough. Module-level patterns: a literal in the body made a RegExp object per call.
 */
export function looksLikeRealSecret(value: string): boolean {
  if (NOT_A_VALUE_RE.test(value) || PLACEHOLDER_RE.test(value)) return false;
  let seen = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 97 && c <= 122) seen |= 1;
    else if (c >= 65 && c <= 90) seen |= 2;
    else if (c >= 48 && c <= 57) seen |= 4;
    else if (c === 40 || c === 41) return false; // code, not a value: a call
    else seen |= 8;
  }
  // Fewer than two classes: at most one bit set.
  if ((seen & (seen - 1)) === 0 || MEMBER_RE.test(value)) return false;
  return randomEnough(value);
}

// Counts per ASCII character for randomEnough (reset before it returns).
const COUNTS = new Uint16Array(128);

/**
 * shannonEntropy(value) >= 2.5, without its logarithms when no character makes up more than a sixth of an ASCII
 * value (most secrets): the entropy is never below -log2 of the largest share, here log2(6) ≈ 2.58.
 */
function randomEnough(value: string): boolean {
  let most = 0;
  let i = 0;
  for (; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128) break;
    const n = (COUNTS[c] as number) + 1;
    COUNTS[c] = n;
    if (n > most) most = n;
  }
  for (let k = 0; k < i; k++) COUNTS[value.charCodeAt(k)] = 0;
  if (i === value.length && i > 0 && most * 6 <= i) return true;
  return shannonEntropy(value) >= 2.5;
}

// ASSIGNMENT_RE tried only where a match can begin (see assignmentStarts) instead of at every word start, where
// its lazy name prefix makes it try the key words at up to 40 places.
const ASSIGNMENT_AT = new RegExp(ASSIGNMENT_RE.source, 'yi');
const isNameChar = (c: number): boolean => isWordOrDash(c) || c === 46;
// The stems, one of which every key word holds ("password" holds "pass", "api_key" holds "key"). Each begins with its
// own pair of letters: a table of the pairs (either case) holds the index of the stem + 1, so that most positions
// are passed over with one lookup.
const STEMS = ['pass', 'pwd', 'secret', 'token', 'key', 'auth', 'credential'];
const STEM_PAIRS = new Uint8Array(128 * 128);
STEMS.forEach((w, i) => {
  const [a, b] = [w.charCodeAt(0), w.charCodeAt(1)];
  for (const x of [a, a - 32]) for (const y of [b, b - 32]) STEM_PAIRS[x * 128 + y] = i + 1;
});

/** The length of the stem at `q` ending by `end`, compared as ASSIGNMENT_RE does (/i without /u folds only A-Z), or 0. */
function stemAt(text: string, q: number, end: number): number {
  const a = text.charCodeAt(q);
  const b = text.charCodeAt(q + 1);
  const i = a < 128 && b < 128 ? (STEM_PAIRS[a * 128 + b] as number) : 0;
  if (i === 0) return 0;
  const stem = STEMS[i - 1] as string;
  if (q + stem.length > end) return 0;
  for (let k = 2; k < stem.length; k++) {
    const d = text.charCodeAt(q + k);
    if ((d >= 65 && d <= 90 ? d | 32 : d) !== stem.charCodeAt(k)) return 0;
  }
  return stem.length;
}

/**
 * Every position at which ASSIGNMENT_RE can match (and some more), in increasing order. Found from each ":" or "="
 * back (indexOf: most texts hold few), where a match ends its key part: up to 3 spaces or tabs, an optional quote,
 * a run of [\w-] in which a stem ends at most 64 characters before the run does (the rest of the longest key word
 * and the 30-character suffix fit). A match starts where its lookbehind (?<![\w-]) allows, at most 40 name
 * characters [\w.-] before its key word, and every stem stands at most 8 characters into its key word: so at most
 * 48 name characters before the stem. Stems never hold one another, so they come in increasing order.
 */
export function assignmentStarts(text: string): number[] {
  const starts: number[] = [];
  let covered = -1;
  let colon = text.indexOf(':');
  let equals = text.indexOf('=');
  while (colon !== -1 || equals !== -1) {
    let j: number;
    if (equals === -1 || (colon !== -1 && colon < equals)) {
      j = colon;
      colon = text.indexOf(':', colon + 1);
    } else {
      j = equals;
      equals = text.indexOf('=', equals + 1);
    }
    for (let k = 0; k < 3 && j > 0 && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9); k++) j--;
    if (j > 0 && (text.charCodeAt(j - 1) === 34 || text.charCodeAt(j - 1) === 39)) j--;
    // The run of [\w-] before, as far back as a stem ending 64 characters before its end can start (10, "credential"),
    // and the first position in it where a stem's first two letters stand (most runs hold none).
    let r = j;
    let first = -1;
    for (let c = r > 0 ? text.charCodeAt(r - 1) : -1, next = -1; r > 0 && j - r < 74 && isWordOrDash(c); next = c, c = r > 0 ? text.charCodeAt(r - 1) : -1) {
      r--;
      if (next !== -1 && c < 128 && next < 128 && STEM_PAIRS[c * 128 + next] !== 0) first = r;
    }
    if (first === -1) continue;
    for (let q = first; q <= j - 3; q++) {
      const len = stemAt(text, q, j);
      if (len === 0 || j - (q + len) > 64) continue;
      const found: number[] = [];
      for (let p = q; p > covered && q - p <= 48; p--) {
        const before = p === 0 ? -1 : text.charCodeAt(p - 1);
        if (before === -1 || !isWordOrDash(before)) found.push(p);
        if (before === -1 || !isNameChar(before)) break;
      }
      for (let k = found.length - 1; k >= 0; k--) starts.push(found[k] as number);
      covered = q;
    }
  }
  return starts;
}

/** The value without the sentence's closing punctuation: what replace(/[.)\]}]+$/, '') leaves, without a regex. */
export function withoutClosing(raw: string): string {
  let end = raw.length;
  for (let c = raw.charCodeAt(end - 1); c === 46 || c === 41 || c === 93 || c === 125; c = raw.charCodeAt(end - 1)) end--;
  return end === raw.length ? raw : raw.slice(0, end);
}

/**
 * The span of group 1 of a match whose group 1 ends `after` characters before the match does (every pattern here
 * but the PEM shape): the same span as the /d indices give, without the flag, which made every exec build them.
 */
export function tailGroup(m: RegExpExecArray, after: number, score: number): Candidate {
  const end = m.index + m[0].length - after;
  return { start: end - (m[1] as string).length, end, score };
}

const AWS_WORD = /secret|aws|key/;
// A run of 40 is a secret key when it mixes cases and digits and is random enough.
const awsCandidate = (m: RegExpExecArray): Candidate | null => {
  const v = m[0];
  return /[A-Z]/.test(v) && /[a-z]/.test(v) && /\d/.test(v) && shannonEntropy(v) >= 4 ? whole(m, 0.85) : null;
};

/** The value of an assignment match, when it looks like a real secret (module level: made once, not per call). */
function assignmentCandidate(m: RegExpExecArray): Candidate | null {
  const raw = m[1] as string;
  const value = withoutClosing(raw);
  if (!looksLikeRealSecret(value)) return null;
  // Group 1 ends the match.
  const start = m.index + m[0].length - raw.length;
  return { start, end: start + value.length, score: 0.8 };
}

export const secretRecognizer: Recognizer = {
  id: 'secret',
  type: 'SECRET',
  context: ['key', 'token', 'secret', 'password', 'credential', 'aws_secret_access_key', 'secret_access_key', 'schlüssel', 'passwort', 'clé', 'mot de passe', 'contraseña', 'clave', '密码', '密钥'],
  find(text, facts = new TextFacts(text)) {
    const out: Candidate[] = [];
    const hits = (facts.chars() & ANY_RARE) !== 0 ? shapeHits(text) : 0;
    if (hits !== 0) scanShapes(hits, text, out);
    // An assignment needs ":" or "=" after a key word.
    if ((facts.chars() & (CH.COLON | CH.EQUALS)) !== 0) scanAt(ASSIGNMENT_AT, text, assignmentStarts(text), assignmentCandidate, out);
    // Its word, searched from its rare first letter (includes('earer') stopped at every "e").
    if (text.includes('Bearer') || text.includes('bearer')) scan(BEARER_RE, text, (m) => tailGroup(m, 0, 0.9), out);
    // A bare 40-character AWS-style secret key (a run of exactly 40 [A-Za-z0-9/+]: none in most texts, even in those
    // with longer runs) only counts next to a word that says so, in the 60 characters before it: looked for there
    // first (no lower-casing of the whole text: 23 ms on 10 MB). Runs of 40 never overlap: no scanAt needed.
    const runs40 = facts.base64Runs40();
    for (let k = 0; k < runs40.length; k++) {
      const s = runs40[k] as number;
      if (AWS_WORD.test(text.slice(Math.max(0, s - 60), s).toLowerCase())) matchAt(AWS_SECRET_AT, text, s, awsCandidate, out);
    }
    return out;
  },
};

const URL_USERINFO_RE = /\b[a-zA-Z][a-zA-Z0-9+.-]{1,20}:\/\/([^\s:@/?#]{1,128}:[^\s@/?#]{1,256})@/g;
// URL_USERINFO_RE tried only where it can begin (userinfoStarts) instead of at every word start.
const URL_USERINFO_AT = new RegExp(URL_USERINFO_RE.source, 'y');
const isSchemeChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43 || c === 46 || c === 45;

/**
 * Every position at which URL_USERINFO_RE can match, in increasing order: its scheme is 2 to 21 of [a-zA-Z0-9+.-]
 * right before a "://" (none of them is ":" or "/", so it is the first "://" after the start), and starts with a
 * letter after a word boundary (\b: the text's start, or a character outside [A-Za-z0-9_] before it).
 */
export function userinfoStarts(text: string): number[] {
  const starts: number[] = [];
  // The next "://" cannot start before i + 3 (the two slashes are no colon).
  for (let i = text.indexOf('://'); i !== -1; i = text.indexOf('://', i + 3)) {
    let r = i;
    while (r > 0 && i - r < 21 && isSchemeChar(text.charCodeAt(r - 1))) r--;
    for (let p = r; p <= i - 2; p++) {
      const c = text.charCodeAt(p);
      if (((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) && (p === 0 || !isWordChar(text.charCodeAt(p - 1)))) starts.push(p);
    }
  }
  return starts;
}
const NO_STARTS: readonly number[] = [];

// A secret query parameter's value unless a template or an existing placeholder; userinfo unless a template.
const queryCandidate = (m: RegExpExecArray): Candidate | null => (/^(?:\$\{|\{\{|<|\[[A-Z_]+\d*\])/.test(m[1] as string) ? null : tailGroup(m, 0, 0.9));
const userinfoCandidate = (m: RegExpExecArray): Candidate | null => (/\$\{|\{\{|%\(/.test(m[1] as string) ? null : tailGroup(m, 1, 0.95));
const SECRET_QUERY_RE =
  /[?&;](?:access_token|refresh_token|id_token|token|api_key|apikey|key|secret|client_secret|password|passwd|pwd|sig|signature|auth|session|sessionid|session_id|code|x-amz-signature|x-amz-credential)=([^&\s#"'<>]{4,2048})/gi;

export const urlCredentialRecognizer: Recognizer = {
  id: 'url-credential',
  type: 'URL_CREDENTIAL',
  find(text, facts = new TextFacts(text)) {
    // Userinfo needs "://" (which userinfoStarts looks for) and "@", ":", "/" (from TextFacts: no search).
    const starts = facts.has(CH.AT | CH.COLON | CH.SLASH) ? userinfoStarts(text) : NO_STARTS;
    // A query parameter needs "=" and, before its name, "?", "&" or ";" (a third of the texts with "=" hold none).
    const query = facts.has(CH.EQUALS) && (text.includes('?') || text.includes('&') || text.includes(';'));
    if (starts.length === 0 && !query) return [];
    const out = scanAt(URL_USERINFO_AT, text, starts, userinfoCandidate);
    return query ? scan(SECRET_QUERY_RE, text, queryCandidate, out) : out;
  },
};

/** The patterns whose group 1 tailGroup reads, each with how many characters follow the group (for tests). */
export const TAIL_GROUP_PATTERNS: readonly (readonly [RegExp, number])[] = [[ASSIGNMENT_RE, 0], [BEARER_RE, 0], [URL_USERINFO_RE, 1], [SECRET_QUERY_RE, 0]];
