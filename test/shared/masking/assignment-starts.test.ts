// The secret recognizer tries its assignment pattern only at assignmentStarts; those must include every
// place the pattern can match, so that the matches equal a global scan's, or a password would stay unmasked.
import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_RE, assignmentStarts } from '../../../shared/masking/recognizers/secrets';
import { scan, scanAt } from '../../../shared/masking/scan';
import { rng } from './seeded-random';

const keys = ['password', 'PASSWD', 'passphrase', 'pwd', 'Secret', 'token', 'api_key', 'api-key', 'apikey', 'ACCESS_KEY', 'private_key', 'client_secret', 'auth', 'author', 'credentials', 'key', 'passecret', 'authtoken'];
const glue = ['', '', '_', '-', '.', 'DB_', 'x', 'my.', ' ', '"', "'", ':', ' = ', '=', '=>', ': ', '\t', '\n', ',', 'é', 'K', '\u212A', '\u0130', '\u017F', '  \t', ' passkey ', 'token ='];
const values = ['hunter2!xyz', 'x'.repeat(70) + '=v4lue!x', 'S3cr3t-V@lue', 'changeme', '${ENV}', 'abc', 'x&y=1', 'Zx9_long_value_here', '"quoted value"'];

// Suffixes after a key word up to and past the 30 characters the pattern allows.
const suffixes = ['', '', '_1', '_' + 'a'.repeat(20), '-' + 'b'.repeat(29), '_' + 'c'.repeat(30), 'd'.repeat(40), 'e'.repeat(70)];

describe('assignmentStarts', () => {
  it('scanAt over the starts finds what a global scan of ASSIGNMENT_RE finds', () => {
    const next = rng(31);
    const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)] as string;
    const sticky = new RegExp(ASSIGNMENT_RE.source, 'dyi');
    const span = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length, score: 1 });
    let matched = 0;
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      for (let i = 1 + Math.floor(next() * 4); i > 0; i--) {
        // A name of up to 60 characters around a key word, a separator and a value.
        let name = pick(glue) + pick(keys) + pick(suffixes) + pick(glue);
        while (next() < 0.3) name = pick(['config', 'settings', 'x'.repeat(20), 'a.b', 'DB']) + pick(['.', '_', '-', '']) + name;
        text += name + pick(glue) + pick(values) + pick(glue);
      }
      const expected = scan(ASSIGNMENT_RE, text, span);
      matched += expected.length;
      expect(scanAt(sticky, text, assignmentStarts(text), span), JSON.stringify(text)).toEqual(expected);
    }
    expect(matched).toBeGreaterThan(5_000);
  });
});
