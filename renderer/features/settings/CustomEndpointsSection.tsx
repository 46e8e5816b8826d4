// Settings → Providers: the user's own OpenAI-compatible endpoints (a company gateway, vLLM,
// LiteLLM...). Listed with their address and whether a key is saved; added, edited and removed
// here. Removing one also deletes its key, and the gate stops allowing its host at once.
import { useEffect, useId, useState } from 'react';
import { customProviderId, MAX_CUSTOM_ENDPOINTS, type CustomEndpointConfig } from '../../../shared/providers/index';
import { selectIsUnlocked } from '../../state/lock-store';
import { connectionStore, keysStore, useConnection, useKeys, useLock, useSettings } from '../../state/stores';
import { Button } from '../../ui/Button';
import { IconButton } from '../../ui/IconButton';
import { PencilIcon, PlusIcon, TrashIcon } from '../../ui/icons';
import { InlineError } from '../../ui/InlineError';
import { CustomEndpointForm } from './CustomEndpointForm';
import './connection.css';

const NONE: readonly CustomEndpointConfig[] = [];

type Mode = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; slug: string } | { kind: 'confirm-remove'; slug: string };

export function CustomEndpointsSection() {
  const ids = useId();
  const endpoints = useSettings((s) => s.settings?.customEndpoints ?? NONE);
  const keys = useKeys((s) => s.keys);
  const unlocked = useLock(selectIsUnlocked);
  const error = useConnection((s) => s.errors.endpoints);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    if (unlocked) void keysStore.getState().load();
  }, [unlocked]);

  const open = (next: Mode) => {
    connectionStore.getState().clearError('endpoints');
    setStatus(null);
    setMode(next);
  };

  const remove = async (e: CustomEndpointConfig) => {
    const ok = await connectionStore.getState().removeEndpoint(e.slug);
    if (!ok) return;
    const id = customProviderId(e.slug);
    // Its key has no use any more; it leaves the keychain with the endpoint.
    if (keysStore.getState().keys.some((k) => k.id === id)) await keysStore.getState().remove(id);
    setMode({ kind: 'list' });
    setStatus(`Removed “${e.displayName}”.`);
  };

  const editing = mode.kind === 'edit' ? (endpoints.find((e) => e.slug === mode.slug) ?? null) : null;

  return (
    <section className="settings-section" aria-labelledby={`${ids}-t`} data-testid="custom-endpoints">
      <h3 id={`${ids}-t`} className="settings-section__title">
        Providers
      </h3>
      <p className="facts__note">
        Custom OpenAI-compatible endpoints (a company gateway, vLLM, LiteLLM, llama.cpp). They appear in the composer’s provider menu, and Veil sends only to the address you enter here.
      </p>
      {endpoints.length > 0 ? (
        <ul className="endpoints" data-testid="endpoint-list">
          {endpoints.map((e) => {
            const id = customProviderId(e.slug);
            const key = keys.find((k) => k.id === id);
            return (
              <li key={e.slug} className="endpoints__row" data-testid="endpoint-row" data-slug={e.slug}>
                <span className="endpoints__main">
                  <span className="endpoints__name">{e.displayName}</span>
                  <span className="endpoints__url mono">{e.baseUrl}</span>
                  <span className="endpoints__meta">
                    {id} · {e.models.join(', ')} ·{' '}
                    {e.apiKey === 'none' ? 'no key' : key ? `key ••••${key.last4}` : e.apiKey === 'required' ? <span className="endpoints__missing">key missing</span> : 'no key saved'}
                  </span>
                </span>
                {mode.kind === 'confirm-remove' && mode.slug === e.slug ? (
                  <span className="endpoints__confirm" role="group" aria-label={`Remove ${e.displayName}?`}>
                    <Button className="btn--danger" onClick={() => void remove(e)} data-testid="endpoint-remove-confirm">
                      Remove
                    </Button>
                    <Button variant="quiet" onClick={() => setMode({ kind: 'list' })}>
                      Keep
                    </Button>
                  </span>
                ) : (
                  <span className="endpoints__actions">
                    <IconButton label={`Edit ${e.displayName}`} onClick={() => open({ kind: 'edit', slug: e.slug })} data-testid="endpoint-edit">
                      <PencilIcon width={16} height={16} />
                    </IconButton>
                    <IconButton label={`Remove ${e.displayName}`} onClick={() => open({ kind: 'confirm-remove', slug: e.slug })} data-testid="endpoint-remove">
                      <TrashIcon width={16} height={16} />
                    </IconButton>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      {mode.kind === 'confirm-remove' ? <p className="facts__note">Removing an endpoint also deletes its saved key. Conversations that used it stay, but cannot send to it any more.</p> : null}
      {mode.kind === 'add' || editing ? (
        <CustomEndpointForm
          key={editing?.slug ?? 'new'}
          editing={editing}
          onDone={(saved) => {
            setMode({ kind: 'list' });
            setStatus(saved ? `Saved “${saved}”. Pick it in the composer’s provider menu.` : null);
          }}
        />
      ) : (
        <Button icon={<PlusIcon width={16} height={16} />} unavailable={endpoints.length >= MAX_CUSTOM_ENDPOINTS} onClick={() => open({ kind: 'add' })} data-testid="endpoint-add">
          Add custom endpoint
        </Button>
      )}
      {status ? (
        <p className="facts__note" role="status" data-testid="endpoint-status">
          {status}
        </p>
      ) : null}
      {error && mode.kind !== 'add' && mode.kind !== 'edit' ? <InlineError context="Could not change the endpoints." error={error} /> : null}
      {!unlocked ? <p className="facts__note">Unlock Veil to save API keys for your endpoints.</p> : null}
    </section>
  );
}
