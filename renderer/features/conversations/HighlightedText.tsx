// Text with [start, end) ranges marked, built from offsets as React text nodes: nothing from the
// text is ever parsed as HTML.
import type { ReactNode } from 'react';

export interface Range {
  readonly start: number;
  readonly end: number;
  /** Rendered as a small tag after the marked text (e.g. the entity type). */
  readonly label?: string;
}

export interface HighlightedTextProps {
  text: string;
  ranges: readonly Range[];
  markClassName?: string;
}

export function HighlightedText({ text, ranges, markClassName }: HighlightedTextProps) {
  const parts: ReactNode[] = [];
  let at = 0;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  for (const [i, r] of sorted.entries()) {
    const start = Math.max(at, Math.min(r.start, text.length));
    const end = Math.min(Math.max(r.end, start), text.length);
    if (end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={i} className={markClassName} data-label={r.label}>
        {text.slice(start, end)}
        {r.label ? <span className="mark-label">{r.label}</span> : null}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
