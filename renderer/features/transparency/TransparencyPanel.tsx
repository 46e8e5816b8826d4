// The transparency panel: every outbound request Veil made — when, to which provider and host, in
// which jurisdiction, how it ended, how many bytes — and, for one request, the exact body sent.
import { useEffect, type RefObject } from 'react';
import type { LedgerEntry } from '../../../shared/contract/channels/ledger';
import { ledgerStore, useLedger } from '../../state/stores';
import { Button } from '../../ui/Button';
import { InlineError } from '../../ui/InlineError';
import { SidePanel } from '../../ui/SidePanel';
import './transparency.css';

const bytes = (n: number | null) => (n === null ? '—' : n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`);
const when = (ms: number) => new Date(ms).toLocaleString([], { dateStyle: 'short', timeStyle: 'medium' });
const counts = (c: Readonly<Record<string, number>>) =>
  Object.entries(c)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${n} ${t}`)
    .join(', ') || 'nothing';

function Detail({ entry }: { entry: LedgerEntry }) {
  return (
    <section className="ledger-detail" data-testid="ledger-detail" aria-label="Request detail">
      <Button variant="quiet" onClick={() => void ledgerStore.getState().open(null)}>
        ← All requests
      </Button>
      <dl className="facts">
        {[
          ['Sent', when(entry.startedAt)],
          ['Provider', `${entry.providerName}${entry.model ? ` · ${entry.model}` : ''}`],
          ['To', `${entry.method} ${entry.scheme}://${entry.host}:${entry.port}${entry.path}`],
          ['Jurisdiction', entry.jurisdiction],
          ['Outcome', `${entry.outcome}${entry.status !== null ? ` (HTTP ${entry.status})` : ''}${entry.errorCode ? ` · ${entry.errorCode}` : ''}`],
          ['Masked', counts(entry.maskedCounts)],
          ['Bytes', `${bytes(entry.requestBytes)} sent · ${bytes(entry.responseBytes)} received`],
          ['Connection', [entry.remoteAddress, entry.tlsVersion, entry.proxy].filter(Boolean).join(' · ')],
        ].map(([k, v]) => (
          <div key={k} className="facts__row">
            <dt>{k}</dt>
            <dd className="facts__detail">{v}</dd>
          </div>
        ))}
      </dl>
      <h3 className="settings-section__title">Headers (credentials redacted)</h3>
      <pre className="ledger-detail__pre">{Object.entries(entry.requestHeaders).map(([k, v]) => `${k}: ${v}`).join('\n')}</pre>
      <h3 className="settings-section__title">Request body, exactly as sent</h3>
      <pre className="ledger-detail__pre" data-testid="ledger-body">
        {entry.requestBody}
      </pre>
    </section>
  );
}

export function TransparencyPanel({ onClose, returnFocusRef }: { onClose: () => void; returnFocusRef: RefObject<HTMLElement | null> }) {
  const entries = useLedger((s) => s.entries);
  const total = useLedger((s) => s.total);
  const phase = useLedger((s) => s.phase);
  const error = useLedger((s) => s.error);
  const detail = useLedger((s) => s.detail);
  const detailError = useLedger((s) => s.detailError);

  useEffect(() => {
    void ledgerStore.getState().load();
    return () => void ledgerStore.getState().open(null);
  }, []);

  return (
    <SidePanel title="Transparency" onClose={onClose} returnFocusRef={returnFocusRef} testId="transparency-panel">
      {error ? <InlineError context="Could not load the ledger." error={error} testId="ledger-error" /> : null}
      {detailError ? <InlineError context="Could not open the request." error={detailError} /> : null}
      {detail ? (
        <Detail entry={detail} />
      ) : (
        <section className="settings-section" aria-busy={phase === 'loading'}>
          <p className="facts__note">
            Every request Veil sent on your behalf, newest first{total > entries.length ? ` (latest ${entries.length} of ${total})` : ''}. The Preview provider sends nothing, so it never appears here.
          </p>
          {phase === 'ready' && entries.length === 0 ? <p data-testid="ledger-empty">No outbound requests yet.</p> : null}
          <ul className="ledger-list" data-testid="ledger-list">
            {entries.map((e) => (
              <li key={e.id}>
                <button type="button" className="ledger-row" onClick={() => void ledgerStore.getState().open(e.id)} data-testid="ledger-row" data-outcome={e.outcome}>
                  <span className="ledger-row__top">
                    <span className="ledger-row__provider">{e.providerName}</span>
                    <span className={`badge${e.outcome === 'ok' ? '' : e.outcome === 'error' || e.outcome === 'blocked' ? ' badge--danger' : ' badge--warn'}`}>{e.outcome}</span>
                    <time className="ledger-row__time">{when(e.startedAt)}</time>
                  </span>
                  <span className="ledger-row__host mono">{e.host}</span>
                  <span className="ledger-row__meta">
                    {e.jurisdiction} · {bytes(e.requestBytes)} sent · {bytes(e.responseBytes)} received{e.errorCode ? ` · ${e.errorCode}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </SidePanel>
  );
}
