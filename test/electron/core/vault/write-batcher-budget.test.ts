// The group-commit budget (write-batcher.ts): a batch stops taking writes once it has run its
// budget, commits and answers those, and lets the event loop run before the rest; each write is
// still answered only after its own COMMIT, in queue order, and flush() without a budget (closing)
// still commits everything at once.
import { afterEach, describe, expect, it } from 'vitest';
import { GROUP_COMMIT_BUDGET_MS, WriteBatcher, writeBatcherFor } from '../../../../electron/core/vault/write-batcher';
import { batcherVault, closeBatcherVaults } from './batcher-fixture';

afterEach(closeBatcherVaults);

function vault() {
  const v = batcherVault('budget');
  const reader = v.other();
  return { ...v, committed: () => v.committedTexts(reader).length };
}

describe('WriteBatcher budget', () => {
  it('commits what ran within the budget, answers it, and lets the event loop run before the rest', async () => {
    const { db, repo, conv, committed } = vault();
    // A budget of 0: every write uses it up, so each commit holds exactly one (at least one always runs).
    const batcher = new WriteBatcher(db, 0);
    const order: string[] = [];
    const writes = Array.from({ length: 6 }, (_, i) =>
      batcher.run(() => {
        order.push(`w${i}`);
        return repo.appendMessage(conv.id, { role: 'user', content: `m${i}` }).id;
      }),
    );
    // A timer queued now must get its turn before the last writes run.
    let timerRanAfter = -1;
    setTimeout(() => (timerRanAfter = order.length), 0);
    const seen: number[] = [];
    await Promise.all(writes.map((w) => w.then(() => seen.push(committed()))));
    expect(batcher.commits).toBe(6);
    expect(order).toEqual(['w0', 'w1', 'w2', 'w3', 'w4', 'w5']);
    // Each write was answered right after its own COMMIT (another connection saw it), not after the last.
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    expect(timerRanAfter).toBeGreaterThan(0);
    expect(timerRanAfter).toBeLessThan(6);
  });

  it('without a budget the same writes share one commit', async () => {
    const { db, repo, conv } = vault();
    const batcher = new WriteBatcher(db);
    await Promise.all(Array.from({ length: 6 }, (_, i) => batcher.run(() => repo.appendMessage(conv.id, { role: 'user', content: `m${i}` }))));
    expect(batcher.commits).toBe(1);
  });

  it('flush() without a budget (closing) still commits everything queued at once', async () => {
    const { db, repo, conv, committed } = vault();
    const slow = new WriteBatcher(db, 0);
    const a = slow.run(() => repo.appendMessage(conv.id, { role: 'user', content: 'a' }));
    const b = slow.run(() => repo.appendMessage(conv.id, { role: 'user', content: 'b' }));
    await Promise.all([a, b]);
    expect(slow.commits).toBe(2);

    const queued = Array.from({ length: 4 }, (_, i) => slow.run(() => repo.appendMessage(conv.id, { role: 'user', content: `q${i}` })));
    slow.flush();
    expect(slow.commits).toBe(3);
    expect(committed()).toBe(6);
    await Promise.all(queued);
  });

  it('the vault\'s shared batcher has the budget: a write that outlasts it ends its batch', async () => {
    const { db, repo, conv } = vault();
    const batcher = writeBatcherFor(db);
    const before = batcher.commits;
    const long = batcher.run(() => {
      const end = performance.now() + GROUP_COMMIT_BUDGET_MS + 1;
      while (performance.now() < end) {
        // a write that takes longer than the budget
      }
      return repo.appendMessage(conv.id, { role: 'user', content: 'long' });
    });
    const next = batcher.run(() => repo.appendMessage(conv.id, { role: 'user', content: 'next' }));
    await Promise.all([long, next]);
    expect(batcher.commits - before).toBe(2);
  });
});
