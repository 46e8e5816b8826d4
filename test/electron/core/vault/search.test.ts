import { afterEach, describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../../../electron/core/vault/cjk-segment';
import { ConversationRepo } from '../../../../electron/core/vault/conversation-repo';
import { migrate } from '../../../../electron/core/vault/migrations';
import { openVaultDb } from '../../../../electron/core/vault/open-vault';
import { RANK_WINDOW, SearchRepo } from '../../../../electron/core/vault/search-repo';
import { cleanupDirs, newKey, tempDataDir } from './vault-fixture';

afterEach(cleanupDirs);

function setup() {
  const db = openVaultDb(tempDataDir(), newKey());
  migrate(db);
  const repo = new ConversationRepo(db);
  const search = new SearchRepo(db);
  const ja = repo.create({ title: '旅行' });
  const zh = repo.create({ title: '美食' });
  const en = repo.create({ title: 'Recipes' });
  const ko = repo.create({ title: '여행' });
  repo.appendMessage(ja.id, { role: 'user', content: '東京で寿司を食べました。とても美味しかったです。' });
  repo.appendMessage(ja.id, { role: 'assistant', content: '寿司 is great. 寿司と刺身、どちらが好きですか？寿司！' });
  repo.appendMessage(zh.id, { role: 'user', content: '北京烤鸭很好吃，我们明天再去吃烤鸭吧。' });
  repo.appendMessage(en.id, { role: 'user', content: 'How do I make a Café au lait? Also: sushi rice ratios for the Tokyo trip.' });
  repo.appendMessage(ko.id, { role: 'user', content: '서울에서 김치찌개를 먹었어요' });
  return { db, repo, search, ja, zh, en, ko };
}

describe('full-text search', () => {
  it('finds two-character CJK words, ranks by bm25 and returns snippets with highlight ranges', () => {
    const { search, ja, db } = setup();
    const hits = search.search('寿司');
    expect(hits.map((h) => h.conversationId)).toEqual([ja.id, ja.id]);
    // The message with more occurrences ranks first (bm25: lower score is better).
    expect(hits[0]!.snippet).toContain('刺身');
    expect(hits[0]!.score).toBeLessThan(hits[1]!.score);
    for (const h of hits) {
      expect(h.highlights.length).toBeGreaterThan(0);
      for (const [s, e] of h.highlights) expect(h.snippet.slice(s, e)).toBe('寿司');
    }
    db.close();
  });

  it('finds single CJK characters, longer CJK phrases, Korean, and accent-insensitive Latin prefixes', () => {
    const { search, ja, zh, en, ko, db } = setup();
    expect(search.search('鸭').map((h) => h.conversationId)).toEqual([zh.id]);
    expect(search.search('北京烤鸭').map((h) => h.conversationId)).toEqual([zh.id]);
    expect(search.search('京烤').map((h) => h.conversationId)).toEqual([zh.id]);
    expect(search.search('烤北')).toEqual([]); // bigram phrase, not a bag of characters
    expect(search.search('김치찌개').map((h) => h.conversationId)).toEqual([ko.id]);
    expect(search.search('cafe').map((h) => h.conversationId)).toEqual([en.id]);
    expect(search.search('sush').map((h) => h.conversationId)).toEqual([en.id]); // prefix of the last term
    expect(search.search('tokyo 寿司').map((h) => h.conversationId)).toEqual([]); // AND across messages
    expect(search.search('美味').map((h) => h.conversationId)).toEqual([ja.id]);
    db.close();
  });

  it('treats FTS syntax in user input as plain text', () => {
    const { search, db } = setup();
    for (const q of ['"', 'AND', 'NOT OR', '*', 'big : x', 'col:"', '^', '(', 'NEAR(a b)']) {
      expect(() => search.search(q)).not.toThrow();
    }
    expect(toFtsQuery('   ')).toBeNull();
    db.close();
  });

  it('forgets deleted and edited messages', () => {
    const { search, repo, zh, en, db } = setup();
    repo.delete(zh.id);
    expect(search.search('烤鸭')).toEqual([]);
    const m = repo.listMessages(en.id)[0]!;
    repo.updateMessage(m.id, { content: 'Nothing about coffee now' });
    expect(search.search('cafe')).toEqual([]);
    expect(search.search('coffee').map((h) => h.messageId)).toEqual([m.id]);
    db.close();
  });

  it('ranks a very common term only among its newest matches (bounded work), best first', () => {
    const db = openVaultDb(tempDataDir(), newKey());
    migrate(db);
    const repo = new ConversationRepo(db);
    const search = new SearchRepo(db);
    const c = repo.create({ title: 'many' });
    db.transaction(() => {
      // The oldest 100 would win on bm25 (the term many times in a short text) if everything were ranked.
      for (let i = 0; i < 100; i++) repo.appendMessage(c.id, { role: 'user', content: 'common common common common' });
      for (let i = 0; i < RANK_WINDOW; i++) repo.appendMessage(c.id, { role: 'user', content: `common word in a longer message number ${i} about other things entirely` });
      repo.appendMessage(c.id, { role: 'user', content: 'common common common newest' });
    })();
    const hits = search.search('common', 20);
    expect(hits).toHaveLength(20);
    expect(hits[0]!.snippet).toBe('common common common newest');
    const oldest = (db.prepare('SELECT min(id) + 99 AS last FROM messages').get() as { last: number }).last;
    expect(hits.every((h) => h.messageId > oldest)).toBe(true);
    // Fewer matches than the window: everything is ranked.
    expect(search.search('newest')).toHaveLength(1);
    db.close();
  });
});
