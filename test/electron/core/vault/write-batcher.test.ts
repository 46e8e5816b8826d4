// Group commit (electron/core/vault/write-batcher.ts) against a real encrypted vault: writes of one
// tick share one COMMIT, each resolves only once that COMMIT returned (a second connection sees
// it), a failing write loses only its own changes, and a lost transaction rejects every write in it.
import { afterEach, describe, expect, it } from 'vitest';
import { WriteBatcher, writeBatcherFor } from '../../../../electron/core/vault/write-batcher';
import { batcherVault, closeBatcherVaults } from './batcher-fixture';

afterEach(closeBatcherVaults);

const vault = () => batcherVault('batch');

describe('WriteBatcher', () => {
  it('commits concurrent writers of one tick in one transaction, and resolves each only after the COMMIT', async () => {
    const { db, repo, conv, other, committedTexts } = vault();
    const batcher = new WriteBatcher(db);
    const reader = other();
    const writes = Array.from({ length: 20 }, (_, i) => batcher.run(() => repo.appendMessage(conv.id, { role: 'user', content: `m${i}` }).id));
    // Nothing is written before the batch runs.
    expect(batcher.pending).toBe(20);
    expect(committedTexts(reader)).toEqual([]);
    const seenAtResolve: number[] = [];
    const ids = await Promise.all(writes.map((w) => w.then((id) => (seenAtResolve.push(committedTexts(reader).length), id))));
    expect(batcher.commits).toBe(1);
    expect(new Set(ids).size).toBe(20);
    // Every caller found all 20 rows on disk through another connection when its promise resolved.
    expect(seenAtResolve).toEqual(Array(20).fill(20));
    expect(committedTexts(reader)).toEqual(Array.from({ length: 20 }, (_, i) => `m${i}`));
  });

  it('runs writes in the order they were queued', async () => {
    const { db, repo, conv } = vault();
    const batcher = new WriteBatcher(db);
    const first = batcher.run(() => repo.appendMessage(conv.id, { role: 'user', content: 'first' }));
    const second = batcher.run(() => repo.listMessages(conv.id).map((m) => m.content));
    await first;
    expect(await second).toEqual(['first']);
  });

  it('a failing write is rolled back alone: it rejects, the others of its batch commit and resolve', async () => {
    const { db, repo, conv, other, committedTexts } = vault();
    const batcher = new WriteBatcher(db);
    const before = batcher.run(() => repo.appendMessage(conv.id, { role: 'user', content: 'before' }));
    const failing = batcher.run(() => {
      // Half done when it fails: this row must not survive.
      repo.appendMessage(conv.id, { role: 'user', content: 'half' });
      repo.appendMessage('c_missing', { role: 'user', content: 'nope' });
    });
    const notSync = batcher.run(() => Promise.resolve(repo.appendMessage(conv.id, { role: 'user', content: 'async' })));
    const after = batcher.run(() => repo.appendMessage(conv.id, { role: 'assistant', content: 'after' }));
    const results = await Promise.allSettled([before, failing, notSync, after]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'NOT_FOUND' });
    expect(String((results[2] as PromiseRejectedResult).reason)).toContain('synchronous');
    expect(batcher.commits).toBe(1);
    expect(committedTexts(other())).toEqual(['before', 'after']);
  });

  it('when SQLite abandons the transaction, every write run so far in it rejects and later ones commit afresh', async () => {
    const { db, repo, conv, other, committedTexts } = vault();
    const batcher = new WriteBatcher(db);
    const lost = batcher.run(() => repo.appendMessage(conv.id, { role: 'user', content: 'lost' }));
    // Stands in for SQLite rolling the whole transaction back (as it does on some I/O errors).
    const aborting = batcher.run(() => {
      db.exec('ROLLBACK');
      throw new Error('transaction gone');
    });
    const later = batcher.run(() => repo.appendMessage(conv.id, { role: 'user', content: 'later' }));
    const results = await Promise.allSettled([lost, aborting, later]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
    expect(String((results[0] as PromiseRejectedResult).reason)).toContain('transaction gone');
    expect(committedTexts(other())).toEqual(['later']);
    expect(db.inTransaction).toBe(false);
  });

  it('flush() commits what is queued at once (before a connection closes), and writes after a close reject', async () => {
    const { db, repo, conv, other, committedTexts } = vault();
    const batcher = writeBatcherFor(db);
    expect(writeBatcherFor(db)).toBe(batcher);
    const queued = batcher.run(() => repo.appendMessage(conv.id, { role: 'user', content: 'queued' }));
    batcher.flush();
    expect(batcher.pending).toBe(0);
    expect(committedTexts(other())).toEqual(['queued']);
    await expect(queued).resolves.toMatchObject({ content: 'queued' });
    db.close();
    await expect(batcher.run(() => repo.appendMessage(conv.id, { role: 'user', content: 'closed' }))).rejects.toThrow(/not open/);
  });

  it('writes of different ticks get their own commits', async () => {
    const { db, repo, conv } = vault();
    const batcher = new WriteBatcher(db);
    await batcher.run(() => repo.appendMessage(conv.id, { role: 'user', content: 'a' }));
    await batcher.run(() => repo.appendMessage(conv.id, { role: 'user', content: 'b' }));
    expect(batcher.commits).toBe(2);
  });

  it('hold() commits what was queued first, keeps later writes pending while held, then commits them in one group commit', async () => {
    const { db, repo, conv, other, committedTexts } = vault();
    const batcher = new WriteBatcher(db);
    const reader = other();
    const before = batcher.run(() => repo.appendMessage(conv.id, { role: 'user', content: 'before' }));
    let release = (): void => undefined;
    const settled: string[] = [];
    const held = batcher.hold(async () => {
      // The write queued before the hold is already on disk when the hold begins.
      expect(committedTexts(reader)).toEqual(['before']);
      await new Promise<void>((resolve) => (release = resolve));
      settled.push('hold');
    });
    await before;
    const during = [0, 1, 2].map((i) => batcher.run(() => repo.appendMessage(conv.id, { role: 'user', content: `during ${i}` })).then(() => settled.push(`w${i}`)));
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(batcher.holding).toBe(true);
    expect(batcher.pending).toBe(3);
    expect(settled).toEqual([]);
    expect(committedTexts(reader)).toEqual(['before']);
    await expect(batcher.hold(async () => undefined)).rejects.toThrow(/already held/);
    release();
    await held;
    await Promise.all(during);
    expect(settled).toEqual(['hold', 'w0', 'w1', 'w2']);
    expect(batcher.holding).toBe(false);
    expect(batcher.commits).toBe(2); // "before", then the three held writes together
    expect(committedTexts(reader)).toEqual(['before', 'during 0', 'during 1', 'during 2']);
  });

  it('a hold that fails still releases the writes queued during it', async () => {
    const { db, repo, conv, other, committedTexts } = vault();
    const batcher = new WriteBatcher(db);
    let during: Promise<unknown> = Promise.resolve();
    const held = batcher.hold(async () => {
      during = batcher.run(() => repo.appendMessage(conv.id, { role: 'user', content: 'queued during a failing hold' }));
      await new Promise((resolve) => setImmediate(resolve));
      throw new Error('long write failed');
    });
    await expect(held).rejects.toThrow('long write failed');
    await expect(during).resolves.toMatchObject({ content: 'queued during a failing hold' });
    expect(committedTexts(other())).toEqual(['queued during a failing hold']);
  });
});
