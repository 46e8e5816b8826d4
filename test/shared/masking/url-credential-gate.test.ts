// The URL-credential recognizer scans for secret query parameters only in texts with "=" and one of "?", "&", ";"
// (the character before a parameter name): every parameter the plain scan finds must still be found. Userinfo
// credentials are tried only at userinfoStarts (schemes before each "://"), which must hold every match.
import { describe, expect, it } from 'vitest';
import { TAIL_GROUP_PATTERNS, tailGroup, urlCredentialRecognizer, userinfoStarts } from '../../../shared/masking/recognizers/secrets';
import { scan } from '../../../shared/masking/scan';
import { drawText, expectStartsFindAll, rng } from './seeded-random';

const QUERY = (TAIL_GROUP_PATTERNS[3] as readonly [RegExp, number])[0];
const pieces = ['?', '&', ';', '=', 'token', 'api_key', 'sig', 'code', 'x', 'abcd1234', '${X}', ' ', '/', 'https://h.example', '#', 'key'];
const params = ['?', '&', ';', '', '', ' '];
const names = ['token', 'api_key', 'sig', 'code', 'key', 'x'];

describe('url-credential query gate', () => {
  it('finds every query parameter the plain scan finds', () => {
    const next = rng(79);
    let found = 0;
    for (let k = 0; k < 20_000; k++) {
      const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)] as string;
      const text = `${drawText(next, pieces, Math.floor(next() * 4))}${pick(params)}${pick(names)}=${drawText(next, pieces, 1 + Math.floor(next() * 5))}`;
      const plain = scan(QUERY, text, (m) => (/^(?:\$\{|\{\{|<|\[[A-Z_]+\d*\])/.test(m[1] as string) ? null : tailGroup(m, 0, 0.9)));
      found += plain.length;
      const got = urlCredentialRecognizer.find(text);
      for (const c of plain) expect(got, JSON.stringify(text)).toContainEqual(c);
    }
    expect(found).toBeGreaterThan(2_000);
  });
});

describe('userinfo starts', () => {
  it('hold every place the userinfo pattern matches', () => {
    const next = rng(83);
    const sticky = new RegExp((TAIL_GROUP_PATTERNS[2] as readonly [RegExp, number])[0].source, 'y');
    const noise = ['a', 'B', '1', '_', '-', '.', '+', ' ', ':', '//', '@', '/', 'é', '\n', '://'];
    // Noise, a scheme of 1 to 23 scheme characters (some other), "://", user, ":", password, "@", noise.
    const draw = (): string =>
      `${drawText(next, noise, Math.floor(next() * 4))}${drawText(next, 'abZ09+.-_é', 1 + Math.floor(next() * 23))}://${drawText(next, 'us3r.%', 1 + Math.floor(next() * 4))}${next() < 0.9 ? ':' : ''}${drawText(next, 'pw9!/ ', 1 + Math.floor(next() * 5))}@h${drawText(next, noise, Math.floor(next() * 4))}`;
    expectStartsFindAll(sticky, (text) => userinfoStarts(text), draw, 30_000, 1_000);
  });
});
