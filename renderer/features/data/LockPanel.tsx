// Lock: where the vault key is held (OS keychain, keychain + app lock, or passphrase mode when
// there is no keychain), "Lock now", auto-lock after N idle minutes, and the app-lock passphrase
// (set / change / remove). The state shown is always the core's LockStatus.
import { useId, useState, type FormEvent } from 'react';
import type { LockStatus } from '../../../shared/contract/channels/secrets';
import { securityStore, useSecurity } from '../../state/data-stores';
import { useLock } from '../../state/stores';
import { Button } from '../../ui/Button';
import { InlineError } from '../../ui/InlineError';
import { PassphraseForm, type PassphraseFormKind } from './PassphraseForm';
import { Subsection } from './Subsection';

function protection(s: LockStatus): { summary: string; text: string } {
  if (s.state === 'setup-required') return { summary: 'No vault yet', text: 'No OS keychain is available: choose a passphrase on the main screen to create your vault.' };
  if (s.state === 'key-unavailable') return { summary: 'Keychain unreachable', text: 'Your vault key is in the OS keychain, which Veil cannot reach right now. Unlock your keyring, then try again on the main screen.' };
  if (s.mode === 'passphrase') {
    return s.keychainAvailable
      ? { summary: 'Passphrase only', text: 'Your vault key is protected only by your passphrase (it is not in the OS keychain).' }
      : { summary: 'Passphrase mode', text: 'No OS keychain is available, so your vault key is protected by your passphrase. Veil never stores it in plain text.' };
  }
  if (s.appLock) return { summary: 'Keychain + app lock', text: 'Your vault key is in the OS keychain, and Veil asks for your app-lock passphrase before it opens.' };
  return { summary: 'OS keychain', text: 'Your vault key is in the OS keychain. Add an app lock to have Veil ask for a passphrase too.' };
}

export function LockPanel() {
  const ids = useId();
  const status = useLock((s) => s.status);
  const busy = useSecurity((s) => s.busy);
  const failure = useSecurity((s) => s.failure);
  const done = useSecurity((s) => s.done);
  const [form, setForm] = useState<PassphraseFormKind | null>(null);
  // null: the field shows what the core holds; text: the user is editing.
  const [typed, setTyped] = useState<string | null>(null);
  const [minutesProblem, setMinutesProblem] = useState(false);

  if (!status) return null;
  const minutes = typed ?? String(status.autoLockMinutes);
  const { summary, text } = protection(status);
  const lockable = status.mode === 'passphrase' || status.appLock;
  const purpose = status.mode === 'passphrase' ? 'passphrase' : 'app-lock';

  const saveMinutes = async (e: FormEvent) => {
    e.preventDefault();
    const ok = /^\d{1,4}$/.test(minutes.trim()) && Number(minutes) <= 1440;
    setMinutesProblem(!ok);
    if (ok && (await securityStore.getState().setAutoLock(Number(minutes)))) setTyped(null);
  };

  return (
    <Subsection title="Lock" summary={summary} testId="data-lock" defaultOpen>
      <p className="facts__note" data-testid="lock-mode" data-mode={status.mode ?? 'none'} data-app-lock={String(status.appLock)}>
        {text}
      </p>
      <div className="data-row">
        <div className="data-row__text">
          <span className="data-row__title">Lock now</span>
          <span className="facts__note">{lockable ? 'Closes the vault until you enter your passphrase again.' : 'Set an app lock first: without a passphrase there is nothing to unlock with.'}</span>
        </div>
        <Button variant="secondary" unavailable={!lockable || busy !== null || status.state !== 'unlocked'} onClick={() => void securityStore.getState().lockNow()} data-testid="lock-now">
          Lock now
        </Button>
      </div>
      <form className="data-row" onSubmit={(e) => void saveMinutes(e)} noValidate>
        <label className="data-row__text" htmlFor={`${ids}-m`}>
          <span className="data-row__title">Auto-lock after</span>
          <span className="facts__note">{lockable ? 'Minutes without activity; 0 turns it off.' : 'Takes effect once a passphrase or app lock is set.'}</span>
        </label>
        <span className="data-inline">
          <input
            id={`${ids}-m`}
            className="input data-inline__number"
            inputMode="numeric"
            value={minutes}
            onChange={(e) => setTyped(e.target.value)}
            aria-invalid={minutesProblem || undefined}
            aria-describedby={minutesProblem ? `${ids}-mp` : undefined}
            data-testid="auto-lock-minutes"
          />
          <span className="days-choice__unit">min</span>
          <Button type="submit" variant="secondary" unavailable={busy !== null} data-testid="auto-lock-save">
            Set
          </Button>
        </span>
      </form>
      {minutesProblem ? (
        <p className="field__problem" id={`${ids}-mp`} role="alert">
          Enter whole minutes from 0 to 1440.
        </p>
      ) : null}
      {done === 'auto-lock' ? (
        <p className="data-ok" role="status" data-testid="auto-lock-saved">
          {status.autoLockMinutes === 0 ? 'Auto-lock is off.' : `Veil locks after ${status.autoLockMinutes} min without activity.`}
        </p>
      ) : null}
      {failure && (failure.action === 'lock' || failure.action === 'auto-lock') ? <InlineError context="Nothing was changed." error={failure.error} testId="lock-action-error" /> : null}

      {status.state !== 'unlocked' ? null : form ? (
        <PassphraseForm
          kind={form}
          purpose={purpose}
          onDone={() => setForm(null)}
          onCancel={() => {
            setForm(null);
            securityStore.getState().clear();
          }}
        />
      ) : (
        <div className="data-form__actions">
          {status.mode === 'keychain' && !status.appLock ? (
            <Button variant="secondary" onClick={() => setForm('set')} data-testid="app-lock-set">
              Set an app lock…
            </Button>
          ) : (
            <Button variant="secondary" onClick={() => setForm('change')} data-testid="passphrase-change">
              {status.appLock ? 'Change app lock…' : 'Change passphrase…'}
            </Button>
          )}
          {status.appLock || (status.mode === 'passphrase' && status.keychainAvailable) ? (
            <Button variant="quiet" onClick={() => setForm('remove')} data-testid="passphrase-remove">
              {status.appLock ? 'Remove app lock…' : 'Move key to the OS keychain…'}
            </Button>
          ) : null}
        </div>
      )}
      {!form && (done === 'set-passphrase' || done === 'remove-passphrase') ? (
        <p className="data-ok" role="status" data-testid="passphrase-saved">
          {done === 'remove-passphrase' ? 'Done: the vault key is back in the OS keychain alone.' : 'Saved. Use the new passphrase from now on; there is no way to recover it.'}
        </p>
      ) : null}
    </Subsection>
  );
}
