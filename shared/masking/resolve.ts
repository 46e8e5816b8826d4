// Overlapping candidates resolve to one span: higher confidence first, then longer, then earlier.
// Spans are grouped into clusters of transitive overlap first, so the greedy choice stays
// O(n log n) on inputs with hundreds of thousands of spans.
import type { Span } from './types';

const priority = (a: Span, b: Span): number =>
  b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start;

const byPosition = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;

/**
 * Sorts in place; by insertion for the few spans of a chat message or a cluster (stable, like
 * Array.prototype.sort, which allocates a work copy on every call).
 */
function sortSpans(out: Span[], order: (a: Span, b: Span) => number): Span[] {
  if (out.length > 16) return out.sort(order);
  for (let k = 1; k < out.length; k++) {
    const s = out[k] as Span;
    let i = k;
    while (i > 0 && order(out[i - 1] as Span, s) > 0) {
      out[i] = out[i - 1] as Span;
      i--;
    }
    out[i] = s;
  }
  return out;
}

export function resolveOverlaps(spans: readonly Span[]): Span[] {
  const sorted = sortSpans(spans.slice(), byPosition);
  const out: Span[] = [];
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i] as Span;
    let end = first.end;
    let j = i + 1;
    // Most spans overlap nothing: kept without building a cluster.
    if (j === sorted.length || (sorted[j] as Span).start >= end) {
      out.push(first);
      i = j;
      continue;
    }
    const cluster: Span[] = [first];
    while (j < sorted.length && (sorted[j] as Span).start < end) {
      cluster.push(sorted[j] as Span);
      end = Math.max(end, (sorted[j] as Span).end);
      j++;
    }
    // kept stays sorted by start and non-overlapping, so only the neighbours need checking.
    const kept: Span[] = [];
    for (const s of sortSpans(cluster, priority)) {
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
    i = j;
  }
  return out;
}
