// The encrypted page keeps 80 bytes for its IV and HMAC; the search index is laid out so that its
// leaves still fit one page (no overflow pages, which doubled the pages to encrypt per leaf).
import { afterEach, describe, expect, it } from 'vitest';
import { ConversationRepo } from '../../../../electron/core/vault/conversation-repo';
import { FTS_LEAF_BYTES, migrate } from '../../../../electron/core/vault/migrations';
import { openVaultDb } from '../../../../electron/core/vault/open-vault';
import { SearchRepo } from '../../../../electron/core/vault/search-repo';
import { cleanupDirs, newKey, tempDataDir } from './vault-fixture';

afterEach(cleanupDirs);

describe('encrypted page layout', () => {
  it('search-index leaves fit one encrypted page', () => {
    const db = openVaultDb(tempDataDir(), newKey());
    migrate(db);
    expect(db.pragma('page_size', { simple: true })).toBe(4096);
    expect(db.prepare(`SELECT v FROM messages_fts_config WHERE k = 'pgsz'`).get()).toEqual({ v: FTS_LEAF_BYTES });
    const repo = new ConversationRepo(db);
    const c = repo.create({ title: 'layout' });
    db.transaction(() => {
      for (let i = 0; i < 400; i++) {
        const words = Array.from({ length: 80 }, (_, j) => `w${(i * 31 + j * 7) % 997}x${j % 13}`);
        repo.appendMessage(c.id, { role: 'user', content: `message ${i} ${words.join(' ')} 会议 预算`, maskedContent: null });
      }
    })();
    // One segment of full-size leaves: the case where a leaf too large for the page would overflow.
    db.prepare(`INSERT INTO messages_fts (messages_fts) VALUES ('optimize')`).run();
    const layout = db.prepare(`SELECT count(*) AS pages, sum(pagetype = 'overflow') AS overflow FROM dbstat WHERE name = 'messages_fts_data'`).get() as {
      pages: number;
      overflow: number;
    };
    expect(layout.pages).toBeGreaterThan(20);
    expect(layout.overflow).toBe(0);
    expect(new SearchRepo(db).search('预算 message').length).toBe(50);
    db.close();
  });
});
