// recognize() tests a context window without the table-header prefix when there is no header; that is
// only the same test because no context word starts with whitespace. This keeps it so.
import { describe, expect, it } from 'vitest';
import { RECOGNIZERS } from '../../../shared/masking';

describe('context words', () => {
  it('never start with whitespace', () => {
    const words = RECOGNIZERS.flatMap((r) => [...(r.context ?? []), ...(r.negativeContext ?? [])]);
    expect(words.length).toBeGreaterThan(100);
    expect(words.filter((w) => /^\s/.test(w))).toEqual([]);
  });
});
