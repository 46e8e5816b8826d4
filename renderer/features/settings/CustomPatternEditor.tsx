// Custom patterns: a name and a regular expression, always masked. The core checks a pattern
// when it is saved (syntax, empty matches, catastrophic slowness); a refusal shows right here
// with the core's reason, and the form keeps what was typed so it can be fixed.
import { useId, useState, type FormEvent } from 'react';
import { MASKING_LIMITS, type CustomPatternSetting } from '../../../shared/contract/settings';
import { useSettings } from '../../state/stores';
import { Button } from '../../ui/Button';
import { IconButton } from '../../ui/IconButton';
import { TrashIcon } from '../../ui/icons';
import { InlineError } from '../../ui/InlineError';
import './masking.css';

export function CustomPatternEditor({ patterns }: { patterns: readonly CustomPatternSetting[] }) {
  const id = useId();
  const updateMasking = useSettings((s) => s.updateMasking);
  const saveError = useSettings((s) => (s.saveErrorArea === 'masking-patterns' ? s.saveError : null));
  const [name, setName] = useState('');
  const [source, setSource] = useState('');
  const [busy, setBusy] = useState(false);
  const [showError, setShowError] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const full = patterns.length >= MASKING_LIMITS.maxPatterns;
  const ready = name.trim().length > 0 && source.length > 0 && !full && !busy;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    setBusy(true);
    const entry = { name: name.trim(), source };
    const ok = await updateMasking({ maskingCustomPatterns: [...patterns, entry] });
    setBusy(false);
    setShowError(!ok);
    setSaved(ok ? entry.name : null);
    if (ok) {
      setName('');
      setSource('');
    }
  };

  const edited = () => {
    setShowError(false);
    setSaved(null);
  };
  const error = showError ? saveError : null;

  return (
    <section className="mask-rules" aria-labelledby={`${id}-t`} data-testid="mask-patterns">
      <h4 id={`${id}-t`} className="mask-rules__title">
        Custom patterns
      </h4>
      <p className="facts__note">
        Regular expressions (JavaScript syntax), always masked, e.g. <code>TICKET-\d{'{4,6}'}</code>. Each one is checked when you save it, so a pattern that is invalid or could
        freeze on long text is refused here, never when you send.
      </p>
      {patterns.length > 0 ? (
        <ul className="keys" aria-labelledby={`${id}-t`}>
          {patterns.map((p) => (
            <li key={p.name} className="mask-pattern" data-testid="mask-pattern-row">
              <span className="keys__label">{p.name}</span>
              <code className="mask-pattern__source">{p.source}</code>
              <IconButton
                label={`Remove the pattern “${p.name}”`}
                onClick={() => void updateMasking({ maskingCustomPatterns: patterns.filter((x) => x !== p) })}
                data-testid="mask-pattern-delete"
              >
                <TrashIcon width={16} height={16} />
              </IconButton>
            </li>
          ))}
        </ul>
      ) : null}
      <form className="keys__form" onSubmit={(e) => void submit(e)}>
        <label className="field" htmlFor={`${id}-n`}>
          <span className="field__label">Name</span>
          <input
            id={`${id}-n`}
            className="input"
            value={name}
            maxLength={MASKING_LIMITS.maxPatternNameLength}
            placeholder="e.g. Ticket number"
            autoComplete="off"
            onChange={(e) => {
              setName(e.target.value);
              edited();
            }}
            data-testid="mask-pattern-name"
          />
        </label>
        <label className="field" htmlFor={`${id}-p`}>
          <span className="field__label">Pattern</span>
          <input
            id={`${id}-p`}
            className="input mask-pattern__input"
            value={source}
            maxLength={MASKING_LIMITS.maxPatternLength}
            placeholder="e.g. TICKET-\d{4,6}"
            spellCheck={false}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-e` : undefined}
            onChange={(e) => {
              setSource(e.target.value);
              edited();
            }}
            data-testid="mask-pattern-source"
          />
        </label>
        <Button type="submit" unavailable={!ready} data-testid="mask-pattern-save">
          Save pattern
        </Button>
        {saved ? (
          <p className="facts__note" role="status">
            Saved “{saved}”.
          </p>
        ) : null}
        {full ? <p className="facts__note">You have {MASKING_LIMITS.maxPatterns} patterns, the most Veil keeps; remove one to add another.</p> : null}
      </form>
      {error ? (
        <div id={`${id}-e`}>
          <InlineError context="Could not save the pattern." error={error} testId="mask-pattern-error" />
        </div>
      ) : null}
    </section>
  );
}
