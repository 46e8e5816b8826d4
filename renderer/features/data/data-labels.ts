// Words for Data & security: audit event kinds, counts ("3 conversations"), byte sizes and the
// retention summary. Unknown audit kinds are shown as they are (the core may add kinds).
import type { RetentionSettings } from '../../../shared/contract/vault-types';

const KINDS: Readonly<Record<string, string>> = {
  'api_key.added': 'API key added',
  'api_key.replaced': 'API key replaced',
  'api_key.removed': 'API key removed',
  'audit.exported': 'Audit log exported',
  export: 'Export',
  import: 'Import',
  'key.rotated': 'Key rotated',
  lock: 'Locked',
  unlock: 'Unlocked',
  'unlock.failed': 'Wrong passphrase',
  'passphrase.set': 'Passphrase set',
  'passphrase.removed': 'Passphrase removed',
  'retention.changed': 'Retention changed',
  'retention.purge': 'Purge',
  'conversation.deleted': 'Conversation deleted',
  'wipe.everything': 'Wipe everything',
};

export const auditKindLabel = (kind: string): string => KINDS[kind] ?? kind;

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The lead-in of an import failure; the core's message after it says what to do. */
export function importErrorContext(code: string): string {
  // Busy: another import holds the vault and goes on; this one never started.
  if (code === 'IMPORT_BUSY') return 'This import did not start.';
  // Interrupted: a lock or wipe stopped it; the vault rolled back what it had written.
  if (code === 'IMPORT_INTERRUPTED') return 'The import was stopped and undone.';
  return 'Nothing was imported.';
}

const days = (n: number | null) => (n === null ? 'forever' : plural(n, 'day'));

/** Short enough for a disclosure summary: "Chats 30 days · ledger forever". */
export function retentionSummary(s: RetentionSettings | null): string {
  if (!s) return '';
  return `Chats ${days(s.conversationDays)} · ledger ${days(s.ledgerDays)}`;
}

/** "1 conversation, 2 messages" from an audit event's counts (ids and flags are shown as-is). */
export function describeDetail(detail: Readonly<Record<string, string | number | boolean | null>>): string {
  return Object.entries(detail)
    .map(([k, v]) => `${k.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}: ${v === null ? '—' : String(v)}`)
    .join(' · ');
}
