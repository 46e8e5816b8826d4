// A one-line, in-place error with its stable code, for failures the user caused from inside a
// panel (the app-wide banner sits behind a modal sheet). role="alert": announced once.
import type { WireError } from '../../shared/contract/errors';
import './inline-error.css';

export interface InlineErrorProps {
  error: WireError;
  /** What failed, e.g. "Could not save the theme". */
  context: string;
  testId?: string;
}

export function InlineError({ error, context, testId }: InlineErrorProps) {
  return (
    <p className="inline-error" role="alert" data-testid={testId} data-code={error.code}>
      <span className="inline-error__context">{context}</span> <code className="inline-error__code">{error.code}</code>{' '}
      <span className="inline-error__message">{error.message}</span>
    </p>
  );
}
