// The MAC recognizer rules texts out with hand-written separator walks instead of two gate patterns, the IPv4
// pattern is tried only at the starts ipv4Starts lists, and ipv6Valid walks most strings by hand. Each shortcut
// must answer exactly as what it replaced, or an address would go unmasked: checked on seeded random texts made
// of hex pairs, separators and the characters around addresses, times and dates.
import { describe, expect, it } from 'vitest';
import { scan, scanAt } from '../../../shared/masking/scan';
import { hasDottedHex, hasHexPairRun, IPV4_AT, ipv4Starts, ipv6Valid, ipv6ValidSplit, macAddressRecognizer } from '../../../shared/masking/recognizers/network';
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

describe('IP shortcuts', () => {
  it('ipv4Starts lists every place the IPv4 pattern can begin', () => {
    const global = new RegExp(IPV4_AT.source, 'g');
    const v4 = ['1', '12', '255', '256', '1234', '0', '.', '.', '.', ' ', 'v', 'V ', 'a', '-', '\n', '10.0.0.1', '192.168.1.', '9'];
    const next = rng(71);
    const span = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length, score: 1 });
    let found = 0;
    for (let k = 0; k < 40_000; k++) {
      const text = drawText(next, v4, Math.floor(next() * 18));
      const expected = scan(global, text, span);
      found += expected.length;
      expect(scanAt(IPV4_AT, text, ipv4Starts(text), span), JSON.stringify(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(2000);
  });

  it('ipv6Valid answers as the split form', () => {
    const v6 = ['::', ':', ':', 'a', 'ff', '1', '12ab', 'fffff', '0', 'g', '.', '1.2.3.4', '%eth0', '%', ' ', '::1'];
    const next = rng(72);
    let valid = 0;
    const groups = ['a', 'ff', '12ab', '0', '', 'fffff', 'g1'];
    for (let k = 0; k < 60_000; k++) {
      // Every other string is 0-9 groups joined by colons, one of them sometimes doubled, where valid addresses
      // (and ones a group too long) are common.
      let s = '';
      if (k % 2) s = drawText(next, v6, Math.floor(next() * 20));
      else {
        const n = Math.floor(next() * 10);
        const double = Math.floor(next() * (n + 2));
        for (let i = 0; i < n; i++) s += (i === 0 ? '' : i === double ? '::' : ':') + drawText(next, groups, next() < 0.9 ? 1 : 2);
        if (double === n && next() < 0.5) s = next() < 0.5 ? `::${s}` : `${s}::`;
      }
      const expected = ipv6ValidSplit(s);
      if (expected) valid++;
      expect(ipv6Valid(s), JSON.stringify(s)).toBe(expected);
    }
    expect(valid).toBeGreaterThan(1000);
  });
});
