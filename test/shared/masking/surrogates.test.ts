// Realistic surrogates come from small pools (fake names, documentation IP addresses). A conversation
// with more distinct values than a pool holds must still get a distinct, reversible replacement for
// each one — it used to loop forever looking for a free fake name once the pool was used up.
import { describe, expect, it } from 'vitest';
import { maskText, restoreText, type MaskMapping } from '../../../shared/masking';

/** A made-up capitalised name for i: "Kab", "Kac", ... (letters only, so it reads as a name). */
const madeUpName = (i: number): string => `K${String.fromCharCode(97 + Math.floor(i / 26) % 26)}${String.fromCharCode(97 + (i % 26))}ova`;

function distinctSurrogates(mapping: MaskMapping, type: string): string[] {
  const surrogates = mapping.entries.filter((e) => e.type === type).map((e) => e.surrogate as string);
  expect(new Set(surrogates).size).toBe(surrogates.length);
  return surrogates;
}

describe('surrogates beyond their pools', () => {
  it('gives each of 300 lone names across turns its own surrogate, and restores them', () => {
    let mapping: MaskMapping | undefined;
    const names = Array.from({ length: 300 }, (_, i) => madeUpName(i));
    for (const name of names) {
      const r = maskText(`Please forward this to Mr ${name}.`, { surrogates: true }, mapping);
      expect(r.masked).not.toContain(name);
      mapping = r.mapping;
    }
    const m = mapping as MaskMapping;
    const surrogates = distinctSurrogates(m, 'PERSON');
    expect(surrogates).toHaveLength(300);
    // The first twelve are lone given names, the next ones full names: all still look like names.
    expect(surrogates.slice(0, 12).every((s) => /^[A-Z][a-z]+$/.test(s))).toBe(true);
    expect(surrogates.slice(12).every((s) => /^[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z]+$/.test(s))).toBe(true);
    expect(restoreText(surrogates.join(', '), m)).toBe(names.join(', '));
  });

  it('gives 800 IPv4 addresses distinct surrogates: the three documentation networks first, then placeholders', () => {
    const ips = Array.from({ length: 800 }, (_, i) => `10.${Math.floor(i / 250)}.${i % 250}.7`);
    const text = `hosts: ${ips.join(', ')}`;
    const r = maskText(text, { surrogates: true });
    const surrogates = distinctSurrogates(r.mapping, 'IP_ADDRESS');
    expect(surrogates).toHaveLength(800);
    expect(surrogates.slice(0, 762).every((s) => /^(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}$/.test(s))).toBe(true);
    expect(surrogates.slice(762).every((s) => /^\[IP_ADDRESS_\d+\]$/.test(s))).toBe(true);
    for (const ip of ips) expect(r.masked).not.toContain(` ${ip},`);
    expect(restoreText(r.masked, r.mapping)).toBe(text);
  });
});
