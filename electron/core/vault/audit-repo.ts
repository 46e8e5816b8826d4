// The local audit log: what happened (key added, export, wipe, purge, unlock failure...) with
// timestamps and counts, never content or secrets. Kept in the vault under ledger retention.
import type { AuditEvent } from '../../../shared/contract/vault-types';
import type { Db } from './open-vault';

export type AuditDetail = AuditEvent['detail'];

export class AuditRepo {
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  append(kind: string, detail: AuditDetail = {}, at = this.now()): void {
    this.db.prepare('INSERT INTO audit_events (at, kind, detail) VALUES (?, ?, ?)').run(at, kind, JSON.stringify(detail));
  }

  list(limit = 500, beforeId?: number): AuditEvent[] {
    const rows = this.db
      .prepare(`SELECT id, at, kind, detail FROM audit_events ${beforeId ? 'WHERE id < ?' : ''} ORDER BY id DESC LIMIT ?`)
      .all(...(beforeId ? [beforeId, limit] : [limit])) as Array<{ id: number; at: number; kind: string; detail: string }>;
    return rows.map((r) => ({ id: r.id, at: r.at, kind: r.kind, detail: JSON.parse(r.detail) as AuditDetail }));
  }
}
