// Versioned schema migrations. Each runs in its own transaction together with the bump of
// schema_version, so a crash leaves the vault at a whole version. Never edit a shipped
// migration: add a new one. Tests migrate from every earlier version to the latest.
import { VeilError } from '../errors/veil-error';
import { segmentBigrams, segmentUnigrams } from './cjk-segment';
import type { Db } from './open-vault';

export interface Migration {
  version: number;
  up(db: Db): void;
}

/** The FTS segmenter used by triggers; registered on every connection before migrating. */
export function registerVaultFunctions(db: Db): void {
  db.function('veil_seg_big', { deterministic: true }, (text: unknown) => segmentBigrams(typeof text === 'string' ? text : ''));
  db.function('veil_seg_uni', { deterministic: true }, (text: unknown) => segmentUnigrams(typeof text === 'string' ? text : ''));
}

/**
 * FTS5 stores its index in leaves of up to `pgsz` bytes, 4050 by default: sized for a plain
 * 4096-byte page. A SQLCipher page keeps 80 bytes for its IV and HMAC, so such a leaf no longer
 * fits and spills onto an overflow page: nearly every index leaf cost two pages to encrypt,
 * write and checkpoint. 3900 bytes fit one page (at most 3978 are stored in-page) with room.
 */
export const FTS_LEAF_BYTES = 3900;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    up: (db) =>
      db.exec(`
        CREATE TABLE conversations (
          id TEXT PRIMARY KEY,
          title TEXT NOT NULL,
          provider TEXT,
          model TEXT,
          system_prompt TEXT,
          created_at INTEGER NOT NULL,
          updated_at INTEGER NOT NULL,
          keep INTEGER NOT NULL DEFAULT 0 CHECK (keep IN (0, 1)),
          -- NULL: the global default; 0: keep forever; N > 0: delete N days after the last update
          retention_days INTEGER CHECK (retention_days IS NULL OR retention_days >= 0)
        );
        CREATE INDEX conversations_updated ON conversations(updated_at);
        CREATE TABLE messages (
          id INTEGER PRIMARY KEY,
          conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
          role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
          content TEXT NOT NULL,
          masked_content TEXT,
          status TEXT NOT NULL CHECK (status IN ('complete', 'partial', 'error')),
          created_at INTEGER NOT NULL,
          tokens_in INTEGER,
          tokens_out INTEGER
        );
        CREATE INDEX messages_conversation ON messages(conversation_id, id);
        CREATE TABLE placeholder_mappings (
          conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
          placeholder TEXT NOT NULL,
          value TEXT NOT NULL,
          entity TEXT NOT NULL,
          created_at INTEGER NOT NULL,
          PRIMARY KEY (conversation_id, placeholder)
        ) WITHOUT ROWID;
      `),
  },
  {
    version: 2,
    // Contentless FTS5 (the text already lives in messages; contentless_delete lets rows go).
    up: (db) => {
      db.exec(`
        CREATE VIRTUAL TABLE messages_fts USING fts5(
          big, uni, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
          INSERT INTO messages_fts(rowid, big, uni) VALUES (new.id, veil_seg_big(new.content), veil_seg_uni(new.content));
        END;
        CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
          DELETE FROM messages_fts WHERE rowid = old.id;
        END;
        CREATE TRIGGER messages_fts_update AFTER UPDATE OF content ON messages BEGIN
          DELETE FROM messages_fts WHERE rowid = old.id;
          INSERT INTO messages_fts(rowid, big, uni) VALUES (new.id, veil_seg_big(new.content), veil_seg_uni(new.content));
        END;
        INSERT INTO messages_fts(rowid, big, uni) SELECT id, veil_seg_big(content), veil_seg_uni(content) FROM messages;
      `);
    },
  },
  {
    version: 3,
    up: (db) =>
      db.exec(`
        CREATE TABLE ledger_entries (
          id TEXT PRIMARY KEY,
          conversation_id TEXT REFERENCES conversations(id) ON DELETE CASCADE,
          created_at INTEGER NOT NULL,
          provider TEXT NOT NULL,
          outcome TEXT NOT NULL,
          -- the providers module owns this JSON (endpoint, bytes sent, masking summary, timing)
          data TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(data))
        );
        CREATE INDEX ledger_created ON ledger_entries(created_at);
        CREATE INDEX ledger_provider ON ledger_entries(provider, created_at);
        CREATE INDEX ledger_outcome ON ledger_entries(outcome, created_at);
        CREATE TABLE audit_events (
          id INTEGER PRIMARY KEY,
          at INTEGER NOT NULL,
          kind TEXT NOT NULL,
          detail TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail))
        );
        CREATE INDEX audit_at ON audit_events(at);
        CREATE TABLE vault_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        -- provider API keys in passphrase mode (no keychain); protected by the vault encryption
        CREATE TABLE provider_secrets (id TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
      `),
  },
  {
    version: 4,
    // A masked form equal to the original is stored once (see masked-column.ts): about 40% fewer
    // message bytes. The trigger gives the same compact form to rows written with raw SQL that
    // does not set the flag (the repository and the import write the compact form themselves).
    up: (db) =>
      db.exec(`
        ALTER TABLE messages ADD COLUMN masked_is_content INTEGER NOT NULL DEFAULT 0
          CHECK (masked_is_content IN (0, 1) AND (masked_is_content = 0 OR masked_content IS NULL));
        UPDATE messages SET masked_content = NULL, masked_is_content = 1 WHERE masked_content = content;
        CREATE TRIGGER messages_masked_compact AFTER INSERT ON messages WHEN new.masked_content = new.content BEGIN
          UPDATE messages SET masked_content = NULL, masked_is_content = 1 WHERE id = new.id;
        END;
      `),
  },
  {
    version: 5,
    // Search-index leaves sized to fit one encrypted page (see FTS_LEAF_BYTES). Leaves already
    // written keep their size until a merge rewrites them.
    up: (db) => {
      db.prepare(`INSERT INTO messages_fts (messages_fts, rank) VALUES ('pgsz', ?)`).run(BigInt(FTS_LEAF_BYTES));
    },
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function schemaVersion(db: Db): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null };
  return row.v ?? 0;
}

/** Brings the vault to `target` (default: latest). Refuses a vault from a newer Veil. */
export function migrate(db: Db, target = LATEST_VERSION): number {
  registerVaultFunctions(db);
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) {
    throw new VeilError('VAULT_TOO_NEW', `This vault was written by a newer Veil (schema ${current}); update Veil to open it.`);
  }
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > target) continue;
    db.transaction(() => {
      m.up(db);
      db.prepare('DELETE FROM schema_version').run();
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(m.version);
    })();
  }
  return schemaVersion(db);
}
