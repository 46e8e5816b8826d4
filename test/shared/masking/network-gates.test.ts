// The MAC pattern is tried only at the starts macStarts finds by walking separators, the IPv4 pattern only at
// the starts ipv4Starts lists, ipv6Valid walks most strings by hand and ipv6Possible gates the IPv6 scan. Each shortcut must answer exactly as
// what it replaced, or an address would go unmasked: checked on seeded random texts made of hex pairs,
// separators and the characters around addresses, times and dates.
import { describe, expect, it } from 'vitest';
import { scan, scanAt, whole } from '../../../shared/masking/scan';
import { TextFacts } from '../../../shared/masking/text-facts';
import { IPV4_AT, ipv4Starts, IPV6_AT, ipv6Possible, ipv6Starts, ipv6Valid, ipv6ValidSplit, MAC_AT, macAddressRecognizer, macStarts } from '../../../shared/masking/recognizers/network';
import { drawText, expectStartsFindAll, rng } from './seeded-random';

const pieces = [':a1', ':FF', '-0c', '-12', ':3', 'a1', 'ff', ':ff', '-00', '00', '.abcd', '.12', 'abcd', '.', ':', '-', ' ', 'g', '::', '12:30', 'é', '\n', '0a1b.2c3d', '.0000', '0000', '.FFFF'];

describe('MAC search', () => {
  it('finds at macStarts what a global scan finds, and scores as the pattern-based checks did', () => {
    const global = new RegExp(MAC_AT.source, 'g');
    // The candidate checks as they were written with patterns.
    const reference = (m: RegExpExecArray) => {
      const hex = m[0].replace(/[^0-9A-Fa-f]/g, '');
      if (/^(?:0{12}|[fF]{12})$/.test(hex)) return null;
      return whole(m, m[0].includes('.') && !/[A-Fa-f]/.test(m[0]) ? 0.4 : 0.85);
    };
    const next = rng(48);
    let matches = 0;
    let dotted = 0;
    const hex = '0123456789abcdefABCDEFff00';
    // Groups of hex digits (mostly the right size) joined by one separator (sometimes another one), between pieces.
    const address = (size: number, sep: string, count: number): string => {
      let out = '';
      for (let i = 0; i < count; i++) {
        if (i > 0) out += next() < 0.9 ? sep : drawText(next, ':-. ', 1);
        out += drawText(next, hex, next() < 0.85 ? size : 1 + Math.floor(next() * 5));
      }
      return out;
    };
    for (let k = 0; k < 40_000; k++) {
      // Mostly with a space on either side of the address, which the lookarounds need.
      let text = drawText(next, pieces, Math.floor(next() * 6)) + (next() < 0.7 ? ' ' : '');
      if (k % 3 === 0) text += address(2, next() < 0.5 ? ':' : '-', 4 + Math.floor(next() * 4));
      else if (k % 3 === 1) text += address(4, '.', 2 + Math.floor(next() * 3));
      text += (next() < 0.7 ? ' ' : '') + drawText(next, pieces, Math.floor(next() * 6));
      const span = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length, score: 1 });
      const expected = scan(global, text, span);
      matches += expected.length;
      dotted += expected.filter((c) => text.slice(c.start, c.end).includes('.')).length;
      expect(scanAt(MAC_AT, text, macStarts(text, new TextFacts(text)), span), JSON.stringify(text)).toEqual(expected);
      expect(macAddressRecognizer.find(text), JSON.stringify(text)).toEqual(scan(global, text, reference));
    }
    // Both forms in quantity, or agreement would prove little.
    expect(dotted).toBeGreaterThan(1_000);
    expect(matches - dotted).toBeGreaterThan(500);
  });

  it('still finds the three MAC forms', () => {
    const text = 'eth0 00:1A:2b:3C:4d:5E, wlan 00-1a-2b-3c-4d-5f and switch 001a.2b3c.4d5e';
    expect(macAddressRecognizer.find(text).map((c) => text.slice(c.start, c.end))).toEqual(['00:1A:2b:3C:4d:5E', '00-1a-2b-3c-4d-5f', '001a.2b3c.4d5e']);
    // All-zero and broadcast addresses name no device; a dotted form without hex letters scores low.
    const other = '00:00:00:00:00:00 FF-ff-FF-ff-FF-ff 0000.0000.0000 1234.5678.9012';
    expect(macAddressRecognizer.find(other).map((c) => [other.slice(c.start, c.end), c.score])).toEqual([['1234.5678.9012', 0.4]]);
  });
});

describe('IP shortcuts', () => {
  it('ipv4Starts lists every place the IPv4 pattern can begin', () => {
    const v4 = ['1', '12', '255', '256', '1234', '0', '.', '.', '.', ' ', 'v', 'V ', 'a', '-', '\n', '10.0.0.1', '192.168.1.', '9'];
    const next = rng(71);
    expectStartsFindAll(IPV4_AT, ipv4Starts, () => drawText(next, v4, Math.floor(next() * 18)), 40_000, 2_000);
  });

  it('ipv6Starts lists every place the IPv6 pattern can begin', () => {
    const v6 = [':', ':', '::', 'a', 'ff', '12ab', 'fffff', '0', 'g', 'x1', '.', '1.2.3.4', '%eth0', ' ', '\n', '12:30', 'db8:'];
    const next = rng(73);
    expectStartsFindAll(IPV6_AT, ipv6Starts, () => drawText(next, v6, Math.floor(next() * 18)), 40_000, 5_000);
  });

  it('ipv6Possible answers as a search for "::" or six colons with up to four hex digits between each two', () => {
    const six = /:(?:[0-9A-Fa-f]{0,4}:){5}/;
    const parts = [':', ':', ':', '::', 'a', 'ff', '12ab', 'fffff', '0', 'g', ' ', '12:30', '.', 'é', '\n'];
    const next = rng(74);
    let possible = 0;
    const groups = ['a', 'ff', '12ab', '0', 'fffff', 'g1', ' ', '1.2', ''];
    for (let k = 0; k < 60_000; k++) {
      let text = drawText(next, parts, Math.floor(next() * 12));
      // Every other text holds a row of groups joined by colons, most one to four hex digits long.
      if (k % 2) for (let i = Math.floor(next() * 10); i > 0; i--) text += `:${groups[Math.floor(next() * (next() < 0.8 ? 4 : groups.length))]}`;
      text += drawText(next, parts, Math.floor(next() * 6));
      const expected = text.includes('::') || six.test(text);
      // The six-colon form without "::" must come up often, or the walk over gaps is barely tested.
      if (expected && !text.includes('::')) possible++;
      expect(ipv6Possible(text, new TextFacts(text)), JSON.stringify(text)).toBe(expected);
    }
    expect(possible).toBeGreaterThan(500);
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
