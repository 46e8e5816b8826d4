// The e-mail recognizer and the person recognizer's e-mail tokens search from "@" to "@" instead of
// running EMAIL_RE / EMAIL_LOCAL_RE over the text; they must find exactly what a plain global scan finds, on adversarial strings
// (apostrophes, runs longer than 64, URL userinfo, several "@" in a row).
import { describe, expect, it } from 'vitest';
import { EMAIL_RE, emailRecognizer } from '../../../shared/masking/recognizers/contact';
import { EMAIL_LOCAL_RE, emailLocalParts } from '../../../shared/masking/recognizers/person-email';
import { TextFacts } from '../../../shared/masking/text-facts';
import { Rng } from '../../fixtures/masking/gen/rng';

const PIECES = ['a', 'Z', '0', '.', '_', '%', '+', "'", '-', '@', '@', ' ', ':', '//', 'x.com', '.org', "o'neil", 'https://u:p', 'mail.example.de', '\n', 'é', '/', 'a'.repeat(44)];

function scanAll(text: string): string[] {
  const re = new RegExp(EMAIL_RE.source, 'g');
  const out: string[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(`${m.index}-${m.index + m[0].length}`);
  return out;
}

describe('e-mail search', () => {
  it('finds what a global scan with EMAIL_RE finds', () => {
    const rng = new Rng(4711);
    let found = 0;
    const differences: string[] = [];
    for (let i = 0; i < 30_000; i++) {
      let text = '';
      for (let k = rng.int(1, 30); k > 0; k--) text += rng.pick(PIECES);
      const expected = scanAll(text);
      found += expected.length;
      const got = emailRecognizer.find(text).map((c) => `${c.start}-${c.end}`);
      if (got.join() !== expected.join()) differences.push(JSON.stringify(text));
      // With the text's facts (the registry's call), texts without "@" are ruled out before the search.
      const withFacts = emailRecognizer.find(text, new TextFacts(text)).map((c) => `${c.start}-${c.end}`);
      if (withFacts.join() !== expected.join()) differences.push(`facts ${JSON.stringify(text)}`);
    }
    expect(differences.slice(0, 5)).toEqual([]);
    expect(found).toBeGreaterThan(500);
  });

  it('finds the local parts a global scan with EMAIL_LOCAL_RE finds', () => {
    const rng = new Rng(815);
    let found = 0;
    const differences: string[] = [];
    for (let i = 0; i < 30_000; i++) {
      let text = '';
      for (let k = rng.int(1, 30); k > 0; k--) text += rng.pick(PIECES);
      const re = new RegExp(EMAIL_LOCAL_RE.source, 'g');
      const expected: string[] = [];
      for (let m = re.exec(text); m !== null; m = re.exec(text)) expected.push(m[1] as string);
      found += expected.length;
      if (emailLocalParts(text).join('|') !== expected.join('|')) differences.push(JSON.stringify(text));
    }
    expect(differences.slice(0, 5)).toEqual([]);
    expect(found).toBeGreaterThan(1_000);
  });
});
