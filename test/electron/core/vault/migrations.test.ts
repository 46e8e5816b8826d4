import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion } from '../../../../electron/core/vault/migrations';
import { ConversationRepo } from '../../../../electron/core/vault/conversation-repo';
import { openVaultDb } from '../../../../electron/core/vault/open-vault';
import { SearchRepo } from '../../../../electron/core/vault/search-repo';
import { cleanupDirs, newKey, tempDataDir } from './vault-fixture';

afterEach(cleanupDirs);

const versions = MIGRATIONS.map((m) => m.version);

describe('vault migrations', () => {
  it('are numbered 1..N without gaps', () => {
    expect(versions).toEqual(versions.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(versions.length);
  });

  it.each([0, ...versions.slice(0, -1)])('migrate from version %i to the latest keeps the data and search works', (from) => {
    const dir = tempDataDir();
    const key = newKey();
    let db = openVaultDb(dir, key);
    expect(migrate(db, from)).toBe(from);
    if (from >= 1) {
      // Rows written by that older version, with raw SQL as that version would have.
      db.prepare(`INSERT INTO conversations (id, title, created_at, updated_at) VALUES ('c_oldversion1', '旧会话', 1, 1)`).run();
      db.prepare(`INSERT INTO messages (conversation_id, role, content, status, created_at) VALUES ('c_oldversion1', 'user', '我们在北京吃烤鸭 with friends', 'complete', 2)`).run();
      // Masked forms as older versions stored them: equal to the text, different, and none.
      const old = db.prepare(`INSERT INTO messages (conversation_id, role, content, masked_content, status, created_at) VALUES ('c_oldversion1', ?, ?, ?, 'complete', 3)`);
      old.run('assistant', 'nothing to mask here', 'nothing to mask here');
      old.run('user', 'mail anna@b.example', 'mail [EMAIL_1]');
      old.run('assistant', '', '');
      db.prepare(`INSERT INTO placeholder_mappings VALUES ('c_oldversion1', '[EMAIL_1]', 'a@b.example', 'EMAIL', 2)`).run();
    }
    db.close();
    db = openVaultDb(dir, key);
    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name`).all() as Array<{ name: string }>).map((r) => r.name);
    for (const t of ['conversations', 'messages', 'placeholder_mappings', 'messages_fts', 'ledger_entries', 'audit_events', 'vault_meta', 'provider_secrets']) {
      expect(tables).toContain(t);
    }
    if (from >= 1) {
      const hits = new SearchRepo(db).search('烤鸭');
      expect(hits.map((h) => h.conversationId)).toEqual(['c_oldversion1']);
      expect(db.prepare('SELECT count(*) AS n FROM placeholder_mappings').get()).toEqual({ n: 1 });
      const messages = new ConversationRepo(db).listMessages('c_oldversion1');
      expect(messages.map((m) => [m.content, m.maskedContent])).toEqual([
        ['我们在北京吃烤鸭 with friends', null],
        ['nothing to mask here', 'nothing to mask here'],
        ['mail anna@b.example', 'mail [EMAIL_1]'],
        ['', ''],
      ]);
      // Equal masked forms are no longer stored twice.
      expect(db.prepare('SELECT masked_content AS m, masked_is_content AS same FROM messages ORDER BY id').all()).toEqual([
        { m: null, same: 0 },
        { m: null, same: 1 },
        { m: 'mail [EMAIL_1]', same: 0 },
        { m: null, same: 1 },
      ]);
    }
    db.close();
  });

  it('is idempotent and refuses a vault from a newer Veil', () => {
    const db = openVaultDb(tempDataDir(), newKey());
    migrate(db);
    expect(migrate(db)).toBe(LATEST_VERSION);
    db.prepare('UPDATE schema_version SET version = ?').run(LATEST_VERSION + 1);
    expect(() => migrate(db)).toThrow(expect.objectContaining({ code: 'VAULT_TOO_NEW' }));
    db.close();
  });
});
