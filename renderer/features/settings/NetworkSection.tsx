// Settings → Network: proxy (System / Direct / Explicit with URL and no-proxy list), "TLS 1.3
// only" and a custom CA bundle, edited as one draft and saved together. The core checks the values;
// a refusal is shown under the field it is about and the stored settings stay as they were.
import { useId, useState, type FormEvent } from 'react';
import type { WireError } from '../../../shared/contract/errors';
import type { NetworkSettings, ProxySettings } from '../../../shared/egress/network-settings';
import { errorField } from '../../state/connection-settings-store';
import { connectionStore, useConnection, useSettings } from '../../state/stores';
import { Button } from '../../ui/Button';
import { InlineError } from '../../ui/InlineError';
import { FieldProblem, problemProps } from './FieldProblem';
import './connection.css';

// `name` is the radio's accessible name: "System" alone would be ambiguous beside the theme's "System".
const MODES: ReadonlyArray<{ value: ProxySettings['mode']; label: string; name: string; hint: string }> = [
  { value: 'system', label: 'System', name: 'System proxy', hint: 'Use the proxy configured in your operating system.' },
  { value: 'direct', label: 'Direct', name: 'Direct connection', hint: 'Connect straight to the provider, never through a proxy.' },
  { value: 'explicit', label: 'Explicit', name: 'Explicit proxy', hint: 'Send every request through the proxy below, except the hosts listed under “No proxy for”.' },
];

interface Draft {
  mode: ProxySettings['mode'];
  url: string;
  noProxy: string;
  tls13Only: boolean;
  customCaPem: string;
}

const draftOf = (n: NetworkSettings): Draft => ({
  mode: n.proxy.mode,
  url: n.proxy.url ?? '',
  noProxy: n.proxy.noProxy.join('\n'),
  tls13Only: n.tls13Only,
  customCaPem: n.customCaPem ?? '',
});

const lines = (text: string) =>
  text
    .split(/[\n,]/)
    .map((l) => l.trim())
    .filter(Boolean);

const same = (a: Draft, b: Draft) => (Object.keys(a) as Array<keyof Draft>).every((k) => a[k] === b[k]);

export function NetworkSection() {
  const network = useSettings((s) => s.settings?.network ?? null);
  // Lives here: the form re-mounts after a save and would forget it.
  const [saved, setSaved] = useState(false);
  if (!network) return null;
  // Re-mounted with the stored values after every save, so the draft never drifts from them.
  return <NetworkForm key={JSON.stringify(network)} network={network} saved={saved} setSaved={setSaved} />;
}

function NetworkForm({ network, saved, setSaved }: { network: NetworkSettings; saved: boolean; setSaved: (saved: boolean) => void }) {
  const ids = useId();
  const stored = draftOf(network);
  const [draft, setDraft] = useState<Draft>(stored);
  const [localError, setLocalError] = useState<WireError | null>(null);
  const coreError = useConnection((s) => s.errors.network);
  const saving = useConnection((s) => s.saving === 'network');
  const error = localError ?? coreError;
  const field = errorField(error);
  const problemId = `${ids}-problem`;
  const at = (prefix: string) => field !== null && field.startsWith(prefix);
  const problemAt = (prefix: string) => (error && at(prefix) ? <FieldProblem id={problemId} error={error} /> : null);
  const dirty = !same(draft, stored);

  const edit = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSaved(false);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!dirty || saving) return;
    setLocalError(null);
    if (draft.mode === 'explicit' && !draft.url.trim()) {
      setLocalError({ code: 'PROXY_URL_MISSING', message: 'Enter the proxy address, e.g. http://proxy.example:3128.', details: { field: 'proxy.url' } });
      return;
    }
    const patch: Partial<NetworkSettings> = {
      tls13Only: draft.tls13Only,
      customCaPem: draft.customCaPem.trim() ? draft.customCaPem.trim() : null,
      proxy: { mode: draft.mode, url: draft.url.trim() || null, noProxy: lines(draft.noProxy) },
    };
    // On success the section re-mounts with the stored values; the status line says so.
    if (await connectionStore.getState().saveNetwork(patch)) setSaved(true);
  };

  const mode = MODES.find((m) => m.value === draft.mode) ?? MODES[0]!;
  return (
    <section className="settings-section" aria-labelledby={`${ids}-t`} data-testid="network-settings">
      <h3 id={`${ids}-t`} className="settings-section__title">
        Network
      </h3>
      <form className="network-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="network-form__part">
          <fieldset className="network-form__group" aria-describedby={`${ids}-mode-hint`}>
            <legend className="network-form__legend">Proxy</legend>
            <div className="segmented" data-testid="proxy-mode">
              {MODES.map((m) => (
                <label key={m.value} className="segmented__option">
                  <input type="radio" name={`${ids}-mode`} value={m.value} checked={draft.mode === m.value} onChange={() => edit({ mode: m.value })} className="segmented__input" aria-label={m.name} />
                  <span className="segmented__label">{m.label}</span>
                </label>
              ))}
            </div>
            <p id={`${ids}-mode-hint`} className="facts__note">
              {mode.hint}
            </p>
            {draft.mode === 'explicit' ? (
              <>
                <label className="field" htmlFor={`${ids}-url`}>
                  <span className="field__label">Proxy URL</span>
                  <input
                    id={`${ids}-url`}
                    className="input mono"
                    type="url"
                    placeholder="http://proxy.example:3128"
                    spellCheck={false}
                    autoComplete="off"
                    value={draft.url}
                    onChange={(e) => edit({ url: e.target.value })}
                    {...problemProps(problemId, at('proxy.url'))}
                    data-testid="proxy-url"
                  />
                  {problemAt('proxy.url')}
                </label>
                <label className="field" htmlFor={`${ids}-noproxy`}>
                  <span className="field__label">No proxy for (one per line)</span>
                  <textarea
                    id={`${ids}-noproxy`}
                    className="input field__textarea mono"
                    rows={3}
                    spellCheck={false}
                    placeholder={'llm.internal.example\n.corp.example\n10.0.0.0/8'}
                    value={draft.noProxy}
                    onChange={(e) => edit({ noProxy: e.target.value })}
                    {...problemProps(problemId, at('proxy.noProxy'))}
                    data-testid="proxy-no-proxy"
                  />
                  {problemAt('proxy.noProxy')}
                  <span className="field__hint">A host also covers its subdomains; .example.com, host:port, CIDR ranges and * work too. This machine (localhost) never goes through a proxy.</span>
                </label>
              </>
            ) : null}
          </fieldset>
        </div>

        <div className="network-form__part">
          <fieldset className="network-form__group">
            <legend className="network-form__legend">TLS</legend>
            <label className="checkline" htmlFor={`${ids}-tls13`}>
              <input id={`${ids}-tls13`} type="checkbox" checked={draft.tls13Only} onChange={(e) => edit({ tls13Only: e.target.checked })} data-testid="tls13-only" />
              <span className="checkline__text">
                <span>TLS 1.3 only</span>
                <span className="facts__note">Refuse providers that cannot speak TLS 1.3. Without it, TLS 1.2 is the minimum.</span>
              </span>
            </label>
          </fieldset>
        </div>

        <div className="network-form__part">
          <fieldset className="network-form__group">
            <legend className="network-form__legend">Custom certificate authority</legend>
            <label className="field" htmlFor={`${ids}-ca`}>
              <span className="field__label">Root certificates (PEM), e.g. your company proxy’s CA</span>
              <textarea
                id={`${ids}-ca`}
                className="input field__textarea mono"
                rows={4}
                spellCheck={false}
                placeholder={'-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----'}
                value={draft.customCaPem}
                onChange={(e) => edit({ customCaPem: e.target.value })}
                {...problemProps(problemId, at('customCaPem'))}
                data-testid="custom-ca"
              />
              {problemAt('customCaPem')}
            </label>
            <p className={`facts__note${draft.customCaPem.trim() ? ' facts__note--warn' : ''}`} data-testid="custom-ca-note">
              These certificates are trusted in addition to the built-in ones. While a custom CA is set, certificate pinning is turned off: a proxy that re-signs traffic can never match a provider’s pinned keys. Leave it empty unless your network requires it.
            </p>
          </fieldset>
        </div>

        {error && !field ? <InlineError context="The network settings were not saved." error={error} testId="network-error" /> : null}
        {error && field ? (
          <p className="visually-hidden" role="alert">
            The network settings were not saved. {error.message}
          </p>
        ) : null}
        <div className="network-form__actions">
          <Button type="submit" variant="primary" unavailable={!dirty || saving} data-testid="network-save">
            Save network settings
          </Button>
          {dirty ? (
            <Button
              variant="quiet"
              onClick={() => {
                setDraft(stored);
                setLocalError(null);
                connectionStore.getState().clearError('network');
              }}
            >
              Undo changes
            </Button>
          ) : null}
          {saved && !dirty ? (
            <span className="facts__note" role="status" data-testid="network-saved">
              Saved. The next request uses these settings.
            </span>
          ) : null}
        </div>
      </form>
    </section>
  );
}
