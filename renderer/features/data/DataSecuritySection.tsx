// Settings → Data & security: lock and passphrase, retention, export and import, the audit log,
// key rotation and wipe. Each part is a disclosure (Lock and Retention open) so the sheet stays
// scannable. Everything but the lock needs an unlocked vault.
import { useEffect, useId } from 'react';
import { retentionStore } from '../../state/data-stores';
import { selectIsUnlocked } from '../../state/lock-store';
import { useLock } from '../../state/stores';
import { AuditLogPanel } from './AuditLogPanel';
import { DangerZone } from './DangerZone';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { LockPanel } from './LockPanel';
import { RetentionPanel } from './RetentionPanel';
import '../settings/connection.css';
import '../settings/masking.css';
import './data.css';

export function DataSecuritySection() {
  const ids = useId();
  const unlocked = useLock(selectIsUnlocked);

  useEffect(() => {
    if (unlocked) void retentionStore.getState().load();
  }, [unlocked]);

  return (
    <section className="settings-section" aria-labelledby={`${ids}-t`} data-testid="data-security">
      <h3 id={`${ids}-t`} className="settings-section__title">
        Data &amp; security
      </h3>
      <div className="data-parts">
        <LockPanel />
        {unlocked ? (
          <>
            <RetentionPanel />
            <ExportPanel />
            <ImportPanel />
            <AuditLogPanel />
            <DangerZone />
          </>
        ) : (
          <p className="facts__note" data-testid="data-locked">
            Unlock Veil to manage retention, export, import, the audit log and wipe.
          </p>
        )}
      </div>
    </section>
  );
}
