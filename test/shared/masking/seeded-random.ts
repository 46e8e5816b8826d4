// A seeded random source (mulberry32) for the fuzz tests of masking gates, start lists and scans:
// the same seed draws the same texts on every run, so a failure can be replayed.
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `length` items of `from` (a string's characters or a list of pieces) drawn with `next`, joined. */
export function drawText(next: () => number, from: string | readonly string[], length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += from[Math.floor(next() * from.length)];
  return s;
}
