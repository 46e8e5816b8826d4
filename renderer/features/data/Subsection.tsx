// One part of Settings → Data & security: a disclosure whose summary names the part and shows
// its current state in a few words, so the sheet stays short until the user opens what they need.
import type { ReactNode } from 'react';

export interface SubsectionProps {
  title: string;
  /** Current state in a few words, beside the title. */
  summary?: ReactNode;
  testId: string;
  defaultOpen?: boolean;
  tone?: 'normal' | 'danger';
  children: ReactNode;
}

export function Subsection({ title, summary, testId, defaultOpen = false, tone = 'normal', children }: SubsectionProps) {
  return (
    <details className={`data-part${tone === 'danger' ? ' data-part--danger' : ''}`} open={defaultOpen} data-testid={testId}>
      <summary className="data-part__summary" data-testid={`${testId}-summary`}>
        <span className="data-part__title">{title}</span>
        {summary ? <span className="data-part__state">{summary}</span> : null}
      </summary>
      <div className="data-part__body">{children}</div>
    </details>
  );
}
