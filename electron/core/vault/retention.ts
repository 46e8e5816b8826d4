// Retention: a global default for conversations (forever or N days after the last update), a
// per-conversation override, a keep flag that exempts a conversation, and a separate retention
// for ledger entries and audit events. The purge deletes what expired in one transaction.
import { RetentionSettingsSchema, type RetentionSettings } from '../../../shared/contract/vault-types';
import type { Db } from './open-vault';

const DAY_MS = 86_400_000;
const KEY = 'retention';

export function readRetention(db: Db): RetentionSettings {
  const row = db.prepare('SELECT value FROM vault_meta WHERE key = ?').get(KEY) as { value: string } | undefined;
  const parsed = row ? RetentionSettingsSchema.safeParse(JSON.parse(row.value)) : undefined;
  return parsed?.success ? parsed.data : { conversationDays: null, ledgerDays: null };
}

export function writeRetention(db: Db, settings: RetentionSettings): RetentionSettings {
  const checked = RetentionSettingsSchema.parse(settings);
  db.prepare('INSERT INTO vault_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(checked));
  return checked;
}

export interface PurgeCounts {
  conversations: number;
  messages: number;
  mappings: number;
  ledgerEntries: number;
  auditEvents: number;
}

/** Deletes everything past its retention at time `now`. Counts only; never content. */
export function purgeExpired(db: Db, now: number): PurgeCounts {
  const { conversationDays, ledgerDays } = readRetention(db);
  return db.transaction((): PurgeCounts => {
    // A conversation expires after its own retention_days if set (0 = forever), else the default.
    const expired = `SELECT id FROM conversations WHERE keep = 0 AND (
        (retention_days > 0 AND updated_at < ? - retention_days * ${DAY_MS})
        OR (retention_days IS NULL AND ? IS NOT NULL AND updated_at < ? - ? * ${DAY_MS}))`;
    const params = [now, conversationDays, now, conversationDays];
    const count = (sql: string) => (db.prepare(sql).get(...params) as { n: number }).n;
    const messages = count(`SELECT count(*) AS n FROM messages WHERE conversation_id IN (${expired})`);
    const mappings = count(`SELECT count(*) AS n FROM placeholder_mappings WHERE conversation_id IN (${expired})`);
    const convLedger = count(`SELECT count(*) AS n FROM ledger_entries WHERE conversation_id IN (${expired})`);
    const conversations = db.prepare(`DELETE FROM conversations WHERE id IN (${expired})`).run(...params).changes;
    let ledgerEntries = convLedger;
    let auditEvents = 0;
    if (ledgerDays !== null) {
      const cutoff = now - ledgerDays * DAY_MS;
      ledgerEntries += db.prepare('DELETE FROM ledger_entries WHERE created_at < ?').run(cutoff).changes;
      auditEvents = db.prepare('DELETE FROM audit_events WHERE at < ?').run(cutoff).changes;
    }
    return { conversations, messages, mappings, ledgerEntries, auditEvents };
  })();
}
