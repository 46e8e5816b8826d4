// One ledger entry in full: where the request went (host, jurisdiction), how (TLS version,
// certificate, address, proxy), when and how long (timing), what was masked, the headers as sent
// with credentials redacted, and the exact request body.
import type { LedgerEntry } from '../../../shared/contract/channels/ledger';
import { ledgerStore } from '../../state/stores';
import { Button } from '../../ui/Button';
import { bytes, maskedText, ms, when } from './format';

function tlsText(e: LedgerEntry): string {
  if (e.scheme === 'http') return 'none: plain http to this machine';
  if (!e.tlsVersion) return e.outcome === 'blocked' ? 'not connected (blocked before sending)' : 'not recorded';
  return e.tlsVersion;
}

function timingText(e: LedgerEntry): string {
  const parts = [`total ${ms(e.durationMs)}`];
  if (e.headersMs !== null) parts.push(`response headers after ${ms(e.headersMs)}`);
  if (e.firstTokenMs !== null) parts.push(`first token after ${ms(e.firstTokenMs)}`);
  return parts.join(' · ');
}

export function LedgerDetail({ entry }: { entry: LedgerEntry }) {
  const rows: Array<[string, string, string]> = [
    ['Sent', when(entry.startedAt), 'sent'],
    ['Provider', `${entry.providerName}${entry.model ? ` · ${entry.model}` : ''}`, 'provider'],
    ['Host', `${entry.host}:${entry.port}`, 'host'],
    ['Request', `${entry.method} ${entry.scheme}://${entry.host}:${entry.port}${entry.path}${entry.attempt > 1 ? ` (attempt ${entry.attempt})` : ''}`, 'request'],
    ['Jurisdiction', entry.jurisdiction, 'jurisdiction'],
    ['Outcome', `${entry.outcome}${entry.status !== null ? ` (HTTP ${entry.status})` : ''}${entry.errorCode ? ` · ${entry.errorCode}` : ''}`, 'outcome'],
    ['Masked', maskedText(entry.maskedCounts), 'masked'],
    ['Timing', timingText(entry), 'timing'],
    ['TLS', tlsText(entry), 'tls'],
    ['Connection', [entry.remoteAddress ? `${entry.remoteAddress}${entry.remotePort ? `:${entry.remotePort}` : ''}` : null, `proxy: ${entry.proxy}`].filter(Boolean).join(' · '), 'connection'],
    ['Bytes', `${bytes(entry.requestBytes)} sent · ${bytes(entry.responseBytes)} received`, 'bytes'],
  ];
  if (entry.inputTokens !== null || entry.outputTokens !== null) rows.push(['Tokens', `${entry.inputTokens ?? '—'} in · ${entry.outputTokens ?? '—'} out`, 'tokens']);
  if (entry.certFingerprint256) rows.push(['Certificate', `SHA-256 ${entry.certFingerprint256}`, 'cert']);
  if (entry.errorMessage) rows.push(['Error', entry.errorMessage, 'error']);

  return (
    <section className="ledger-detail" data-testid="ledger-detail" aria-label="Request detail">
      <Button variant="quiet" onClick={() => void ledgerStore.getState().open(null)} data-testid="ledger-back">
        ← All requests
      </Button>
      <dl className="facts">
        {rows.map(([k, v, id]) => (
          <div key={k} className="facts__row">
            <dt>{k}</dt>
            <dd className="facts__detail" data-testid={`ledger-${id}`}>
              {v}
            </dd>
          </div>
        ))}
      </dl>
      <h3 className="settings-section__title">Headers (credentials redacted)</h3>
      <pre className="ledger-detail__pre" data-testid="ledger-headers">
        {Object.entries(entry.requestHeaders)
          .map(([k, v]) => `${k}: ${v}`)
          .join('\n')}
      </pre>
      <h3 className="settings-section__title">Request body, exactly as sent ({bytes(entry.requestBodyBytes)})</h3>
      <pre className="ledger-detail__pre" data-testid="ledger-body">
        {entry.requestBody}
      </pre>
    </section>
  );
}
