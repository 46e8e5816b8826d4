// Live, advisory preview of what the core will mask in the draft: the same findSpans with the
// same options the core uses (maskOptionsFromSettings), run on a debounced copy of the text so
// typing never waits on it. Enforcement happens in the core; this only shows what to expect.
import { memo, useMemo } from 'react';
import { findSpans, type MaskOptions } from '../../../shared/masking/index';
import { HighlightedText } from '../conversations/HighlightedText';

export interface MaskingPreviewProps {
  text: string;
  /** From maskOptionsFromSettings: the same object while settings stay the same (compiled once). */
  options: MaskOptions;
}

export const MaskingPreview = memo(function MaskingPreview({ text, options }: MaskingPreviewProps) {
  const spans = useMemo(() => (text.trim() ? findSpans(text, options) : []), [text, options]);
  if (spans.length === 0) return null;
  const counts = new Map<string, number>();
  for (const s of spans) counts.set(s.type, (counts.get(s.type) ?? 0) + 1);
  return (
    <div className="mask-preview" data-testid="mask-preview" aria-live="polite">
      <p className="mask-preview__summary">
        Will be masked before sending:{' '}
        {[...counts].map(([type, n], i) => (
          <span key={type} className="mask-preview__type" data-testid="mask-preview-type">
            {i > 0 ? ', ' : ''}
            {n} × {type}
          </span>
        ))}
      </p>
      <p className="mask-preview__text">
        <HighlightedText text={text} ranges={spans.map((s) => ({ start: s.start, end: s.end, label: s.type }))} markClassName="mask-mark" />
      </p>
    </div>
  );
});
