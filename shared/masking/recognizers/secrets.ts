// Credentials: API keys and tokens in their published shapes, private key blocks, secret
// assignments with random-looking values, and credentials inside URLs.
import { shannonEntropy } from '../checksums';
import { escapeRegExp, group, scan, scanAt, whole } from '../scan';
import { CH, TextFacts } from '../text-facts';
import type { Candidate, Recognizer } from '../types';

/**
 * Known token shapes. Each is anchored at a non-token character so a run is scanned once. `rare` is a character
 * every match holds (a TextFacts.chars() bit), tested first: cheaper than the needles, and most texts lack it.
 */
export const SECRET_SHAPES: readonly { name: string; rare: number; needles: string[]; re: RegExp }[] = [
  { name: 'anthropic', rare: CH.DASH, needles: ['sk-ant-'], re: /(?<![\w-])sk-ant-[A-Za-z0-9_-]{20,300}/g },
  { name: 'openai-project', rare: CH.DASH, needles: ['sk-'], re: /(?<![\w-])sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,300}/g },
  { name: 'openai-deepseek', rare: CH.DASH, needles: ['sk-'], re: /(?<![\w-])sk-[A-Za-z0-9]{20,200}(?![\w-])/g },
  { name: 'aws-access-key-id', rare: CH.CAPITAL_A, needles: ['AKIA', 'ASIA', 'AGPA', 'AIDA', 'AROA'], re: /(?<![A-Za-z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA)[A-Z0-9]{16}(?![A-Za-z0-9])/g },
  { name: 'github', rare: CH.UNDERSCORE, needles: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], re: /(?<![\w])(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}(?![\w])/g },
  { name: 'github-pat', rare: CH.UNDERSCORE, needles: ['github_pat_'], re: /(?<![\w])github_pat_[A-Za-z0-9_]{22,255}(?![\w])/g },
  { name: 'slack', rare: CH.DASH, needles: ['xox'], re: /(?<![\w-])xox[abposr]-[A-Za-z0-9-]{10,250}/g },
  { name: 'stripe', rare: CH.UNDERSCORE, needles: ['_live_', '_test_'], re: /(?<![\w])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,250}(?![\w])/g },
  { name: 'slack-webhook', rare: CH.SLASH, needles: ['hooks.slack.com'], re: /(?<=hooks\.slack\.com\/services\/)T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{16,64}/g },
  { name: 'discord-webhook', rare: CH.SLASH, needles: ['/api/webhooks/'], re: /(?<=discord(?:app)?\.com\/api\/webhooks\/)\d{15,20}\/[A-Za-z0-9_-]{40,100}/g },
  { name: 'google-api-key', rare: CH.CAPITAL_A, needles: ['AIza'], re: /(?<![\w-])AIza[0-9A-Za-z_-]{35}(?![\w-])/g },
  { name: 'jwt', rare: CH.CAPITAL_J, needles: ['eyJ'], re: /(?<![\w-])eyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,16384}\.[A-Za-z0-9_-]{8,4096}/g },
  {
    name: 'pem-private-key',
    rare: CH.DASH,
    needles: ['PRIVATE KEY-----'],
    // The body stops at the next "-----", so a paste of many headers is still scanned once.
    re: /-----BEGIN (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY-----(?:[A-Za-z0-9+/=\s:,]|-(?!----)){0,65536}(?:-----END (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY-----)?/g,
  },
];

// name = value, name: value, "name": "value", NAME=value. The key may carry a prefix (DB_PASSWORD).
export const ASSIGNMENT_RE =
  /(?<![\w-])[\w.-]{0,40}?(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|auth(?!or(?:ed)?\b|ors\b)|credentials?)[\w-]{0,30}["']?[ \t]{0,3}(?::|=|=>)[ \t]{0,3}["']?((?:[^\s"'`,;&<>]|&(?![\w.-]{1,40}=)){6,512})/dgi;
const BEARER_RE = /(?<![\w-])[Bb]earer[ \t]{1,3}([A-Za-z0-9._~+/=-]{16,4096})/dg;
// The first character comes before the lookbehind so that spaces and punctuation never pay for it.
const AWS_SECRET_RE = /[A-Za-z0-9/+](?<![A-Za-z0-9/+]{2})[A-Za-z0-9/+]{39}(?![A-Za-z0-9/+=])/g;
// A match is a whole run of exactly 40 such characters: tried only where TextFacts found one begin.
const AWS_SECRET_AT = new RegExp(AWS_SECRET_RE.source, 'y');

/** Values that are obviously not secrets: references, masks, placeholders, booleans. */
function looksLikeRealSecret(value: string): boolean {
  if (/^(?:\$\{|\$\(|%\(|\{\{|<|\*+$|x+$|null$|none$|true$|false$|undefined$|process\.env|os\.environ|env\.|\[)/i.test(value)) return false;
  if (/^(?:changeme|password|secret|example|redacted|your[_-]|xxx)/i.test(value)) return false;
  if (/^[A-Z][A-Z0-9]*_\d+\]?$/.test(value)) return false; // an existing placeholder
  // Code, not a value: a call or member access (config.get(, settings.db.password).
  if (/[()]/.test(value) || /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  return shannonEntropy(value) >= 2.5 && classes >= 2;
}

function includesAny(text: string, needles: readonly string[]): boolean {
  for (let i = 0; i < needles.length; i++) if (text.includes(needles[i] as string)) return true;
  return false;
}

/**
 * For each `rare` bit, every needle of the shapes with that bit in one pattern: a text without any (nearly all) is
 * ruled out for those shapes by one scan instead of one includes() per needle, which cost three times as much.
 */
export const NEEDLE_GROUPS: ReadonlyMap<number, RegExp> = new Map(
  [...new Set(SECRET_SHAPES.map((s) => s.rare))].map((rare) => [
    rare,
    new RegExp(SECRET_SHAPES.filter((s) => s.rare === rare).flatMap((s) => s.needles).map(escapeRegExp).join('|')),
  ]),
);

// What ASSIGNMENT_RE cannot do without: a key word ("password" holds "pass", "api_key" holds "key") and, at most 40
// name characters later, ":" or "=". Written from the ":" or "=" back (the rest in a lookbehind): the engine stops
// only at those two characters. Case-insensitive without /u like ASSIGNMENT_RE, so the text needs no lower-casing:
// both fold only ASCII letters to ASCII letters.
export const ASSIGNMENT_GATE = /[:=](?<=(?:pass|pwd|secret|token|key|auth|credential)[\w-]{0,40}["']?[ \t]{0,3}[:=])/i;
// ASSIGNMENT_RE tried only where a match can begin (see assignmentStarts) instead of at every word start, where
// its lazy name prefix makes it try the key words at up to 40 places.
const ASSIGNMENT_AT = new RegExp(ASSIGNMENT_RE.source, 'dyi');
const STEM_RE = /pass|pwd|secret|token|key|auth|credential/gi;
const isNameChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45;
const isWordOrDash = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;

/**
 * Whether ":" or "=" can follow the stem ending at `end` as ASSIGNMENT_RE needs: the rest of the key word and its
 * suffix (at most 6 + 30 characters of [\w-], 64 allowed here), an optional quote, up to 3 spaces or tabs. A stem
 * that fails cannot be the key word of a match (nor hide one: the stem it overlaps is followed by the same run).
 */
function mayPrecedeSeparator(text: string, end: number): boolean {
  const n = text.length;
  let i = end;
  while (i < n && i - end < 64 && isWordOrDash(text.charCodeAt(i))) i++;
  let c = i < n ? text.charCodeAt(i) : -1;
  if (c === 34 || c === 39) c = ++i < n ? text.charCodeAt(i) : -1;
  for (let k = 0; k < 3 && (c === 32 || c === 9); k++) c = ++i < n ? text.charCodeAt(i) : -1;
  return c === 58 || c === 61;
}

/**
 * Every position at which ASSIGNMENT_RE can match, in increasing order. A match starts where its lookbehind
 * (?<![\w-]) allows, then takes at most 40 name characters [\w.-] before its key word, and every key word holds one
 * of the stems at most 8 characters in ("private_key"): so it starts at most 48 name characters before a stem
 * (found case-insensitively like the pattern, and followed as mayPrecedeSeparator says), after a character that is not [\w-].
 */
export function assignmentStarts(text: string): number[] {
  const starts: number[] = [];
  STEM_RE.lastIndex = 0;
  let covered = -1;
  for (let m = STEM_RE.exec(text); m !== null; m = STEM_RE.exec(text)) {
    const q = m.index;
    if (!mayPrecedeSeparator(text, q + m[0].length)) continue;
    const found: number[] = [];
    for (let p = q; p > covered && q - p <= 48; p--) {
      const before = p === 0 ? -1 : text.charCodeAt(p - 1);
      if (before === -1 || !(isNameChar(before) && before !== 46)) found.push(p);
      if (before === -1 || !isNameChar(before)) break;
    }
    for (let k = found.length - 1; k >= 0; k--) starts.push(found[k] as number);
    covered = q;
  }
  return starts;
}

/** The value of an assignment match, when it looks like a real secret (module level: made once, not per call). */
function assignmentCandidate(m: RegExpExecArray): Candidate | null {
  const value = (m[1] as string).replace(/[.)\]}]+$/, '');
  if (!looksLikeRealSecret(value)) return null;
  const c = group(m, 1, 0.8);
  return c ? { ...c, end: c.start + value.length } : null;
}

export const secretRecognizer: Recognizer = {
  id: 'secret',
  type: 'SECRET',
  context: ['key', 'token', 'secret', 'password', 'credential', 'aws_secret_access_key', 'secret_access_key', 'schlüssel', 'passwort', 'clé', 'mot de passe', 'contraseña', 'clave', '密码', '密钥'],
  find(text, facts = new TextFacts(text)) {
    const out: Candidate[] = [];
    // Bits of the needle groups tested so far, and of those that matched.
    let tested = 0;
    let present = 0;
    for (const { rare, needles, re } of SECRET_SHAPES) {
      if (!facts.has(rare)) continue;
      if ((tested & rare) === 0) {
        tested |= rare;
        if ((NEEDLE_GROUPS.get(rare) as RegExp).test(text)) present |= rare;
      }
      if ((present & rare) !== 0 && includesAny(text, needles)) scan(re, text, (m) => whole(m, 0.95), out);
    }
    // An assignment needs ":" or "=" after a key word.
    if ((facts.chars() & (CH.COLON | CH.EQUALS)) !== 0 && ASSIGNMENT_GATE.test(text)) scanAt(ASSIGNMENT_AT, text, assignmentStarts(text), assignmentCandidate, out);
    if (text.includes('earer')) scan(BEARER_RE, text, (m) => group(m, 1, 0.9), out);
    // A bare 40-character AWS-style secret key (a run of 40 [A-Za-z0-9/+]) only counts next to a word that says so.
    if (facts.longestBase64Run() < 40) return out;
    const lower = facts.lower();
    if (!lower.includes('secret') && !lower.includes('aws') && !lower.includes('key')) return out;
    scanAt(
      AWS_SECRET_AT,
      text,
      facts.base64Runs40(),
      (m) => {
        const v = m[0];
        if (!/[A-Z]/.test(v) || !/[a-z]/.test(v) || !/\d/.test(v) || shannonEntropy(v) < 4) return null;
        const before = text.slice(Math.max(0, m.index - 60), m.index).toLowerCase();
        return /secret|aws|key/.test(before) ? whole(m, 0.85) : null;
      },
      out,
    );
    return out;
  },
};

const URL_USERINFO_RE = /\b[a-zA-Z][a-zA-Z0-9+.-]{1,20}:\/\/([^\s:@/?#]{1,128}:[^\s@/?#]{1,256})@/dg;
const SECRET_QUERY_RE =
  /[?&;](?:access_token|refresh_token|id_token|token|api_key|apikey|key|secret|client_secret|password|passwd|pwd|sig|signature|auth|session|sessionid|session_id|code|x-amz-signature|x-amz-credential)=([^&\s#"'<>]{4,2048})/dgi;

export const urlCredentialRecognizer: Recognizer = {
  id: 'url-credential',
  type: 'URL_CREDENTIAL',
  find(text, facts = new TextFacts(text)) {
    // Userinfo needs "://" and "@", a query parameter needs "=" (the characters from TextFacts: no search).
    const userinfo = facts.has(CH.AT | CH.COLON | CH.SLASH) && text.includes('://');
    if (!userinfo && !facts.has(CH.EQUALS)) return [];
    return [
      ...(!userinfo ? [] : scan(URL_USERINFO_RE, text, (m) => (/\$\{|\{\{|%\(/.test(m[1] as string) ? null : group(m, 1, 0.95)))),
      ...scan(SECRET_QUERY_RE, text, (m) => {
        const v = m[1] as string;
        if (/^(?:\$\{|\{\{|<|\[[A-Z_]+\d*\])/.test(v)) return null;
        return group(m, 1, 0.9);
      }),
    ];
  },
};
