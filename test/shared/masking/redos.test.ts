// Adversarial inputs: every recognizer must finish 100 KB of each shape in under 100 ms, and a
// 10 MB message must mask without blowing up (linear behaviour).
import { describe, expect, it } from 'vitest';
import { findSpans, maskText, RECOGNIZERS } from '../../../shared/masking';

const SIZE = 100_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const SHAPES: Record<string, string> = {
  'digits': fill('1234567890'),
  'one digit': fill('1'),
  'digits and spaces': fill('1 '),
  'digits and dashes': fill('12-'),
  'digits and dots': fill('1.'),
  'dotted quads': fill('1.2.3.4.'),
  'dots': fill('.'),
  'at signs': fill('@'),
  'spaces': fill(' '),
  'near-miss emails': fill('a.b@c'),
  'emails without tld': fill('first.last@host.'),
  'local part only': fill('abc.def+ghi_'),
  'letters': fill('a'),
  'capitals': fill('A'),
  'capitalised words': fill('Anna Maria '),
  'colons': fill('ab:'),
  'hex pairs': fill('0a:'),
  'hex groups': fill('ffff:'),
  'key=': fill('password='),
  'assignments': fill('api_key=a1'),
  'backslash brackets': fill('\\['),
  'cjk': fill('王小明市区路号'),
  'pem headers': fill('-----BEGIN PRIVATE KEY-----'),
  'sk-': fill('sk-'),
  'jwt-like': fill('eyJabcdefghij.'),
  'urls': fill('http://a:b'),
  'date-ish': fill('12/12/'),
  'street-ish': fill('12 Main '),
  'calle': fill('Calle Mayor '),
  'rue': fill('12 rue de '),
  'mixed punctuation': fill('x1 @.-:/'),
  'newlines': fill('\n'),
};

describe('ReDoS suite', () => {
  it.each(Object.entries(SHAPES))('every recognizer handles 100 KB of %s in under 100 ms', (_name, text) => {
    for (const r of RECOGNIZERS) {
      // Best of three: a busy machine can stall one run; a catastrophic pattern is slow every time.
      const ms = Math.min(...[0, 1, 2].map(() => {
        const t0 = performance.now();
        r.find(text);
        return performance.now() - t0;
      }));
      expect(ms, `${r.id} took ${ms.toFixed(1)} ms`).toBeLessThan(100);
    }
  });

  it.each(Object.entries(SHAPES))('the whole Strict pipeline handles 100 KB of %s in under 400 ms', (_name, text) => {
    const ms = Math.min(...[0, 1].map(() => {
      const t0 = performance.now();
      findSpans(text, { preset: 'strict' });
      return performance.now() - t0;
    }));
    expect(ms).toBeLessThan(400);
  });

  it('masks 10 MB of mixed text in linear time', () => {
    const unit = [
      'Hi Anna Schmidt, mail john.doe@example.com or call +44 20 7946 0958. Card 4111 1111 1111 1111.',
      'Server 203.0.113.42 logged key sk-proj-AbCdEfGhIjKlMnOpQrStUvWx123456 at 2024-01-05T10:00:00Z.',
      'Build 4.2.1 ran for 12:30:45 and cost $1,299.00; order #48213 shipped; uuid 123e4567-e89b-12d3-a456-426614174000.',
      '',
    ].join('\n');
    const time = (bytes: number): { ms: number; spans: number } => {
      const text = unit.repeat(Math.ceil(bytes / unit.length));
      const t0 = performance.now();
      const r = maskText(text);
      return { ms: performance.now() - t0, spans: r.spans.length };
    };
    const small = time(1_000_000);
    const big = time(10_000_000);
    expect(big.spans).toBeGreaterThan(small.spans * 9);
    // Ten times the input may take at most ~20 times as long (linear, with slack for GC and noise).
    expect(big.ms).toBeLessThan(small.ms * 20);
    expect(big.ms).toBeLessThan(15_000);
  }, 60_000);

  it('stays linear when every value is distinct (placeholder assignment is not quadratic)', () => {
    const distinct = (n: number): string => Array.from({ length: n }, (_, i) => `[${i}] [INFO] user${i}@example.com called +44 20 7946 ${String(i % 10000).padStart(4, '0')}.`).join('\n');
    const time = (n: number): number => {
      const text = distinct(n);
      const t0 = performance.now();
      const r = maskText(text);
      expect(r.mapping.entries.length).toBeGreaterThanOrEqual(n);
      return performance.now() - t0;
    };
    time(2_000);
    // The faster of two runs each: a collection or a busy machine only ever adds time, and not to both runs.
    const small = Math.min(time(4_000), time(4_000));
    const big = Math.min(time(40_000), time(40_000));
    expect(big).toBeLessThan(small * 25);
  }, 60_000);

  it('stays linear with many e-mail addresses (the lookup of a name word among their words is not quadratic)', () => {
    // Every address holds a distinct seven-letter word starting with "z": the unlisted run "Zorblat Quennic" of each
    // line is compared with the address words of the text, and matches none.
    const word = (i: number): string => `z${[...i.toString(26).padStart(6, '0')].map((d) => String.fromCharCode(97 + Number.parseInt(d, 26))).join('')}`;
    const lines = (n: number): string => Array.from({ length: n }, (_, i) => `Reviewed by Zorblat Quennic, ${word(i)}@example.com, ticket ${i}.`).join('\n');
    const time = (n: number): number => {
      const text = lines(n);
      const t0 = performance.now();
      findSpans(text, { types: ['PERSON', 'EMAIL'] });
      return performance.now() - t0;
    };
    time(1_000);
    const small = Math.min(time(4_000), time(4_000));
    const big = Math.min(time(40_000), time(40_000));
    expect(big).toBeLessThan(small * 25);
  }, 60_000);
});
