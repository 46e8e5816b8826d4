// The secret recognizer scans a token shape only in texts where one scan (shapeHits, a group per needle anchored
// at its rare character) found the shape's needle: every text in which a shape matches must have its group. Bearer
// tokens are searched for only in texts holding "Bearer" or "bearer": every plain match must still be found. Each
// shape is tried only a fixed distance from its needles: it must find what a global scan finds.
import { describe, expect, it } from 'vitest';
import { SECRET_SHAPES, shapeHits } from '../../../shared/masking/recognizers/secret-shapes';
import { secretRecognizer, TAIL_GROUP_PATTERNS, tailGroup } from '../../../shared/masking/recognizers/secrets';
import { shannonEntropy } from '../../../shared/masking/checksums';
import { scan, whole } from '../../../shared/masking/scan';
import { drawText, rng } from './seeded-random';

// Token prefixes (some one character off), bodies of token characters, and glue: texts in which shapes match and
// texts that only come close.
const heads = [
  'sk-ant-', 'sk-', 'sk-proj-', 'sk-admin-', 'sk_', 'xoxb-', 'xoxp-', 'xoxz-', 'xox-', 'AKIA', 'ASIA', 'AGPA', 'AIDA', 'AROA', 'AKIB',
  'ghp_', 'gho_', 'ghx_', 'github_pat_', 'github-pat_', 'sk_live_', 'rk_test_', 'sk_liv_', 'AIza', 'Aiza', 'eyJ', 'eyj', '.eyJ',
  'https://hooks.slack.com/services/', 'hooks.slack.com/service/', 'https://discord.com/api/webhooks/', 'discordapp.com/api/webhooks/',
  'https://discord.com/api/webhooks/123456789012345678/', 'https://hooks.slack.com/services/T1234567/B1234567/',
  '-----BEGIN RSA PRIVATE KEY-----', '-----BEGIN PRIVATE KEY-----', 'PRIVATE KEY----', 'T1234567/', 'B1234567/', '123456789012345678/',
];
const bodies = ['ABCXYZabcxyz0123456789_-', 'ABCXYZabcxyz', 'ABCXYZ0123456789'];
const glue = [' ', '\n', '.', '=', ':', '"', '/', '-', 'é'];

describe('shapeHits', () => {
  it('has the group of every shape whose pattern matches in the text', () => {
    const next = rng(61);
    let matched = 0;
    let rejected = 0;
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      for (let i = 1 + Math.floor(next() * 4); i > 0; i--) {
        text += glue[Math.floor(next() * glue.length)] as string;
        if (next() < 0.7) text += heads[Math.floor(next() * heads.length)] as string;
        const chars = bodies[Math.floor(next() * bodies.length)] as string;
        text += drawText(next, chars, next() < 0.3 ? 16 : Math.floor(next() * 60));
        // The three parts of a JWT.
        if (next() < 0.2) text += `.${next() < 0.8 ? 'eyJ' : 'ey'}${drawText(next, chars, 10)}.${drawText(next, chars, 10)}`;
      }
      const hits = shapeHits(text);
      if (hits === 0) rejected++;
      for (const s of SECRET_SHAPES) {
        s.re.lastIndex = 0;
        if (!s.re.test(text)) continue;
        matched++;
        expect(hits & (1 << s.hit), `${s.name} ${JSON.stringify(text)}`).not.toBe(0);
      }
    }
    expect(matched).toBeGreaterThan(5_000);
    expect(rejected).toBeGreaterThan(1_000);
  });
});

describe('bearer gate', () => {
  it('finds every bearer token the plain scan finds', () => {
    const next = rng(67);
    const bearer = (TAIL_GROUP_PATTERNS[1] as readonly [RegExp, number])[0];
    const words = ['Bearer', 'bearer', 'BEARER', 'beArer', 'xbearer', '-Bearer', 'earer', 'Authorization: Bearer'];
    let found = 0;
    for (let k = 0; k < 10_000; k++) {
      const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)] as string;
      const text = `${pick(glue)}${pick(words)}${pick([' ', '  ', '\t', ''])}${drawText(next, 'abcXYZ0189._~+/=-', 10 + Math.floor(next() * 20))}${pick(glue)}`;
      const plain = scan(bearer, text, (m) => tailGroup(m, 0, 0.9));
      found += plain.length;
      const got = secretRecognizer.find(text);
      for (const c of plain) expect(got, JSON.stringify(text)).toContainEqual(c);
    }
    expect(found).toBeGreaterThan(1_500);
  });
});

describe('webhook shapes', () => {
  it('the patterns written from their first character find what the lookbehind-first patterns find', () => {
    const plain = [
      /(?<=hooks\.slack\.com\/services\/)T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{16,64}/g,
      /(?<=discord(?:app)?\.com\/api\/webhooks\/)\d{15,20}\/[A-Za-z0-9_-]{40,100}/g,
    ];
    const written = ['slack-webhook', 'discord-webhook'].map((n) => (SECRET_SHAPES.find((s) => s.name === n) as { re: RegExp }).re);
    const next = rng(71);
    const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)] as string;
    const urls = ['hooks.slack.com/services/', 'hooks.slack.com/service/', 'discord.com/api/webhooks/', 'discordapp.com/api/webhooks/', 'discord.co/api/webhooks/', '', 'x/'];
    const ids = (n: number): string => drawText(next, 'AZ09', 5 + Math.floor(next() * n));
    // Slack's T.../B.../secret and Discord's digits/secret, each part now and then a character short or long.
    const tails = [
      () => `T${ids(9)}/B${ids(9)}/${drawText(next, 'AZaz09', 14 + Math.floor(next() * 54))}`,
      () => `${drawText(next, '0123456789', 14 + Math.floor(next() * 8))}/${drawText(next, 'AZaz09_-', 38 + Math.floor(next() * 65))}`,
      () => drawText(next, 'AZaz09_-/', Math.floor(next() * 60)),
    ];
    let found = 0;
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      for (let i = 1 + Math.floor(next() * 4); i > 0; i--) {
        text += pick(urls) + (tails[Math.floor(next() * tails.length)] as () => string)() + pick(glue);
      }
      for (let g = 0; g < 2; g++) {
        const expected = scan(plain[g] as RegExp, text, (m) => whole(m, 1));
        found += expected.length;
        expect(scan(written[g] as RegExp, text, (m) => whole(m, 1)), JSON.stringify(text)).toEqual(expected);
      }
    }
    expect(found).toBeGreaterThan(2_000);
  });
});

describe('bare AWS secret keys', () => {
  it('are found where a scan of every run of 40, in texts that name them somewhere, finds them', () => {
    const AWS = /[A-Za-z0-9/+](?<![A-Za-z0-9/+]{2})[A-Za-z0-9/+]{39}(?![A-Za-z0-9/+=])/g;
    const next = rng(73);
    const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)] as string;
    const words = ['secret', 'SECRET', 'aws', 'Aws', 'key', 'KEY', '\u212Aey', 'ke y', 'sec', 'x'.repeat(30), ' ', '\n', ': ', '=', 'é'];
    let found = 0;
    for (let k = 0; k < 10_000; k++) {
      let text = '';
      for (let i = 1 + Math.floor(next() * 5); i > 0; i--) {
        text += pick(words) + pick(glue);
        if (next() < 0.6) text += drawText(next, 'ABCXYZabcxyz0123456789/+', pick(['40', '40', '39', '41', '20']) === '20' ? 20 : 38 + Math.floor(next() * 4)) + pick([' ', '=', '.', '\n', 'é', '']);
      }
      const lower = text.toLowerCase();
      const expected = !/secret|aws|key/.test(lower)
        ? []
        : scan(AWS, text, (m) => {
            const v = m[0];
            if (!/[A-Z]/.test(v) || !/[a-z]/.test(v) || !/\d/.test(v) || shannonEntropy(v) < 4) return null;
            return /secret|aws|key/.test(text.slice(Math.max(0, m.index - 60), m.index).toLowerCase()) ? { start: m.index, end: m.index + 40, score: 0.85 } : null;
          });
      found += expected.length;
      expect(secretRecognizer.find(text).filter((c) => c.score === 0.85), JSON.stringify(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(1_000);
  });
});

describe('token shapes at their needles', () => {
  it('the recognizer finds what a global scan of every shape finds', () => {
    const next = rng(79);
    let found = 0;
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      for (let i = 1 + Math.floor(next() * 5); i > 0; i--) {
        text += glue[Math.floor(next() * glue.length)] as string;
        if (next() < 0.8) text += heads[Math.floor(next() * heads.length)] as string;
        text += drawText(next, bodies[Math.floor(next() * bodies.length)] as string, next() < 0.3 ? 16 : Math.floor(next() * 70));
        if (next() < 0.2) text += `.eyJ${drawText(next, 'abcXYZ09_-', 10)}.${drawText(next, 'abcXYZ09', 10)}`;
      }
      const expected = SECRET_SHAPES.flatMap((s) => scan(s.re, text, (m) => whole(m, 0.95)));
      found += expected.length;
      expect(secretRecognizer.find(text).filter((c) => c.score === 0.95), JSON.stringify(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(10_000);
  });
});
