// Overlapping candidates resolve to one span: higher confidence first, then longer, then earlier.
// Spans are grouped into clusters of transitive overlap first, so the greedy choice stays
// O(n log n) on inputs with hundreds of thousands of spans.
import type { Span } from './types';

const priority = (a: Span, b: Span): number =>
  b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start;

export function resolveOverlaps(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  let i = 0;
  while (i < sorted.length) {
    const cluster: Span[] = [sorted[i] as Span];
    let end = (sorted[i] as Span).end;
    let j = i + 1;
    while (j < sorted.length && (sorted[j] as Span).start < end) {
      cluster.push(sorted[j] as Span);
      end = Math.max(end, (sorted[j] as Span).end);
      j++;
    }
    if (cluster.length === 1) out.push(cluster[0] as Span);
    else {
      const kept: Span[] = [];
      for (const s of cluster.sort(priority)) {
        if (kept.every((k) => s.end <= k.start || s.start >= k.end)) kept.push(s);
      }
      out.push(...kept.sort((a, b) => a.start - b.start));
    }
    i = j;
  }
  return out;
}
