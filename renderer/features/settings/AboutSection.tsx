// "About this Veil": the core's app.status (version, host, platform, data directory, keychain).
// Proof that renderer -> contract -> core works; the e2e tests read it through data-testid hooks.
import { useId } from 'react';
import { useAppStatus } from '../../state/stores';
import { Button } from '../../ui/Button';
import { InlineError } from '../../ui/InlineError';
import { RefreshIcon } from '../../ui/icons';
import { StatusBadge } from '../../ui/StatusBadge';
import { hostLabel, keychainTone, keychainWord, platformLabel } from './status-labels';
import './settings.css';

export function AboutSection() {
  const headingId = useId();
  const status = useAppStatus((s) => s.status);
  const phase = useAppStatus((s) => s.phase);
  const error = useAppStatus((s) => s.error);
  const load = useAppStatus((s) => s.load);

  return (
    <section className="settings-section" aria-labelledby={headingId} aria-busy={phase === 'loading'} data-testid="app-status">
      <div className="settings-section__head">
        <h3 id={headingId} className="settings-section__title">
          About this Veil
        </h3>
        <Button variant="quiet" icon={<RefreshIcon width={16} height={16} />} onClick={() => void load()}>
          Check again
        </Button>
      </div>

      {status && error ? <InlineError context="Could not refresh; showing the last known status." error={error} testId="status-error" /> : null}
      {status ? (
        <dl className="facts">
          <div className="facts__row">
            <dt>Version</dt>
            <dd data-testid="status-version">{status.version}</dd>
          </div>
          <div className="facts__row">
            <dt>Running as</dt>
            <dd data-testid="status-host" data-host={status.host}>
              {hostLabel(status.host)}
            </dd>
          </div>
          <div className="facts__row">
            <dt>Platform</dt>
            <dd data-testid="status-platform">{platformLabel(status.platform)}</dd>
          </div>
          <div className="facts__row">
            <dt>Data directory</dt>
            <dd data-testid="status-datadir" className="mono facts__path">
              {status.dataDir}
            </dd>
          </div>
          <div className="facts__row">
            <dt>Keychain</dt>
            <dd data-testid="status-keychain" data-available={String(status.keychain.available)}>
              <div className="keychain">
                <StatusBadge tone={keychainTone(status.keychain)}>{status.keychain.available ? 'Available' : 'Unavailable'}</StatusBadge>
                <span className="keychain__backend">{status.keychain.backend}</span>
              </div>
              {status.keychain.available ? (
                <p className="facts__note">API keys are kept by your operating system, never in Veil&apos;s files.</p>
              ) : (
                <>
                  <p className="facts__note facts__note--warn">
                    Veil never stores API keys in plain text: without a keychain it will ask for a passphrase.
                  </p>
                  {status.keychain.detail ? <p className="facts__note facts__detail">Reason: {status.keychain.detail}</p> : null}
                </>
              )}
            </dd>
          </div>
        </dl>
      ) : error ? (
        <InlineError context="Veil could not read its status." error={error} testId="status-error" />
      ) : (
        <p className="facts__note">Reading status…</p>
      )}
      <span className="visually-hidden" aria-live="polite">
        {phase === 'ready' && status ? `Keychain ${keychainWord(status.keychain)}.` : ''}
      </span>
    </section>
  );
}
