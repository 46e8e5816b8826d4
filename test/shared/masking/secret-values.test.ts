// looksLikeRealSecret decides which assigned values count as secrets. It counts the character classes in one
// pass, tests its rule-outs as one pattern and skips the entropy's logarithms when no character is frequent; it
// must answer as the regex-per-rule form it replaced, or a password would go unmasked (or a placeholder masked).
// withoutClosing trims a value's closing punctuation by hand and must leave what the regex replace left.
import { describe, expect, it } from 'vitest';
import { shannonEntropy } from '../../../shared/masking/checksums';
import { looksLikeRealSecret, withoutClosing } from '../../../shared/masking/recognizers/secrets';
import { drawText, rng } from './seeded-random';

// The rule as first written: one regex per rule-out and per character class.
function plainLooksLikeRealSecret(value: string): boolean {
  if (/^(?:\$\{|\$\(|%\(|\{\{|<|\*+$|x+$|null$|none$|true$|false$|undefined$|process\.env|os\.environ|env\.|\[)/i.test(value)) return false;
  if (/^(?:changeme|password|secret|example|redacted|your[_-]|xxx)/i.test(value)) return false;
  if (/^[A-Z][A-Z0-9]*_\d+\]?$/.test(value)) return false;
  if (/[()]/.test(value) || /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  return shannonEntropy(value) >= 2.5 && classes >= 2;
}

const heads = ['', '', '', '${', '$(', '%(', '{{', '<', '*', 'x', 'X', 'null', 'None', 'TRUE', 'false', 'undefined', 'process.env', 'os.environ', 'env.', '[', 'changeme', 'Password', 'SECRET', 'example', 'redacted', 'your_', 'your-', 'xxx', 'API_', 'config.', '_'];
const pieces = ['a', 'b', 'Z', 'Q', '0', '7', '_', '$', '.', '(', ')', ']', '!', '-', '+', '/', '=', 'é', 'ſ', 'K', 'İ', '١', 'ab', 'X9', '_1', 'xx', '**', 'get'];

describe('looksLikeRealSecret', () => {
  it('answers as the regex-per-rule form on drawn values', () => {
    const next = rng(57);
    let real = 0;
    for (let k = 0; k < 30_000; k++) {
      const value = heads[Math.floor(next() * heads.length)] + drawText(next, pieces, Math.floor(next() * 12));
      const expected = plainLooksLikeRealSecret(value);
      if (expected) real++;
      expect(looksLikeRealSecret(value), JSON.stringify(value)).toBe(expected);
    }
    expect(real).toBeGreaterThan(5_000);
    expect(real).toBeLessThan(25_000);
  });

  it('answers as the regex-per-rule form on longer values, random and repetitive', () => {
    const next = rng(61);
    const alphabets = ['abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+/=!', 'aaaaab1', 'abAB12', 'xyz0', 'aé1Z!', 'aB3.)]}'];
    let real = 0;
    for (let k = 0; k < 20_000; k++) {
      const value = drawText(next, alphabets[Math.floor(next() * alphabets.length)] as string, 1 + Math.floor(next() * 80));
      const expected = plainLooksLikeRealSecret(value);
      if (expected) real++;
      expect(looksLikeRealSecret(value), JSON.stringify(value)).toBe(expected);
    }
    expect(real).toBeGreaterThan(3_000);
    expect(real).toBeLessThan(19_000);
  });

  it('withoutClosing leaves what replace(/[.)\\]}]+$/, "") leaves', () => {
    const next = rng(67);
    for (let k = 0; k < 20_000; k++) {
      const value = drawText(next, ['a', '.', ')', ']', '}', '(', 'x.', '', ' '], Math.floor(next() * 10));
      expect(withoutClosing(value), JSON.stringify(value)).toBe(value.replace(/[.)\]}]+$/, ''));
    }
  });
});
