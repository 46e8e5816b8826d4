import { describe, expect, it } from 'vitest';
import { findSpans } from '../../../shared/masking';

// "author" is not "auth": commit trailers and author fields name people, not credentials.
describe('author fields are not secret assignments', () => {
  it.each(['Co-authored-by: Leopold Brandt <leo@example.org>', 'author: Leopold Brandt', 'Authors: Leopold Brandt'])('%s', (text) => {
    const spans = findSpans(text, { preset: 'standard' });
    expect(spans.some((s) => s.type === 'SECRET')).toBe(false);
    const name = spans.find((s) => s.type === 'PERSON');
    expect(name && text.slice(name.start, name.end)).toBe('Leopold Brandt');
  });

  it('still masks auth and authorization assignments', () => {
    for (const text of ['auth_token=Zx81Qm4pLr7TnB2w', 'Authorization: Zx81Qm4pLr7TnB2w']) {
      const spans = findSpans(text, { preset: 'standard' });
      expect(spans.map((s) => [s.type, text.slice(s.start, s.end)])).toContainEqual(['SECRET', 'Zx81Qm4pLr7TnB2w']);
    }
  });
});
