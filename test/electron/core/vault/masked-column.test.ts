// A masked form equal to the original is stored once; every reader still sees it, and NULL keeps
// meaning "no masked form". Covers the repository, raw inserts that do not set the flag (the
// compaction trigger) and updates.
import { afterEach, describe, expect, it } from 'vitest';
import { ConversationRepo } from '../../../../electron/core/vault/conversation-repo';
import { migrate } from '../../../../electron/core/vault/migrations';
import { openVaultDb, type Db } from '../../../../electron/core/vault/open-vault';
import { cleanupDirs, newKey, tempDataDir } from './vault-fixture';

afterEach(cleanupDirs);

function setup(): { db: Db; repo: ConversationRepo; id: string } {
  const db = openVaultDb(tempDataDir(), newKey());
  migrate(db);
  const repo = new ConversationRepo(db);
  return { db, repo, id: repo.create({ title: 't' }).id };
}

const stored = (db: Db, id: number) => db.prepare('SELECT masked_content AS m, masked_is_content AS same FROM messages WHERE id = ?').get(id);

describe('masked form storage', () => {
  it('stores an equal masked form once and reads it back; different and missing ones as given', () => {
    const { db, repo, id } = setup();
    const same = repo.appendMessage(id, { role: 'user', content: 'plain words', maskedContent: 'plain words' });
    const diff = repo.appendMessage(id, { role: 'user', content: 'mail anna@b.example', maskedContent: 'mail [EMAIL_1]' });
    const none = repo.appendMessage(id, { role: 'user', content: 'imported', maskedContent: null });
    const empty = repo.appendMessage(id, { role: 'assistant', content: '', maskedContent: '', status: 'partial' });
    expect([same, diff, none, empty].map((m) => m.maskedContent)).toEqual(['plain words', 'mail [EMAIL_1]', null, '']);
    expect(stored(db, same.id)).toEqual({ m: null, same: 1 });
    expect(stored(db, diff.id)).toEqual({ m: 'mail [EMAIL_1]', same: 0 });
    expect(stored(db, none.id)).toEqual({ m: null, same: 0 });
    expect(repo.listMessages(id).map((m) => m.maskedContent)).toEqual(['plain words', 'mail [EMAIL_1]', null, '']);
    db.close();
  });

  it('compacts rows written with raw SQL that does not set the flag through the trigger', () => {
    const { db, repo, id } = setup();
    const ins = db.prepare(`INSERT INTO messages (conversation_id, role, content, masked_content, status, created_at) VALUES (?, 'user', ?, ?, 'complete', 1)`);
    const a = Number(ins.run(id, 'same text', 'same text').lastInsertRowid);
    const b = Number(ins.run(id, 'call 555-0100', 'call [PHONE_1]').lastInsertRowid);
    expect(stored(db, a)).toEqual({ m: null, same: 1 });
    expect(stored(db, b)).toEqual({ m: 'call [PHONE_1]', same: 0 });
    expect(repo.getMessage(a).maskedContent).toBe('same text');
    // The storage invariant holds in the schema itself.
    expect(() => db.prepare(`UPDATE messages SET masked_content = 'x', masked_is_content = 1 WHERE id = ?`).run(a)).toThrow(/CHECK/);
    db.close();
  });

  it('updates keep the masked form right whichever text changes', () => {
    const { db, repo, id } = setup();
    const m = repo.appendMessage(id, { role: 'assistant', content: '', maskedContent: '', status: 'partial' });
    // Streaming: both texts grow; equal, then different.
    expect(repo.updateMessage(m.id, { content: 'Hello', maskedContent: 'Hello' }).maskedContent).toBe('Hello');
    expect(stored(db, m.id)).toEqual({ m: null, same: 1 });
    expect(repo.updateMessage(m.id, { content: 'Hello Anna', maskedContent: 'Hello [PERSON_1]' }).maskedContent).toBe('Hello [PERSON_1]');
    expect(stored(db, m.id)).toEqual({ m: 'Hello [PERSON_1]', same: 0 });
    // Only the masked form changes, to equal the content: stored once again.
    expect(repo.updateMessage(m.id, { maskedContent: 'Hello Anna' }).maskedContent).toBe('Hello Anna');
    expect(stored(db, m.id)).toEqual({ m: null, same: 1 });
    // Only the content changes: the masked form stays what it was, not the new content.
    const after = repo.updateMessage(m.id, { content: 'Hello Anna!', status: 'complete' });
    expect([after.content, after.maskedContent, after.status]).toEqual(['Hello Anna!', 'Hello Anna', 'complete']);
    expect(stored(db, m.id)).toEqual({ m: 'Hello Anna', same: 0 });
    // Cleared masked form.
    expect(repo.updateMessage(m.id, { maskedContent: null }).maskedContent).toBeNull();
    expect(stored(db, m.id)).toEqual({ m: null, same: 0 });
    expect(() => repo.updateMessage(999_999, { content: 'x' })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    db.close();
  });
});
