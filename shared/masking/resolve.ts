// Overlapping candidates resolve to one span: higher confidence first, then longer, then earlier.
// Spans are grouped into clusters of transitive overlap first, so the greedy choice stays
// O(n log n) on inputs with hundreds of thousands of spans.
import type { Span } from './types';

const priority = (a: Span, b: Span): number =>
  b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start;

const byPosition = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;

/** A sorted copy; insertion sort for the few spans of a chat message (stable, like Array.prototype.sort). */
function sortedCopy(spans: readonly Span[]): Span[] {
  if (spans.length > 16) return [...spans].sort(byPosition);
  const out: Span[] = [];
  for (const s of spans) {
    let i = out.length;
    while (i > 0 && byPosition(out[i - 1] as Span, s) > 0) i--;
    out.splice(i, 0, s);
  }
  return out;
}

export function resolveOverlaps(spans: readonly Span[]): Span[] {
  const sorted = sortedCopy(spans);
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
      // kept stays sorted by start and non-overlapping, so only the neighbours need checking.
      const kept: Span[] = [];
      for (const s of cluster.sort(priority)) {
        let lo = 0;
        let hi = kept.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if ((kept[mid] as Span).start < s.start) lo = mid + 1;
          else hi = mid;
        }
        const prev = kept[lo - 1];
        const next = kept[lo];
        if ((prev && prev.end > s.start) || (next && next.start < s.end)) continue;
        kept.splice(lo, 0, s);
      }
      out.push(...kept);
    }
    i = j;
  }
  return out;
}
