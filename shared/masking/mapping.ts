// The placeholder map of one conversation: which original value each [TYPE_n] token (or
// surrogate) stands for. Plain JSON so the core can store it encrypted with the conversation.
import { makeSurrogate } from './surrogates';
import type { EntityType } from './types';

export interface MappingEntry {
  /** The token sent to the model, e.g. "[EMAIL_1]". */
  placeholder: string;
  type: EntityType;
  /** The user's original value. */
  value: string;
  /** The fake value sent instead of the placeholder when surrogates are on. */
  surrogate?: string;
}

export interface MaskMapping {
  version: 1;
  entries: MappingEntry[];
}

export const emptyMapping = (): MaskMapping => ({ version: 1, entries: [] });

// What \s matches besides the space.
const isOtherSpace = (c: number): boolean =>
  (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
  c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** s.replace(/\s+/g, ' '), without the regex when s has no whitespace but single spaces (names, e-mails). */
function collapseSpaces(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isOtherSpace(c) || (c === 32 && s.charCodeAt(i + 1) === 32) || (c === 32 && isOtherSpace(s.charCodeAt(i + 1)))) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/**
 * How the values of a type are compared: folded (case and spaces ignored), dialled (the digits and "+" of a
 * phone number), compact (numbers: separators ignored, upper case), or as written.
 */
type Form = 'folded' | 'dialled' | 'compact';
const FORMS: Partial<Record<EntityType, Form>> = {
  EMAIL: 'folded', PERSON: 'folded', CUSTOM: 'folded', URL: 'folded',
  PHONE: 'dialled',
  CREDIT_CARD: 'compact', IBAN: 'compact', US_SSN: 'compact', IN_AADHAAR: 'compact', FR_NIR: 'compact', DE_TAX_ID: 'compact', UK_NINO: 'compact',
  MAC_ADDRESS: 'compact',
};

/** Values that differ only in case or formatting are the same value (one email, one card). */
export function normalizeValue(type: EntityType, value: string): string {
  switch (FORMS[type]) {
    case 'folded':
      return collapseSpaces(value.trim().toLowerCase());
    case 'dialled': {
      // The digits and plus signs, a leading 00 written as +.
      let kept = '';
      for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        if ((c >= 48 && c <= 57) || c === 43) kept += value[i];
      }
      return kept.startsWith('00') ? `+${kept.slice(2)}` : kept;
    }
    case 'compact': {
      // value.replace(/[\s.:-]/g, '') without the regex (run for every number masked).
      let kept = '';
      let from = 0;
      for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        if (c === 32 || c === 46 || c === 58 || c === 45 || isOtherSpace(c)) {
          kept += value.slice(from, i);
          from = i + 1;
        }
      }
      return (from === 0 ? value : kept + value.slice(from)).toUpperCase();
    }
    default:
      return value;
  }
}

// Comparing two values without normalising them: most messages hold a few values of a type, each compared with
// the others once, and building both normal forms (a lower-cased copy, digits collected) was half of what
// placeholder assignment cost. Each walk reads the normal form a character at a time: the next char code of
// it from `pos`, or -1 at its end; `at` is where the walk stands afterwards. ASCII only: a value with any other
// character is compared through normalizeValue.
let at = 0;
const NON_ASCII = -2;
const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/** collapseSpaces(v.trim().toLowerCase()) a char at a time: lower case, a run of spaces as one, none at the ends. */
function nextFolded(v: string, pos: number): number {
  if (pos >= v.length) return -1;
  let c = v.charCodeAt(pos);
  if (isAsciiSpace(c)) {
    // A run of spaces is one space, unless it ends the value (the start is skipped before the first call).
    let j = pos + 1;
    while (j < v.length && isAsciiSpace(v.charCodeAt(j))) j++;
    if (j >= v.length) return -1;
    c = v.charCodeAt(j);
    if (c >= 0x80) return NON_ASCII;
    at = j;
    return 32;
  }
  if (c >= 0x80) return NON_ASCII;
  at = pos + 1;
  return c >= 65 && c <= 90 ? c | 32 : c;
}

/** The phone form (ASCII digits and "+"; every other character dropped) a char at a time, a leading "00" not handled here. */
function nextDialled(v: string, pos: number): number {
  for (let i = pos; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 43) {
      at = i + 1;
      return c;
    }
  }
  return -1;
}

/** The compact number form (no [\s.:-], upper case) a char at a time. */
function nextCompact(v: string, pos: number): number {
  for (let i = pos; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 46 || c === 58 || c === 45 || isAsciiSpace(c)) continue;
    if (c >= 0x80) return NON_ASCII;
    at = i + 1;
    return c >= 97 && c <= 122 ? c & ~32 : c;
  }
  return -1;
}

/** Whether the two walks from i in a and j in b read the same, or null when either meets a character outside ASCII. */
function sameWalk(next: (v: string, pos: number) => number, a: string, i: number, b: string, j: number): boolean | null {
  for (;;) {
    const x = next(a, i);
    i = at;
    const y = next(b, j);
    j = at;
    if (x === NON_ASCII || y === NON_ASCII) return null;
    if (x !== y) return false;
    if (x === -1) return true;
  }
}

/** Where the phone form of v starts after a leading "00" (which reads as "+"), or -1 when it has none. */
function afterDoubleZero(v: string): number {
  if (nextDialled(v, 0) !== 48) return -1;
  return nextDialled(v, at) === 48 ? at : -1;
}

/** normalizeValue(type, a) === normalizeValue(type, b), mostly without building either. */
export function sameValue(type: EntityType, a: string, b: string): boolean {
  if (a === b) return true;
  let same: boolean | null;
  switch (FORMS[type]) {
    case 'folded': {
      let i = 0;
      while (i < a.length && isAsciiSpace(a.charCodeAt(i))) i++;
      let j = 0;
      while (j < b.length && isAsciiSpace(b.charCodeAt(j))) j++;
      same = sameWalk(nextFolded, a, i, b, j);
      break;
    }
    case 'dialled': {
      const i = afterDoubleZero(a);
      const j = afterDoubleZero(b);
      // "+" then the rest when one has a leading 00: the other must start with "+" there.
      if (i === -1 && j === -1) same = sameWalk(nextDialled, a, 0, b, 0);
      else if (i !== -1 && j !== -1) same = sameWalk(nextDialled, a, i, b, j);
      else {
        const [zeros, plus, from] = i !== -1 ? [a, b, i] : [b, a, j];
        same = nextDialled(plus, 0) === 43 && sameWalk(nextDialled, zeros, from, plus, at);
      }
      break;
    }
    case 'compact':
      same = sameWalk(nextCompact, a, 0, b, 0);
      break;
    default:
      return false;
  }
  return same ?? normalizeValue(type, a) === normalizeValue(type, b);
}

/**
 * How many fake values are tried for one original before its placeholder is sent instead. The pools of
 * names (12 given x 11 family names, then with 26 middle initials) and documentation IPv4 addresses (3 x 254)
 * fit within it; the random shapes of other types almost never collide.
 */
const MAX_SALT = 4000;

/** Up to how many entries values are looked up by a linear search (see PlaceholderAssigner.index). */
const SMALL = 16;

/** Assigns placeholders, reusing those already in the mapping. Works on a copy; call `result()` at the end. */
export class PlaceholderAssigner {
  private readonly entries: MappingEntry[];
  /** The normalised value of each entry, in the order of entries; null until the index needs it (see remember). */
  private readonly keys: (string | null)[] = [];
  /**
   * Entries by type, then by normalised value (two lookups instead of one on a concatenated key); built once
   * there are more than SMALL entries: the few values of a message are found faster by a linear search than
   * through maps made for each message.
   */
  private index: Map<EntityType, Map<string, MappingEntry>> | null = null;
  private readonly counts = new Map<EntityType, number>();
  /** Values and surrogates already used; kept only when surrogates are on (the only reader). */
  private readonly taken: Set<string> | null;
  /** Placeholders the text holds literally; null when it holds none. */
  private readonly literal: Set<string> | null;

  /**
   * `text` is the message being masked: a placeholder it already contains literally ("[EMAIL_1]" typed by
   * the user) is not handed out again, so restoring the reply stays unambiguous. Collected in one pass,
   * so a 10 MB message with thousands of distinct values stays linear.
   */
  constructor(mapping: MaskMapping | undefined, surrogates: boolean, text = '') {
    const literal = text.includes('[') ? text.match(/\[[A-Z][A-Z_]{1,30}_\d{1,6}\]/g) : null;
    this.literal = literal ? new Set(literal) : null;
    this.taken = surrogates ? new Set() : null;
    this.entries = mapping === undefined || mapping.entries.length === 0 ? [] : mapping.entries.map((e) => ({ ...e }));
    for (const e of this.entries) {
      this.remember(e, null);
      const n = Number(/_(\d+)\]$/.exec(e.placeholder)?.[1] ?? 0);
      this.counts.set(e.type, Math.max(this.counts.get(e.type) ?? 0, n));
      if (this.taken) {
        this.taken.add(e.value);
        if (e.surrogate) this.taken.add(e.surrogate);
      }
    }
  }

  /** The normalised value of entries[i], computed on first need. */
  private keyAt(i: number): string {
    let k = this.keys[i];
    if (k === null || k === undefined) {
      const e = this.entries[i] as MappingEntry;
      k = normalizeValue(e.type, e.value);
      this.keys[i] = k;
    }
    return k;
  }

  /**
   * The entry of a type and value, by normalised value; the later one when two have both (as a map set in
   * order keeps). Without an index the value is compared with each entry of its type by sameValue, without
   * normalising either. The second result is the value's normalised form when it was computed (index lookups).
   */
  private find(type: EntityType, value: string): [MappingEntry | undefined, string | null] {
    if (this.index !== null) {
      const key = normalizeValue(type, value);
      return [this.index.get(type)?.get(key), key];
    }
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i] as MappingEntry;
      if (e.type === type && sameValue(type, e.value, value)) return [e, null];
    }
    return [undefined, null];
  }

  /** Records entries[keys.length] with its normalised value, or null for not computed yet (entries are remembered in order). */
  private remember(entry: MappingEntry, key: string | null): void {
    this.keys.push(key);
    if (this.index !== null) this.indexed(entry, this.keyAt(this.keys.length - 1));
    else if (this.keys.length > SMALL) {
      this.index = new Map();
      for (let i = 0; i < this.keys.length; i++) this.indexed(this.entries[i] as MappingEntry, this.keyAt(i));
    }
  }

  private indexed(entry: MappingEntry, key: string): void {
    const index = this.index as Map<EntityType, Map<string, MappingEntry>>;
    let m = index.get(entry.type);
    if (!m) {
      m = new Map();
      index.set(entry.type, m);
    }
    m.set(key, entry);
  }

  /** The replacement text for a value: its placeholder, or its surrogate when surrogates are on. */
  replacementFor(type: EntityType, value: string): string {
    const [known, key] = this.find(type, value);
    let entry = known;
    if (!entry) {
      let n = (this.counts.get(type) ?? 0) + 1;
      while (this.literal !== null && this.literal.has(`[${type}_${n}]`)) n++;
      this.counts.set(type, n);
      entry = { placeholder: `[${type}_${n}]`, type, value };
      this.entries.push(entry);
      this.remember(entry, key);
      this.taken?.add(value);
    }
    const taken = this.taken;
    if (taken === null) return entry.placeholder;
    if (!entry.surrogate) {
      const n = Number(/_(\d+)\]$/.exec(entry.placeholder)?.[1] ?? 1);
      let found: string | null = null;
      for (let salt = 0; salt <= MAX_SALT && found === null; salt++) {
        const s = makeSurrogate(type, value, n, salt);
        if (!taken.has(s) && !sameValue(type, s, value)) found = s;
      }
      // Every fake value of this kind is in use (thousands of names or addresses in one conversation):
      // the placeholder itself is unique and restores like any other.
      entry.surrogate = found ?? entry.placeholder;
      taken.add(entry.surrogate);
    }
    return entry.surrogate;
  }

  result(): MaskMapping {
    return { version: 1, entries: this.entries };
  }
}
