// Overlap resolution against its definition: over the spans in text order, the greedy choice by priority
// (higher score, then longer, then earlier; ties keep text order) of spans that overlap no span kept before,
// returned in text order. resolveOverlaps works cluster by cluster with shortcuts for lone spans and short
// lists; seeded random span sets (many ties, both sides of the short-list size) hold it to that definition.
import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../../../shared/masking/resolve';
import type { Span } from '../../../shared/masking/types';
import { rng } from './seeded-random';

function reference(spans: readonly Span[]): Span[] {
  const inOrder = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const byPriority = [...inOrder].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Span[] = [];
  for (const s of byPriority) if (kept.every((k) => k.end <= s.start || s.end <= k.start)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

describe('resolveOverlaps', () => {
  it('equals the greedy choice by priority on random span sets', () => {
    const next = rng(58);
    let overlapping = 0;
    for (let k = 0; k < 5_000; k++) {
      const n = Math.floor(next() * 40);
      const spans: Span[] = [];
      for (let i = 0; i < n; i++) {
        const start = Math.floor(next() * 60);
        const end = start + 1 + Math.floor(next() * 8);
        // Few distinct scores and a source per span, so ties are common and the kept one is identifiable.
        spans.push({ start, end, type: 'EMAIL', score: [0.5, 0.7, 0.9][Math.floor(next() * 3)] as number, source: `s${i}` });
      }
      const got = resolveOverlaps(spans);
      if (got.length < n) overlapping++;
      expect(got, JSON.stringify(spans)).toEqual(reference(spans));
    }
    // The sets must overlap often, or the comparison proves little.
    expect(overlapping).toBeGreaterThan(3_000);
  });
});
