// The secret and URL-credential recognizers read the span of a match's group 1 from the match's end (tailGroup)
// instead of the /d indices: for every pattern it reads, that span must be the one the indices give.
import { describe, expect, it } from 'vitest';
import { TAIL_GROUP_PATTERNS, tailGroup } from '../../../shared/masking/recognizers/secrets';
import { drawText, rng } from './seeded-random';

// Keys, separators and values the patterns look for, and noise between them.
const heads = ['password=', 'api_key: "', 'DB_TOKEN = ', 'Bearer ', 'bearer\t', 'https://user:', 'ftp://a:', '?access_token=', '&sig=', ';code=', 'auth:'];
const pieces = ['p4ss', '@', 'host.example', '/', '?', '&', '=', '"', "'", ' ', 'Zx9_long-Value.~+', 'abcdefghijklmnop0123', '&x=1', ')', '.', ':', '\n'];

describe('tailGroup', () => {
  it('gives the span of group 1 that the /d indices give, for every pattern it reads', () => {
    const next = rng(73);
    for (const [pattern, after] of TAIL_GROUP_PATTERNS) {
      let matched = 0;
      const withIndices = new RegExp(pattern.source, pattern.flags.includes('d') ? pattern.flags : `${pattern.flags}d`);
      for (let k = 0; k < 10_000; k++) {
        const text = drawText(next, pieces, Math.floor(next() * 3)) + (heads[Math.floor(next() * heads.length)] as string) + drawText(next, pieces, 1 + Math.floor(next() * 8));
        withIndices.lastIndex = 0;
        for (let m = withIndices.exec(text); m !== null; m = withIndices.exec(text)) {
          matched++;
          const r = m.indices?.[1] as [number, number];
          expect(tailGroup(m, after, 1), `${pattern.source.slice(0, 30)} ${JSON.stringify(text)}`).toEqual({ start: r[0], end: r[1], score: 1 });
        }
      }
      expect(matched, pattern.source.slice(0, 30)).toBeGreaterThan(100);
    }
  });
});
