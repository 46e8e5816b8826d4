// The add/edit form of one custom OpenAI-compatible endpoint. The core checks what is saved; its
// refusal (CUSTOM_ENDPOINT_INVALID names the field) is shown under that field and nothing changes.
// The API key goes to the keychain through the secrets channel under `custom-<slug>`, after the
// endpoint itself was accepted, and the field is emptied right away.
import { useId, useState, type FormEvent } from 'react';
import type { WireError } from '../../../shared/contract/errors';
import { customProviderId, type CustomEndpointConfig } from '../../../shared/providers/index';
import { errorField } from '../../state/connection-settings-store';
import { connectionStore, keysStore, useConnection, useKeys } from '../../state/stores';
import { Button } from '../../ui/Button';
import { InlineError } from '../../ui/InlineError';
import { FieldProblem, problemProps } from './FieldProblem';

export interface CustomEndpointFormProps {
  /** The endpoint being edited, or null to add one. */
  editing: CustomEndpointConfig | null;
  onDone: (savedName: string | null) => void;
}

/** A slug suggestion from the name: "Work gateway (EU)" -> "work-gateway-eu". */
const slugFrom = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);

const modelsFrom = (text: string) =>
  text
    .split(/[\n,]/)
    .map((m) => m.trim())
    .filter(Boolean);

export function CustomEndpointForm({ editing, onDone }: CustomEndpointFormProps) {
  const ids = useId();
  const error = useConnection((s) => s.errors.endpoints);
  const saving = useConnection((s) => s.saving === 'endpoints');
  const existingKey = useKeys((s) => (editing ? s.keys.find((k) => k.id === customProviderId(editing.slug)) : undefined));
  const [name, setName] = useState(editing?.displayName ?? '');
  const [slug, setSlug] = useState(editing?.slug ?? '');
  const [slugTouched, setSlugTouched] = useState(editing !== null);
  const [baseUrl, setBaseUrl] = useState(editing?.baseUrl ?? 'https://');
  const [apiKeyMode, setApiKeyMode] = useState<CustomEndpointConfig['apiKey']>(editing?.apiKey ?? 'required');
  const [key, setKey] = useState('');
  const [models, setModels] = useState(editing?.models.join('\n') ?? '');
  const [streamUsage, setStreamUsage] = useState(editing?.streamUsage ?? false);
  const [maxTokensField, setMaxTokensField] = useState<CustomEndpointConfig['maxTokensField']>(editing?.maxTokensField ?? 'max_tokens');
  const [keyError, setKeyError] = useState<WireError | null>(null);

  const field = errorField(error);
  const problemId = `${ids}-problem`;
  const problemAt = (f: string) => (error && field === f ? <FieldProblem id={problemId} error={error} /> : null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setKeyError(null);
    const endpoint: CustomEndpointConfig = { slug: slug.trim(), displayName: name.trim(), baseUrl: baseUrl.trim(), apiKey: apiKeyMode, models: modelsFrom(models), streamUsage, maxTokensField };
    const ok = await connectionStore.getState().saveEndpoint(endpoint, editing?.slug ?? null);
    if (!ok) return;
    const typedKey = key;
    setKey('');
    if (typedKey && apiKeyMode !== 'none') {
      const keys = keysStore.getState();
      if (!(await keys.save(customProviderId(endpoint.slug), endpoint.displayName, typedKey))) {
        // The endpoint is saved; only its key is missing. Stay on the form and say so.
        setKeyError(keysStore.getState().saveError ?? { code: 'INTERNAL', message: 'The key was not saved.' });
        return;
      }
    }
    onDone(endpoint.displayName);
  };

  return (
    <form className="endpoint-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${ids}-t`} data-testid="endpoint-form" noValidate>
      <h4 id={`${ids}-t`} className="endpoint-form__title">
        {editing ? `Edit “${editing.displayName}”` : 'Add a custom endpoint'}
      </h4>
      <label className="field" htmlFor={`${ids}-name`}>
        <span className="field__label">Name</span>
        <input
          id={`${ids}-name`}
          className="input"
          value={name}
          autoComplete="off"
          onChange={(e) => {
            setName(e.target.value);
            if (!slugTouched) setSlug(slugFrom(e.target.value));
          }}
          {...problemProps(problemId, field === 'displayName')}
          data-testid="endpoint-name"
        />
        {problemAt('displayName')}
      </label>
      <label className="field" htmlFor={`${ids}-slug`}>
        <span className="field__label">Short id (provider id becomes custom-{slug || '…'})</span>
        <input
          id={`${ids}-slug`}
          className="input mono"
          value={slug}
          readOnly={editing !== null}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => {
            setSlug(e.target.value);
            setSlugTouched(true);
          }}
          {...problemProps(problemId, field === 'slug')}
          data-testid="endpoint-slug"
        />
        {problemAt('slug')}
      </label>
      <label className="field" htmlFor={`${ids}-url`}>
        <span className="field__label">Base URL (the part before /chat/completions)</span>
        <input
          id={`${ids}-url`}
          className="input mono"
          type="url"
          inputMode="url"
          spellCheck={false}
          autoComplete="off"
          value={baseUrl}
          onChange={(e) => setBaseUrl(e.target.value)}
          {...problemProps(problemId, field === 'baseUrl')}
          data-testid="endpoint-url"
        />
        {problemAt('baseUrl')}
        <span className="field__hint">https:// required; plain http:// only for this machine (localhost, 127.0.0.1, [::1]). No user:password in the URL.</span>
      </label>
      <label className="field" htmlFor={`${ids}-models`}>
        <span className="field__label">Models (one per line; the first is the default)</span>
        <textarea
          id={`${ids}-models`}
          className="input field__textarea mono"
          rows={3}
          spellCheck={false}
          value={models}
          onChange={(e) => setModels(e.target.value)}
          {...problemProps(problemId, field === 'models')}
          data-testid="endpoint-models"
        />
        {problemAt('models')}
      </label>
      <label className="field" htmlFor={`${ids}-keymode`}>
        <span className="field__label">API key</span>
        <select id={`${ids}-keymode`} className="select" value={apiKeyMode} onChange={(e) => setApiKeyMode(e.target.value as CustomEndpointConfig['apiKey'])} data-testid="endpoint-key-mode">
          <option value="required">Required (sent as Authorization: Bearer …)</option>
          <option value="optional">Optional (sent when one is saved)</option>
          <option value="none">None (never send a key)</option>
        </select>
      </label>
      {apiKeyMode !== 'none' ? (
        <label className="field" htmlFor={`${ids}-key`}>
          <span className="field__label">{existingKey ? `Replace key (now ••••${existingKey.last4}; leave empty to keep it)` : 'Key (stored in the OS keychain, never shown again)'}</span>
          <input id={`${ids}-key`} className="input mono" type="password" autoComplete="off" spellCheck={false} value={key} onChange={(e) => setKey(e.target.value)} data-testid="endpoint-key" />
        </label>
      ) : null}
      <label className="checkline" htmlFor={`${ids}-usage`}>
        <input id={`${ids}-usage`} type="checkbox" checked={streamUsage} onChange={(e) => setStreamUsage(e.target.checked)} data-testid="endpoint-usage" />
        <span>
          Ask for token usage (<code>stream_options.include_usage</code>; some servers reject it)
        </span>
      </label>
      <label className="field" htmlFor={`${ids}-maxtok`}>
        <span className="field__label">Max tokens field</span>
        <select id={`${ids}-maxtok`} className="select" value={maxTokensField} onChange={(e) => setMaxTokensField(e.target.value as CustomEndpointConfig['maxTokensField'])}>
          <option value="max_tokens">max_tokens (most servers)</option>
          <option value="max_completion_tokens">max_completion_tokens (newer OpenAI models)</option>
        </select>
      </label>
      <p className="facts__note">Privacy facts for your own endpoint are unknown to Veil: jurisdiction, retention and training show as “unknown”.</p>
      {error && !field ? <InlineError context="The endpoint was not saved." error={error} testId="endpoint-error" /> : null}
      {error && field ? (
        <p className="visually-hidden" role="alert">
          {error.message}
        </p>
      ) : null}
      {keyError ? <InlineError context="The endpoint is saved, but its key was not." error={keyError} testId="endpoint-key-error" /> : null}
      <div className="endpoint-form__actions">
        <Button type="submit" variant="primary" unavailable={saving} data-testid="endpoint-save">
          {editing ? 'Save changes' : 'Add endpoint'}
        </Button>
        <Button
          variant="quiet"
          onClick={() => {
            connectionStore.getState().clearError('endpoints');
            onDone(null);
          }}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}
