// The secret recognizer scans a token shape only in texts where one scan (shapeHits, a group per needle anchored
// at its rare character) found the shape's needle: every text in which a shape matches must have its group. Bearer
// tokens are searched for only in texts holding "Bearer" or "bearer": every plain match must still be found.
import { describe, expect, it } from 'vitest';
import { SECRET_SHAPES, secretRecognizer, shapeHits, TAIL_GROUP_PATTERNS, tailGroup } from '../../../shared/masking/recognizers/secrets';
import { scan } from '../../../shared/masking/scan';
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
