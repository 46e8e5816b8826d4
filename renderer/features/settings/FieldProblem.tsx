// The reason a field's value was refused, shown under that field and tied to it with
// aria-describedby (the input also gets aria-invalid), so a screen reader reads it with the field.
import type { WireError } from '../../../shared/contract/errors';

export function FieldProblem({ id, error }: { id: string; error: WireError }) {
  const issue = Array.isArray(error.details?.issues) ? (error.details.issues[0] as { message?: unknown } | undefined) : undefined;
  const reason = typeof error.details?.reason === 'string' ? error.details.reason : typeof issue?.message === 'string' ? issue.message : error.message;
  return (
    <span id={id} className="field__problem" data-testid="field-problem" data-code={error.code}>
      {reason}
    </span>
  );
}

/** Props for an input that may be the one a refusal is about. */
export function problemProps(problemId: string, isIt: boolean): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  return isIt ? { 'aria-invalid': true, 'aria-describedby': problemId } : {};
}
