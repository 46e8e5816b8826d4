// The secret recognizer rules out the token shapes of a character class with one pattern per class
// (NEEDLE_GROUPS) before it tests each shape's needles: the pattern must pass every text holding a needle.
import { describe, expect, it } from 'vitest';
import { NEEDLE_GROUPS, SECRET_SHAPES } from '../../../shared/masking/recognizers/secrets';
import { rng } from './seeded-random';

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
