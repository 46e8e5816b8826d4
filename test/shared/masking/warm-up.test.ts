// The warm-up sample must reach the full path of every built-in recognizer (a recognizer whose gate fails on
// it would stay cold until the user's first keystroke), under each type alone and in one call.
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, findSpans, RECOGNIZERS } from '../../../shared/masking';
import { WARM_UP_LINES, WARM_UP_SAMPLE, warmUp } from '../../../shared/masking/warm-up';

describe('warmUp', () => {
  it.each(RECOGNIZERS.map((r) => [r.id, r] as const))('the sample holds a candidate of the %s recognizer', (_id, r) => {
    expect(r.find(WARM_UP_SAMPLE).length).toBeGreaterThan(0);
  });

  it.each(ENTITY_TYPES.filter((t) => t !== 'CUSTOM'))('findSpans with only %s finds it in the sample', (type) => {
    expect(findSpans(WARM_UP_SAMPLE, { types: [type] }).some((s) => s.type === type)).toBe(true);
  });

  it('every line, the step an app runs per idle period, holds something to find', () => {
    for (const line of WARM_UP_LINES) expect(warmUp({ preset: 'strict' }, line), line).toBeGreaterThan(0);
  });

  it('runs findSpans on the sample with the options given', () => {
    expect(warmUp()).toBe(findSpans(WARM_UP_SAMPLE).length);
    expect(warmUp({ types: ['EMAIL'] })).toBe(1);
    expect(warmUp({ preset: 'strict' })).toBeGreaterThan(warmUp({ preset: 'secrets' }));
  });
});
