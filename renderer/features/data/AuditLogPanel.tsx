// Audit log: Veil's local record of security events (keys added or removed, unlocks and wrong
// passphrases, exports, imports, purges, rotation, wipe) with time, kind and counts; never content
// or keys. "Export audit log" saves the JSON the core builds.
import { useEffect } from 'react';
import { auditStore, useAudit } from '../../state/data-stores';
import { Button } from '../../ui/Button';
import { InlineError } from '../../ui/InlineError';
import { downloadText } from '../transparency/download';
import { auditKindLabel, describeDetail, plural } from './data-labels';
import { Subsection } from './Subsection';

const when = (at: number) => new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function AuditLogPanel() {
  const events = useAudit((s) => s.events);
  const phase = useAudit((s) => s.phase);
  const error = useAudit((s) => s.error);
  const hasMore = useAudit((s) => s.hasMore);
  const exporting = useAudit((s) => s.exporting);
  const exportError = useAudit((s) => s.exportError);

  useEffect(() => {
    void auditStore.getState().load();
  }, []);

  const exportLog = async () => {
    const file = await auditStore.getState().exportLog();
    if (!file) return;
    downloadText(file.content, file.mimeType, file.fileName);
    void auditStore.getState().load(); // the export is itself an event
  };

  return (
    <Subsection title="Audit log" summary={phase === 'ready' ? `${plural(events.length, 'event')}${hasMore ? '+' : ''}` : undefined} testId="data-audit">
      <div className="data-form__actions">
        <Button variant="secondary" unavailable={exporting} onClick={() => void exportLog()} data-testid="audit-export">
          {exporting ? 'Exporting…' : 'Export audit log (JSON)'}
        </Button>
        <Button variant="quiet" onClick={() => void auditStore.getState().load()} data-testid="audit-refresh">
          Refresh
        </Button>
      </div>
      {events.length > 0 ? (
        <ol className="audit" data-testid="audit-list" aria-busy={phase === 'loading'}>
          {events.map((e) => (
            <li key={e.id} className="audit__row" data-testid="audit-event" data-kind={e.kind}>
              <time className="audit__time" dateTime={new Date(e.at).toISOString()}>
                {when(e.at)}
              </time>
              <span className="audit__kind">{auditKindLabel(e.kind)}</span>
              {Object.keys(e.detail).length > 0 ? <span className="audit__detail">{describeDetail(e.detail)}</span> : null}
            </li>
          ))}
        </ol>
      ) : phase === 'ready' ? (
        <p className="facts__note">No events yet.</p>
      ) : null}
      {hasMore ? (
        <Button variant="quiet" unavailable={phase === 'loading'} onClick={() => void auditStore.getState().loadMore()} data-testid="audit-more">
          Show older events
        </Button>
      ) : null}
      <p className="facts__note">Kept as long as the ledger retention above says. The export is saved as a download in the browser preview.</p>
      {error ? <InlineError context="Could not read the audit log." error={error} /> : null}
      {exportError ? <InlineError context="The audit log was not exported." error={exportError} testId="audit-export-error" /> : null}
    </Subsection>
  );
}
