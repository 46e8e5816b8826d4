// The MAC recognizer rules texts out with hand-written separator walks instead of two gate patterns. Each walk
// must answer exactly as the pattern it replaced, or a MAC address would go unmasked: checked on seeded random
// texts made of hex pairs, separators and the characters around addresses, times and dates.
import { describe, expect, it } from 'vitest';
import { hasDottedHex, hasHexPairRun, macAddressRecognizer } from '../../../shared/masking/recognizers/network';
import { drawText, rng } from './seeded-random';

const HEX_PAIRS = /(?:[:-][0-9A-Fa-f]{2}){5}/;
const DOTTED = /\.[0-9A-Fa-f]{4}\./;
const pieces = [':a1', ':FF', '-0c', '-12', ':3', 'a1', 'FF', '.abcd', '.12', 'abcd', '.', ':', '-', ' ', 'g', '::', '12:30', 'é', '\n', '0a1b.2c3d'];

describe('MAC gates', () => {
  it('hasHexPairRun and hasDottedHex answer as their patterns', () => {
    const next = rng(48);
    let pairs = 0;
    let dotted = 0;
    for (let k = 0; k < 40_000; k++) {
      // Every other text from the separator-and-pair pieces only, where five pairs in a row are common.
      const text = drawText(next, k % 2 ? pieces : pieces.slice(0, 6), Math.floor(next() * 16));
      const p = HEX_PAIRS.test(text);
      const d = DOTTED.test(text);
      if (p) pairs++;
      if (d) dotted++;
      expect(hasHexPairRun(text), JSON.stringify(text)).toBe(p);
      expect(hasDottedHex(text), JSON.stringify(text)).toBe(d);
    }
    // Both answers in quantity, or agreement would prove little.
    expect(pairs).toBeGreaterThan(500);
    expect(dotted).toBeGreaterThan(500);
  });

  it('still finds the three MAC forms', () => {
    const text = 'eth0 00:1A:2b:3C:4d:5E, wlan 00-1a-2b-3c-4d-5f and switch 001a.2b3c.4d5e';
    expect(macAddressRecognizer.find(text).map((c) => text.slice(c.start, c.end))).toEqual(['00:1A:2b:3C:4d:5E', '00-1a-2b-3c-4d-5f', '001a.2b3c.4d5e']);
  });
});
