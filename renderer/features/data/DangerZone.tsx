// Key rotation ("Re-encrypt with a new key", confirmed first) and "Wipe everything" (typed WIPE,
// with the choice to delete API keys too). After a wipe the whole UI starts fresh: the stores are
// reset by data-stores.ts, and without a keychain the lock screen asks for a new passphrase.
import { useState, type FormEvent } from 'react';
import { securityStore, useSecurity } from '../../state/data-stores';
import { useLock } from '../../state/stores';
import { Button } from '../../ui/Button';
import { InlineError } from '../../ui/InlineError';
import { Subsection } from './Subsection';

export function DangerZone() {
  const busy = useSecurity((s) => s.busy);
  const failure = useSecurity((s) => s.failure);
  const done = useSecurity((s) => s.done);
  const mode = useLock((s) => s.status?.mode ?? null);
  const [confirmRotate, setConfirmRotate] = useState(false);
  const [typed, setTyped] = useState('');
  const [apiKeysToo, setApiKeysToo] = useState(false);
  const passphraseMode = mode === 'passphrase';

  const rotate = async () => {
    setConfirmRotate(false);
    await securityStore.getState().rotateKey();
  };

  const wipe = async (e: FormEvent) => {
    e.preventDefault();
    if (typed !== 'WIPE' || busy) return;
    if (await securityStore.getState().wipe(apiKeysToo || passphraseMode)) {
      setTyped('');
      setApiKeysToo(false);
    }
  };

  return (
    <Subsection title="Key rotation and wipe" tone="danger" testId="data-danger">
      <div className="data-row">
        <div className="data-row__text">
          <span className="data-row__title">Re-encrypt with a new key</span>
          <span className="facts__note">Encrypts the whole vault under a new random key and destroys the old one. Old copies of the database can then no longer be opened.</span>
        </div>
        {confirmRotate ? null : (
          <Button variant="secondary" unavailable={busy !== null} onClick={() => setConfirmRotate(true)} data-testid="rotate-key">
            {busy === 'rotate' ? 'Re-encrypting…' : 'Re-encrypt…'}
          </Button>
        )}
      </div>
      {confirmRotate ? (
        <div className="data-confirm" role="group" aria-label="Confirm key rotation">
          <p>Re-encrypt the vault now? Keep Veil open until it is done; large vaults take a while.</p>
          <div className="data-form__actions">
            <Button variant="primary" onClick={() => void rotate()} data-testid="rotate-confirm">
              Re-encrypt now
            </Button>
            <Button variant="quiet" onClick={() => setConfirmRotate(false)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : null}
      {done === 'rotate' ? (
        <p className="data-ok" role="status" data-testid="rotate-done">
          Done: the vault is encrypted with a new key, and the old key is destroyed.
        </p>
      ) : null}
      {failure?.action === 'rotate' ? <InlineError context="The key was not rotated; the vault still opens with the current key." error={failure.error} testId="rotate-error" /> : null}

      <form className="data-wipe" onSubmit={(e) => void wipe(e)} noValidate data-testid="wipe">
        <span className="data-row__title">Wipe everything</span>
        <p className="facts__note data-wipe__text">This destroys, on this device and for good:</p>
        <ul className="data-wipe__list">
          <li>every saved conversation, message, search entry and placeholder mapping;</li>
          <li>the transparency ledger and the audit log;</li>
          <li>the vault key (in the OS keychain and in Veil’s key files) and your settings;</li>
          <li>{passphraseMode ? 'your API keys (in passphrase mode they live inside the vault, so they always go).' : 'your API keys, only if you tick the box below.'}</li>
        </ul>
        <p className="facts__note">Exports you saved elsewhere are not touched. Veil then starts fresh{passphraseMode ? ' and asks for a new passphrase' : ''}.</p>
        {passphraseMode ? null : (
          <label className="check">
            <input className="check__box" type="checkbox" checked={apiKeysToo} onChange={(e) => setApiKeysToo(e.target.checked)} data-testid="wipe-api-keys" />
            <span className="check__label">Also delete my API keys</span>
          </label>
        )}
        <label className="field">
          <span className="field__label">
            Type <code className="mono">WIPE</code> to confirm
          </span>
          <input className="input mono data-wipe__confirm" autoComplete="off" spellCheck={false} value={typed} onChange={(e) => setTyped(e.target.value)} data-testid="wipe-confirm" />
        </label>
        <div className="data-form__actions">
          <Button type="submit" variant="primary" className="btn--danger" unavailable={typed !== 'WIPE' || busy !== null} data-testid="wipe-run">
            {busy === 'wipe' ? 'Wiping…' : 'Wipe everything'}
          </Button>
        </div>
      </form>
      {done === 'wipe' ? (
        <p className="data-ok" role="status" data-testid="wipe-done">
          Everything was wiped. Veil has started fresh.
        </p>
      ) : null}
      {failure?.action === 'wipe' ? <InlineError context="The wipe did not finish." error={failure.error} testId="wipe-error" /> : null}
    </Subsection>
  );
}
