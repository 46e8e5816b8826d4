// API keys per provider: add or replace (a password field, emptied once saved) and remove. The
// list shows only what the core lists: label, date and the last 4 characters, never a key.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { usePickableProviders } from '../composer/use-providers';
import { selectIsUnlocked } from '../../state/lock-store';
import { keysStore, useKeys, useLock } from '../../state/stores';
import { Button } from '../../ui/Button';
import { IconButton } from '../../ui/IconButton';
import { TrashIcon } from '../../ui/icons';
import { InlineError } from '../../ui/InlineError';
import './settings.css';

export function ApiKeysSection() {
  // Built-in providers and the user's custom endpoints (Settings → Providers) that take a key.
  const providers = usePickableProviders();
  const keyed = providers.filter((p) => p.apiKey !== 'none');
  const unlocked = useLock(selectIsUnlocked);
  const keys = useKeys((s) => s.keys);
  const loadError = useKeys((s) => s.error);
  const saveError = useKeys((s) => s.saveError);
  const [providerId, setProviderId] = useState(keyed[0]?.id ?? '');
  const [value, setValue] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = useId();

  useEffect(() => {
    if (unlocked) void keysStore.getState().load();
  }, [unlocked]);

  const provider = keyed.find((p) => p.id === providerId);
  const existing = keys.find((k) => k.id === providerId);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!provider || !value || busy) return;
    setBusy(true);
    const ok = await keysStore.getState().save(provider.id, provider.displayName, value);
    setBusy(false);
    // Cleared either way: a key never lingers in the page longer than needed.
    setValue('');
    setSaved(ok ? provider.displayName : null);
  };

  return (
    <section className="settings-section" aria-labelledby={`${ids}-t`} data-testid="api-keys">
      <h3 id={`${ids}-t`} className="settings-section__title">
        API keys
      </h3>
      {!unlocked ? <p className="facts__note">Unlock Veil to manage API keys.</p> : null}
      {keys.length > 0 ? (
        <ul className="keys" data-testid="api-key-list">
          {keys.map((k) => (
            <li key={k.id} className="keys__row" data-testid="api-key-row" data-id={k.id}>
              <span className="keys__label">{k.label}</span>
              <span className="keys__last4 mono" aria-label={`ending in ${k.last4}`}>
                ••••{k.last4}
              </span>
              <span className="keys__date">added {new Date(k.createdAt).toLocaleDateString()}</span>
              <IconButton label={`Remove the ${k.label} key`} onClick={() => void keysStore.getState().remove(k.id)} data-testid="api-key-delete">
                <TrashIcon width={16} height={16} />
              </IconButton>
            </li>
          ))}
        </ul>
      ) : unlocked ? (
        <p className="facts__note">No API keys yet. The Preview provider and local servers work without one.</p>
      ) : null}
      {unlocked ? (
        <form className="keys__form" onSubmit={(e) => void submit(e)}>
          <label className="field" htmlFor={`${ids}-p`}>
            <span className="field__label">Provider</span>
            <select id={`${ids}-p`} className="select" value={providerId} onChange={(e) => setProviderId(e.target.value)} data-testid="api-key-provider">
              {keyed.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName}
                </option>
              ))}
            </select>
          </label>
          <label className="field" htmlFor={`${ids}-k`}>
            <span className="field__label">{existing ? `Replace key (now ••••${existing.last4})` : 'API key'}</span>
            <input
              id={`${ids}-k`}
              className="input mono"
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={value}
              onChange={(e) => {
                setValue(e.target.value);
                setSaved(null);
              }}
              data-testid="api-key-input"
            />
          </label>
          <Button type="submit" variant="primary" unavailable={!value || busy} data-testid="api-key-save">
            {existing ? 'Replace key' : 'Save key'}
          </Button>
          {saved ? (
            <p className="facts__note" role="status">
              Saved the {saved} key. It is stored encrypted and never shown again.
            </p>
          ) : null}
        </form>
      ) : null}
      {saveError ? <InlineError context="Could not save the key." error={saveError} testId="api-key-error" /> : null}
      {loadError ? <InlineError context="Could not list the keys." error={loadError} /> : null}
    </section>
  );
}
