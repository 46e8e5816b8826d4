// The words of the name lists in open-addressing hash tables probed with a word's char codes in the text: a
// capitalised word is looked up without slicing it out (a string, its hash, a Map probe that compares strings).
// Each answers exactly as Map.get on the slice (or on its folded form, see wideGet). The ASCII table, asked for
// most words, is built to touch few cache lines: in the pipeline other recognizers evict it between texts.

const FNV_BASIS = 0x811c9dc5;
const step = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);
/** Mixes an FNV-1a hash so that its high bits depend on every character. */
const mix = (h: number): number => Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);

/** FNV-1a over the char codes of text[start..end), mixed. */
function hashAt(text: string, start: number, end: number): number {
  let h = FNV_BASIS;
  for (let i = start; i < end; i++) h = step(h, text.charCodeAt(i));
  return mix(h);
}

// The value of a word (list bits) fits in 5 bits.
const VALUE_BITS = 5;

/**
 * The ASCII words of a map and their values. A slot holds, in one 32-bit word, a word's offset in `chars`, its
 * value and as many bits of its hash as are left (a tag that rules out nearly every other word in the slot
 * without reading its characters): a miss reads one cache line, a hit two. 0: an empty slot (no value is 0).
 */
export interface AsciiTable {
  readonly slots: Int32Array;
  readonly mask: number;
  /** Each word as its length, then its characters. */
  readonly chars: Uint8Array;
  readonly offsetBits: number;
}

/** The table of the ASCII keys of `map` (no ASCII slice can equal any other); values must be 1..31. */
export function asciiTable(map: ReadonlyMap<string, number>): AsciiTable {
  const isAscii = (w: string): boolean => w.length > 0 && w.length < 256 && [...w].every((ch) => ch.charCodeAt(0) < 128);
  const keys = [...map.keys()].filter(isAscii);
  const total = keys.reduce((n, w) => n + 1 + w.length, 0);
  let offsetBits = 1;
  while (1 << offsetBits < total) offsetBits++;
  if (offsetBits + VALUE_BITS > 28) throw new Error('asciiTable: too many words');
  // At most half full: a miss then reads about two slots, mostly in one cache line.
  let size = 1;
  while (size < keys.length * 2) size *= 2;
  const slots = new Int32Array(size);
  const mask = size - 1;
  const chars = new Uint8Array(total);
  let at = 0;
  for (const w of keys) {
    const value = map.get(w) as number;
    if (value < 1 || value >= 1 << VALUE_BITS) throw new Error(`asciiTable: value ${value} out of range`);
    const h = hashAt(w, 0, w.length);
    let k = h & mask;
    while (slots[k] !== 0) k = (k + 1) & mask;
    slots[k] = (((h >>> (offsetBits + VALUE_BITS)) << (offsetBits + VALUE_BITS)) | (value << offsetBits) | at) | 0;
    chars[at++] = w.length;
    for (let c = 0; c < w.length; c++) chars[at++] = w.charCodeAt(c);
  }
  return { slots, mask, chars, offsetBits };
}

// The ASCII codes as they are: asciiGet's default code table.
const SAME = Uint16Array.from({ length: 128 }, (_, c) => c);

/**
 * map.get(text.slice(start, end)) ?? 0 for the map of `table`, with each char code c of the slice read as code[c]
 * (all below code.length), when that is ASCII: by default the slice as it is; with a folding table, a word's folded
 * form looked up without building it.
 */
export function asciiGet(table: AsciiTable, text: string, start: number, end: number, code: Uint16Array = SAME): number {
  const { slots, mask, chars, offsetBits } = table;
  let h = FNV_BASIS;
  for (let i = start; i < end; i++) h = step(h, code[text.charCodeAt(i)] as number);
  h = mix(h);
  const shift = offsetBits + VALUE_BITS;
  const tag = h >>> shift;
  const offsetMask = (1 << offsetBits) - 1;
  const length = end - start;
  for (let k = h & mask; ; k = (k + 1) & mask) {
    const slot = slots[k] as number;
    if (slot === 0) return 0;
    if (slot >>> shift !== tag) continue;
    const o = slot & offsetMask;
    if (chars[o] !== length) continue;
    let c = 0;
    while (c < length && chars[o + 1 + c] === code[text.charCodeAt(start + c)]) c++;
    if (c === length) return (slot >>> offsetBits) & ((1 << VALUE_BITS) - 1);
  }
}

/** The keys of a map (any characters) with their values, for the words outside ASCII. */
export interface WideTable {
  /** Slot k: the index + 1 of its key, or 0 when empty. */
  readonly slots: Int32Array;
  readonly mask: number;
  readonly hashes: Int32Array;
  /** Key i: chars[offsets[i] .. offsets[i + 1]). */
  readonly chars: Uint16Array;
  readonly offsets: Int32Array;
  readonly values: Int32Array;
}

export function wideTable(map: ReadonlyMap<string, number>): WideTable {
  const keys = [...map.keys()];
  let size = 1;
  while (size < keys.length * 2) size *= 2;
  const slots = new Int32Array(size);
  const mask = size - 1;
  const hashes = new Int32Array(keys.length);
  const offsets = new Int32Array(keys.length + 1);
  const chars = new Uint16Array(keys.reduce((n, w) => n + w.length, 0));
  const values = new Int32Array(keys.length);
  let at = 0;
  keys.forEach((w, i) => {
    offsets[i] = at;
    for (let c = 0; c < w.length; c++) chars[at++] = w.charCodeAt(c);
    values[i] = map.get(w) as number;
    const h = hashAt(w, 0, w.length);
    hashes[i] = h;
    let k = h & mask;
    while (slots[k] !== 0) k = (k + 1) & mask;
    slots[k] = i + 1;
  });
  offsets[keys.length] = at;
  return { slots, mask, hashes, chars, offsets, values };
}

/**
 * map.get(w) ?? 0 for the map of `table`, where w is text[start..end) with each char code c replaced by
 * code[c] (all below code.length), or as it is when code is null: a word and its folded form are looked up
 * without building either string.
 */
export function wideGet(table: WideTable, text: string, start: number, end: number, code: Uint16Array | null): number {
  const { slots, mask, hashes, chars, offsets } = table;
  let h = FNV_BASIS;
  for (let i = start; i < end; i++) h = step(h, code === null ? text.charCodeAt(i) : (code[text.charCodeAt(i)] as number));
  h = mix(h);
  const length = end - start;
  for (let k = h & mask; ; k = (k + 1) & mask) {
    const slot = slots[k] as number;
    if (slot === 0) return 0;
    const i = slot - 1;
    if (hashes[i] !== h) continue;
    const o = offsets[i] as number;
    if ((offsets[i + 1] as number) - o !== length) continue;
    let c = 0;
    while (c < length && chars[o + c] === (code === null ? text.charCodeAt(start + c) : code[text.charCodeAt(start + c)])) c++;
    if (c === length) return table.values[i] as number;
  }
}
