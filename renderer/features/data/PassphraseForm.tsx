// Set, change or remove the app-lock passphrase (or, in passphrase mode, the passphrase itself).
// The new one is typed twice; the current one is checked by the core, whose growing delay after
// wrong tries is shown as a countdown. Fields are emptied after every attempt.
import { useId, useState, type FormEvent } from 'react';
import { passphraseProblem, type PassphrasePurpose } from '../../state/security-store';
import { securityStore, useSecurity } from '../../state/data-stores';
import { Button } from '../../ui/Button';
import { InlineError } from '../../ui/InlineError';
import { useSecondsUntil } from '../../ui/use-seconds-until';

export type PassphraseFormKind = 'set' | 'change' | 'remove';

export interface PassphraseFormProps {
  kind: PassphraseFormKind;
  purpose: PassphrasePurpose;
  onDone: () => void;
  onCancel: () => void;
}

const SUBMIT: Record<PassphraseFormKind, Record<PassphrasePurpose, string>> = {
  set: { 'app-lock': 'Set app lock', passphrase: 'Use passphrase only' },
  change: { 'app-lock': 'Change app lock', passphrase: 'Change passphrase' },
  remove: { 'app-lock': 'Remove app lock', passphrase: 'Move key to the keychain' },
};

export function PassphraseForm({ kind, purpose, onDone, onCancel }: PassphraseFormProps) {
  const ids = useId();
  const busy = useSecurity((s) => s.busy === 'set-passphrase' || s.busy === 'remove-passphrase');
  const failure = useSecurity((s) => (s.failure?.action === 'set-passphrase' || s.failure?.action === 'remove-passphrase' ? s.failure.error : null));
  const wait = useSecondsUntil(useSecurity((s) => s.retryAt));
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const needsCurrent = kind !== 'set';
  const needsNext = kind !== 'remove';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || wait > 0) return;
    if (needsNext && next.length < 8) return setLocal('Use at least 8 characters.');
    if (needsNext && next !== confirm) return setLocal('The two new passphrases differ.');
    setLocal(null);
    const store = securityStore.getState();
    const ok =
      kind === 'remove' ? await store.removePassphrase(current) : await store.setPassphrase({ ...(needsCurrent ? { current } : {}), next, purpose });
    setCurrent('');
    setNext('');
    setConfirm('');
    if (ok) onDone();
  };

  const problem = failure ? passphraseProblem(failure) : null;
  return (
    <form className="data-form data-form--boxed" onSubmit={(e) => void submit(e)} noValidate data-testid="passphrase-form" data-kind={kind}>
      {needsCurrent ? (
        <label className="field" htmlFor={`${ids}-c`}>
          <span className="field__label">Current passphrase</span>
          <input id={`${ids}-c`} className="input" type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} data-testid="passphrase-current" />
        </label>
      ) : null}
      {needsNext ? (
        <>
          <label className="field" htmlFor={`${ids}-n`}>
            <span className="field__label">New passphrase (at least 8 characters)</span>
            <input id={`${ids}-n`} className="input" type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} data-testid="passphrase-next" />
          </label>
          <label className="field" htmlFor={`${ids}-r`}>
            <span className="field__label">Repeat the new passphrase</span>
            <input id={`${ids}-r`} className="input" type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} data-testid="passphrase-repeat" />
          </label>
        </>
      ) : null}
      {local ? (
        <p className="field__problem" role="alert" data-testid="passphrase-problem">
          {local}
        </p>
      ) : null}
      {failure && (problem || wait > 0) ? (
        <p className="field__problem" role="alert" data-testid="passphrase-refused" data-code={failure.code}>
          {problem ?? 'Too many wrong passphrases.'} {wait > 0 ? `Try again in ${wait} s.` : failure.code === 'PASSPHRASE_RETRY_LATER' ? 'You can try again now.' : ''}
        </p>
      ) : failure ? (
        <InlineError context="Nothing was changed." error={failure} testId="passphrase-error" />
      ) : null}
      <div className="data-form__actions">
        <Button type="submit" variant={kind === 'remove' ? 'secondary' : 'primary'} unavailable={busy || wait > 0} data-testid="passphrase-submit">
          {busy ? 'Checking…' : SUBMIT[kind][purpose]}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
