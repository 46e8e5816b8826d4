// The transparency panel: every outbound request Veil made — when, to which provider and host, in
// which jurisdiction, how it ended, what was masked, how many bytes — the full detail of one
// request (LedgerDetail), and the whole ledger exported as JSON or CSV (a download).
import { useEffect, useState, type RefObject } from 'react';
import { ledgerStore, useLedger } from '../../state/stores';
import { Button } from '../../ui/Button';
import { InlineError } from '../../ui/InlineError';
import { SidePanel } from '../../ui/SidePanel';
import { downloadText } from './download';
import { bytes, maskedText, when } from './format';
import { LedgerDetail } from './LedgerDetail';
import './transparency.css';

function ExportButtons({ disabled }: { disabled: boolean }) {
  const error = useLedger((s) => s.exportError);
  const [status, setStatus] = useState<string | null>(null);
  const run = async (format: 'json' | 'csv') => {
    setStatus(null);
    const out = await ledgerStore.getState().exportAs(format);
    if (!out) return;
    downloadText(out.content, out.mimeType, out.fileName);
    setStatus(`Exported ${out.entries} ${out.entries === 1 ? 'entry' : 'entries'} as ${out.fileName}.`);
  };
  return (
    <div className="ledger-export">
      <span className="ledger-export__label">Export</span>
      <Button unavailable={disabled} onClick={() => void run('json')} data-testid="ledger-export-json">
        JSON
      </Button>
      <Button unavailable={disabled} onClick={() => void run('csv')} data-testid="ledger-export-csv">
        CSV
      </Button>
      {status ? (
        <span className="facts__note" role="status" data-testid="ledger-export-status">
          {status}
        </span>
      ) : null}
      {error ? <InlineError context="Could not export the ledger." error={error} testId="ledger-export-error" /> : null}
    </div>
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
        <LedgerDetail entry={detail} />
      ) : (
        <section className="settings-section" aria-busy={phase === 'loading'}>
          <p className="facts__note">
            Every request Veil sent on your behalf, newest first{total > entries.length ? ` (latest ${entries.length} of ${total})` : ''}. The Preview provider sends nothing, so it never appears here.
          </p>
          <ExportButtons disabled={phase !== 'ready' || total === 0} />
          {phase === 'ready' && entries.length === 0 ? <p data-testid="ledger-empty">No outbound requests yet.</p> : null}
          <ul className="ledger-list" data-testid="ledger-list">
            {entries.map((e) => (
              <li key={e.id}>
                <button type="button" className="ledger-row" onClick={() => void ledgerStore.getState().open(e.id)} data-testid="ledger-row" data-outcome={e.outcome} data-host={e.host}>
                  <span className="ledger-row__top">
                    <span className="ledger-row__provider">{e.providerName}</span>
                    <span className={`badge${e.outcome === 'ok' ? '' : e.outcome === 'error' || e.outcome === 'blocked' ? ' badge--danger' : ' badge--warn'}`}>{e.outcome}</span>
                    <time className="ledger-row__time">{when(e.startedAt)}</time>
                  </span>
                  <span className="ledger-row__host mono">{e.host}</span>
                  <span className="ledger-row__meta">
                    {e.jurisdiction} · {bytes(e.requestBytes)} sent · {bytes(e.responseBytes)} received{e.errorCode ? ` · ${e.errorCode}` : ''}
                  </span>
                  <span className="ledger-row__meta" data-testid="ledger-row-masked">
                    Masked: {maskedText(e.maskedCounts)}
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
