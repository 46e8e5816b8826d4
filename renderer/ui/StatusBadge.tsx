// A small pill with a coloured dot: green for good, amber for needs attention. The text always
// says the state too, so colour is never the only signal.
import type { HTMLAttributes } from 'react';
import './status-badge.css';

export type StatusTone = 'ok' | 'warn' | 'neutral';

export interface StatusBadgeProps extends HTMLAttributes<HTMLSpanElement> {
  tone: StatusTone;
}

export function StatusBadge({ tone, className, children, ...rest }: StatusBadgeProps) {
  return (
    <span className={['status-badge', `status-badge--${tone}`, className].filter(Boolean).join(' ')} {...rest}>
      <span className="status-badge__dot" aria-hidden="true" />
      {children}
    </span>
  );
}
