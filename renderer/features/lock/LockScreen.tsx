// Shown in the main pane while the vault is not open: unlock with the passphrase, choose a first
// passphrase (no OS keychain), or explain that the keychain holding the key is unreachable.
// Wrong passphrases and the retry-later throttle get their own clear messages.
import { useId, useState, type FormEvent } from 'react';
import { lockStore, useLock } from '../../state/stores';
import { Button } from '../../ui/Button';
import { LockIcon } from '../../ui/icons';
import { InlineError } from '../../ui/InlineError';
import { useSecondsUntil } from '../../ui/use-seconds-until';
import './lock.css';

export function LockScreen() {
  const status = useLock((s) => s.status);
  const loadError = useLock((s) => s.error);
  const attemptError = useLock((s) => s.attemptError);
  const busy = useLock((s) => s.busy);
  const retryAt = useLock((s) => s.retryAt);
  const wait = useSecondsUntil(retryAt);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const fieldId = useId();
  const setup = status?.state === 'setup-required';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || wait > 0) return;
    if (setup) {
      if (passphrase !== confirm) {
        setMismatch(true);
        return;
      }
      setMismatch(false);
      if (await lockStore.getState().setup(passphrase)) setPassphrase('');
    } else if (await lockStore.getState().unlock(passphrase)) setPassphrase('');
    setConfirm('');
  };

  if (loadError) {
    return (
      <div className="lock" data-testid="lock-screen" data-state="error">
        <div className="lock__card">
          <LockIcon width={28} height={28} className="lock__icon" />
          <h1 className="lock__title">Veil could not open your vault</h1>
          <InlineError context="Opening the vault failed." error={loadError} testId="lock-error" />
          <Button variant="secondary" onClick={() => void lockStore.getState().load()}>
            Try again
          </Button>
        </div>
      </div>
    );
  }
  if (!status || status.state === 'unlocked') return null;

  if (status.state === 'key-unavailable') {
    return (
      <div className="lock" data-testid="lock-screen" data-state={status.state}>
        <div className="lock__card">
          <LockIcon width={28} height={28} className="lock__icon" />
          <h1 className="lock__title">The OS keychain is not available</h1>
          <p className="lock__text">Your vault key is kept in the operating system’s keychain, which Veil cannot reach right now. Unlock your keyring (or log in again), then try again.</p>
          <Button variant="primary" onClick={() => void lockStore.getState().load()} data-testid="lock-retry">
            Try again
          </Button>
        </div>
      </div>
    );
  }

  const wrong = attemptError?.code === 'PASSPHRASE_WRONG';
  const later = attemptError?.code === 'PASSPHRASE_RETRY_LATER' || wait > 0;
  return (
    <div className="lock" data-testid="lock-screen" data-state={status.state}>
      <form className="lock__card" onSubmit={(e) => void submit(e)}>
        <LockIcon width={28} height={28} className="lock__icon" />
        <h1 className="lock__title">{setup ? 'Choose a passphrase' : 'Veil is locked'}</h1>
        <p className="lock__text">
          {setup
            ? 'No OS keychain is available, so your vault key will be protected by a passphrase instead. Veil never stores keys in plain text. There is no way to recover a forgotten passphrase.'
            : 'Enter your passphrase to open your conversations and API keys.'}
        </p>
        <label className="field" htmlFor={`${fieldId}-p`}>
          <span className="field__label">Passphrase</span>
          <input
            id={`${fieldId}-p`}
            className="input"
            type="password"
            autoComplete={setup ? 'new-password' : 'current-password'}
            minLength={setup ? 8 : undefined}
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            autoFocus
            required
            data-testid="passphrase-input"
          />
        </label>
        {setup ? (
          <label className="field" htmlFor={`${fieldId}-c`}>
            <span className="field__label">Repeat the passphrase</span>
            <input
              id={`${fieldId}-c`}
              className="input"
              type="password"
              autoComplete="new-password"
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
              required
              data-testid="passphrase-confirm"
            />
          </label>
        ) : null}
        {mismatch ? (
          <p className="lock__message lock__message--error" role="alert">
            The two passphrases differ.
          </p>
        ) : null}
        {wrong && !later ? (
          <p className="lock__message lock__message--error" role="alert" data-testid="lock-wrong">
            That passphrase is not correct. Check Caps Lock and try again.
          </p>
        ) : null}
        {later ? (
          <p className="lock__message lock__message--warn" role="alert" data-testid="lock-retry-later">
            Too many wrong passphrases. {wait > 0 ? `Try again in ${wait} s.` : 'You can try again now.'}
          </p>
        ) : null}
        {attemptError && !wrong && attemptError.code !== 'PASSPHRASE_RETRY_LATER' ? <InlineError context="Could not unlock." error={attemptError} /> : null}
        <Button type="submit" variant="primary" unavailable={busy || wait > 0} data-testid="unlock-button">
          {setup ? 'Create vault' : busy ? 'Unlocking…' : 'Unlock'}
        </Button>
      </form>
    </div>
  );
}
