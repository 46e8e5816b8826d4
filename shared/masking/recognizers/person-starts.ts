// Where the sticky person patterns (titles, greetings, labels, speaker lines) can begin. Each function
// returns, in increasing order, a superset of the positions at which its pattern can match, so that
// scanAt over them finds exactly what a global scan would; the cheaper the list, the fewer regex runs.

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

// ASCII characters after which CAP_SEQ_AT's lookbehind (?<![\p{L}\p{N}_@./-]\p{Lu}) fails.
const NOT_BEFORE_RUN = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (isAsciiLetter(c) || (c >= 48 && c <= 57) || '_@./-'.includes(String.fromCharCode(c))) NOT_BEFORE_RUN[c] = 1;

/**
 * False when a capitalised word (W: a capital, then an apostrophe and a capital or a lower-case letter or mark)
 * cannot start at the capital at s: the next character is ASCII but neither a lower-case letter nor an apostrophe.
 * Non-ASCII characters are left to the pattern.
 */
export function canStartWord(text: string, s: number): boolean {
  const next = text.charCodeAt(s + 1);
  return next >= 128 || (next >= 97 && next <= 122) || next === 39;
}

/** canStartWord, and the character before s is none that CAP_SEQ_AT's lookbehind rules out. */
export function canStartRun(text: string, s: number): boolean {
  const prev = s === 0 ? 32 : text.charCodeAt(s - 1);
  return (prev >= 128 || NOT_BEFORE_RUN[prev] === 0) && canStartWord(text, s);
}

// Lower-case letters that can begin a name particle of SEP ("van", "de", "la", "y", "zu", "ter", "bin", "ibn").
const PARTICLE_START = new Uint8Array(128);
for (const c of 'vdlyztbi') PARTICLE_START[c.charCodeAt(0)] = 1;

/**
 * Where CAP_SEQ_AT's match at the capital s ends when it is one ASCII word, decided without the pattern; -1 when
 * that is not certain (then the pattern decides). Certain when s passed canStartRun after an ASCII character (or
 * at the text start), an ASCII capital is followed by 1-30 lower-case ASCII letters and then by the end or an
 * ASCII character that no part of a word can take ([A-Za-z0-9_-]); and no further name word can follow: the
 * next character after spaces or tabs is the end, or ASCII but neither a capital nor a particle's first letter.
 */
export function loneWordEnd(text: string, s: number): number {
  const first = text.charCodeAt(s);
  if (first < 65 || first > 90 || (s > 0 && text.charCodeAt(s - 1) >= 128)) return -1;
  let j = s + 1;
  while (j < text.length && j - s <= 31) {
    const c = text.charCodeAt(j);
    if (c < 97 || c > 122) break;
    j++;
  }
  const run = j - s - 1;
  if (run < 1 || run > 30) return -1;
  if (j === text.length) return j;
  const c = text.charCodeAt(j);
  if (c >= 128 || isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 45) return -1;
  if (c !== 32 && c !== 9) return j;
  let k = j + 1;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  if (k === text.length) return j;
  const d = text.charCodeAt(k);
  return d >= 128 || (d >= 65 && d <= 90) || PARTICLE_START[d] === 1 ? -1 : j;
}

/**
 * The words the person word pattern W (global, over text.slice(start, end)) finds when that slice is plain: ASCII
 * words of a capital and 1-30 lower-case letters, separated by single spaces. Appends them and their starts and
 * returns true; returns false (appending what it may have) for any other slice, which the pattern then scans.
 */
export function plainWords(text: string, start: number, end: number, words: string[], starts: number[]): boolean {
  let i = start;
  while (i < end) {
    const first = text.charCodeAt(i);
    if (first < 65 || first > 90) return false;
    let j = i + 1;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c < 97 || c > 122) break;
      j++;
    }
    if (j - i - 1 < 1 || j - i - 1 > 30) return false;
    words.push(text.slice(i, j));
    starts.push(i);
    if (j === end) return true;
    // One space, then the next word.
    if (text.charCodeAt(j) !== 32 || j + 1 >= end) return false;
    i = j + 1;
  }
  return false;
}

/** The literal words of an alternation ("Dear|Hi|Estimad[oa]"), by first character; a class cuts a word short. */
export function literalsByFirst(alternation: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const alt of alternation.split('|')) {
    const bracket = alt.indexOf('[');
    const word = bracket === -1 ? alt : alt.slice(0, bracket);
    const c = word.charCodeAt(0);
    const list = out.get(c) ?? [];
    list.push(word);
    out.set(c, list);
  }
  return out;
}

/**
 * The capitals at which one of the words starts, not right after an ASCII letter (the patterns' lookbehind
 * rules out any letter): a pattern that begins with one of the words can match nowhere else.
 */
export function startsOf(text: string, caps: readonly number[], words: ReadonlyMap<number, readonly string[]>): number[] {
  const out: number[] = [];
  for (let k = 0; k < caps.length; k++) {
    const s = caps[k] as number;
    const list = words.get(text.charCodeAt(s));
    if (list === undefined || (s > 0 && isAsciiLetter(text.charCodeAt(s - 1)))) continue;
    for (let j = 0; j < list.length; j++) {
      if (text.startsWith(list[j] as string, s)) {
        out.push(s);
        break;
      }
    }
  }
  return out;
}

const isFieldChar = (c: number): boolean => c >= 128 || isAsciiLetter(c) || c === 32 || c === 45 || c === 46 || c === 47;

/**
 * Where a label pattern "(?<!\p{L})(?:field|...)[ \t]?:" can match: the field ends right before the colon or
 * before one space or tab in front of it, starts at most `maxLength` before it, at a letter that does not
 * follow an ASCII letter, and is one of `fields` (the exact strings of the alternation).
 */
export function labelStarts(text: string, fields: ReadonlySet<string>, maxLength: number): number[] {
  const out: number[] = [];
  let next = 0;
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    const before = text.charCodeAt(colon - 1);
    const spaced = before === 32 || before === 9;
    // Field names hold only letters, spaces, "-", "." and "/": a field cannot reach back over any other
    // ASCII character ("10:30", "https:" end the search at once).
    let q = spaced ? colon - 2 : colon - 1;
    while (q >= 0 && isFieldChar(text.charCodeAt(q))) q--;
    for (let p = Math.max(next, colon - maxLength - 1, q + 1); p < colon; p++) {
      const c = text.charCodeAt(p);
      if (c < 128 && !isAsciiLetter(c)) continue;
      if (p > 0 && isAsciiLetter(text.charCodeAt(p - 1))) continue;
      if (fields.has(text.slice(p, colon)) || (spaced && fields.has(text.slice(p, colon - 1)))) out.push(p);
    }
    next = Math.max(next, colon);
  }
  return out;
}

/**
 * Where a speaker label can start: at the text start or at a newline (the pattern begins with (?:^|\n)), and
 * only on a line that holds a colon followed by a space or tab, which the label ends with.
 */
export function speakerStarts(text: string): number[] {
  const out: number[] = [];
  let colon = text.indexOf(':');
  for (let s = 0; s !== -1 && colon !== -1; ) {
    const next = text.indexOf('\n', s + 1);
    const end = next === -1 ? text.length : next;
    // The first colon after the line start that is followed by a space or tab.
    while (colon !== -1 && (colon <= s || (text.charCodeAt(colon + 1) !== 32 && text.charCodeAt(colon + 1) !== 9))) colon = text.indexOf(':', colon + 1);
    if (colon !== -1 && colon < end) out.push(s);
    s = next;
  }
  return out;
}
