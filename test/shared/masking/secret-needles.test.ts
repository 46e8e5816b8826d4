// The secret recognizer rules out the token shapes of a character class with one pattern per class
// (NEEDLE_GROUPS) before it tests each shape's needles: the pattern must pass every text holding a needle.
// Before those, one pattern (ANY_SHAPE) must pass every text in which some shape matches.
import { describe, expect, it } from 'vitest';
import { ANY_SHAPE, NEEDLE_GROUPS, SECRET_SHAPES } from '../../../shared/masking/recognizers/secrets';
import { drawText, rng } from './seeded-random';

const needles = SECRET_SHAPES.flatMap((s) => s.needles);
const noise = ['sk', '-', '_', 'A', 'KIA', 'gh', 'p_', 'x', 'ox', 'PRIVATE', ' KEY', '-----', 'hooks.', 'slack', '.com', '/api', '/webhooks/', 'ey', 'J', 'live', 'test', 'github', 'pat', ' ', 'é', 'S'];

describe('NEEDLE_GROUPS', () => {
  it('has one pattern per rare bit, passing exactly the texts that hold a needle of its shapes', () => {
    expect([...NEEDLE_GROUPS.keys()].sort()).toEqual([...new Set(SECRET_SHAPES.map((s) => s.rare))].sort());
    const next = rng(59);
    let held = 0;
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      for (let i = 1 + Math.floor(next() * 8); i > 0; i--) {
        text += next() < 0.1 ? (needles[Math.floor(next() * needles.length)] as string) : (noise[Math.floor(next() * noise.length)] as string);
      }
      for (const [rare, re] of NEEDLE_GROUPS) {
        const holds = SECRET_SHAPES.some((s) => s.rare === rare && s.needles.some((n) => text.includes(n)));
        if (holds) held++;
        expect(re.test(text), `${rare} ${JSON.stringify(text)}`).toBe(holds);
      }
    }
    expect(held).toBeGreaterThan(5_000);
  });
});

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

describe('ANY_SHAPE', () => {
  it('passes every text in which some token shape matches', () => {
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
      const holds = SECRET_SHAPES.some((s) => {
        s.re.lastIndex = 0;
        return s.re.test(text);
      });
      if (holds) matched++;
      if (!ANY_SHAPE.test(text)) rejected++;
      if (holds) expect(ANY_SHAPE.test(text), JSON.stringify(text)).toBe(true);
    }
    expect(matched).toBeGreaterThan(5_000);
    expect(rejected).toBeGreaterThan(1_000);
  });
});
