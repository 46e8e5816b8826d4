// "Keep forever" or "Delete after N days" as two radios and a number field. Reports null (forever)
// or the whole number typed; NaN when the field holds something that is no whole number, so the
// form can say so instead of sending it.
import { useId } from 'react';

export interface DaysChoiceProps {
  legend: string;
  /** Label of the N-days option, e.g. "Delete after". */
  afterLabel: string;
  forever: boolean;
  days: string;
  onChange: (next: { forever: boolean; days: string }) => void;
  testId: string;
  invalid?: boolean;
  describedBy?: string;
}

export function parseDays(forever: boolean, days: string): number | null {
  if (forever) return null;
  const text = days.trim();
  return /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
}

export function DaysChoice({ legend, afterLabel, forever, days, onChange, testId, invalid = false, describedBy }: DaysChoiceProps) {
  const id = useId();
  return (
    <fieldset className="days-choice" data-testid={testId}>
      <legend className="field__label">{legend}</legend>
      <label className="check">
        <input className="check__box" type="radio" name={id} checked={forever} onChange={() => onChange({ forever: true, days })} data-testid={`${testId}-forever`} />
        <span className="check__label">Keep forever</span>
      </label>
      <div className="days-choice__after">
        <label className="check">
          <input className="check__box" type="radio" name={id} checked={!forever} onChange={() => onChange({ forever: false, days })} data-testid={`${testId}-after`} />
          <span className="check__label">{afterLabel}</span>
        </label>
        <input
          className="input days-choice__days"
          inputMode="numeric"
          aria-label={`${legend}: number of days`}
          value={days}
          onFocus={() => forever && onChange({ forever: false, days })}
          onChange={(e) => onChange({ forever: false, days: e.target.value })}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? describedBy : undefined}
          data-testid={`${testId}-days`}
        />
        <span className="days-choice__unit">days</span>
      </div>
    </fieldset>
  );
}
