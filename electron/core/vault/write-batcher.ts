// Group commit for the vault: writes that arrive in the same event-loop turn share one
// transaction and so one fsync (synchronous=FULL makes every COMMIT wait for the disk, which is
// what dominates a send under concurrency). A caller's promise resolves only after the shared
// COMMIT returned, so "resolved" still means "on disk".
//
// Semantics, per write (each runs inside its own SAVEPOINT of the shared transaction):
// - it throws: its own changes are rolled back, its promise rejects with that error, and the
//   other writes of the batch carry on and commit.
// - SQLite abandons the whole transaction (disk full, I/O error) or COMMIT fails: nothing of the
//   writes run so far in that batch is stored, and all of them reject; writes still queued run
//   in a fresh transaction.
// Writes run in the order they were queued. A write must be synchronous (better-sqlite3 is).
//
// hold(fn) stops group commits while fn runs (a long write on another connection holds the
// database's write lock): what is queued before commits first, writes arriving meanwhile wait
// with their promises pending and commit together in the next group commit after fn settled.
//
// A budget (the vault's batchers: GROUP_COMMIT_BUDGET_MS) bounds how long one group commit keeps
// taking writes: once its writes have run that long, it commits those, answers them, and leaves
// the rest for the next event-loop turn, so what the first writers do next (send a request, emit
// a token) and the I/O waiting meanwhile are not held behind every later writer.
import type { Db } from './open-vault';

/**
 * The vault batchers' budget. With 20 chats sending or finishing at once, a single batch took
 * 5–20 ms on the 2-core VM, and token events of other streams waited for all of it (egress
 * bench, 20 streams: first token -> event p50 8.9–15.6 ms without a budget, 4.6–6.5 with 2 ms,
 * 2.9–3.7 with 1 ms; alternating runs). A smaller slice costs the burst of 20 sends more commits.
 */
export const GROUP_COMMIT_BUDGET_MS = 1;

type Write = (db: Db) => unknown;

interface Pending {
  fn: Write;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

interface Done {
  p: Pending;
  value: unknown;
}

export class WriteBatcher {
  private queue: Pending[] = [];
  private scheduled: NodeJS.Immediate | null = null;
  private held = false;
  /** Number of COMMITs so far (tests and benchmarks read it to see batching happen). */
  commits = 0;

  /** `budgetMs`: see the module comment (default: no budget, everything queued in one commit). */
  constructor(
    private readonly db: Db,
    private readonly budgetMs = Infinity,
  ) {}

  /** Queues fn for the next group commit; resolves with its result once that COMMIT returned. */
  run<T>(fn: (db: Db) => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ fn, resolve: resolve as (v: unknown) => void, reject });
      // setImmediate, not a microtask: writes from other callbacks of this I/O phase join too.
      if (!this.held) this.schedule();
    });
  }

  private schedule(): void {
    this.scheduled ??= setImmediate(() => this.flush(this.budgetMs));
  }

  /**
   * Commits what is queued, then holds every later write until fn settled; they commit in one
   * group commit afterwards, in the order they arrived. One hold at a time.
   */
  async hold<T>(fn: () => Promise<T>): Promise<T> {
    if (this.held) throw new Error('WriteBatcher: already held');
    this.flush();
    this.held = true;
    try {
      return await fn();
    } finally {
      this.held = false;
      if (this.queue.length > 0) this.schedule();
    }
  }

  /** True while hold() runs. */
  get holding(): boolean {
    return this.held;
  }

  /**
   * Commits everything queued now (e.g. before the connection closes), even during a hold: the
   * caller ended the long write first. With a budget (the scheduled flush) it stops after the batch
   * that used it up and continues after one event-loop turn.
   */
  flush(budgetMs = Infinity): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      const left = this.commitBatch(batch, budgetMs);
      if (left.length === 0) continue;
      this.queue = [...left, ...this.queue];
      // Two hops: the immediates the answered writers queue (e.g. the HTTP client's) run first.
      this.scheduled = setImmediate(() => {
        this.scheduled = setImmediate(() => this.flush(budgetMs));
      });
      return;
    }
  }

  /** Pending writes (not yet committed). */
  get pending(): number {
    return this.queue.length;
  }

  /** Runs and commits writes of `batch` until it is done or the budget is used; returns those not run. */
  private commitBatch(batch: Pending[], budgetMs: number): Pending[] {
    const { db } = this;
    const started = performance.now();
    const rest = [...batch];
    const done: Done[] = [];
    const begin = (): boolean => {
      try {
        db.exec('BEGIN IMMEDIATE');
        return true;
      } catch (err) {
        for (const p of rest.splice(0)) p.reject(err);
        return false;
      }
    };
    if (!begin()) return [];
    while (rest.length > 0) {
      if (done.length > 0 && performance.now() - started >= budgetMs) break;
      const p = rest.shift() as Pending;
      try {
        db.exec('SAVEPOINT veil_write');
        const value = p.fn(db);
        if (value instanceof Promise) throw new TypeError('WriteBatcher: a write must be synchronous');
        db.exec('RELEASE veil_write');
        done.push({ p, value });
      } catch (err) {
        p.reject(err);
        if (db.inTransaction) {
          db.exec('ROLLBACK TO veil_write');
          db.exec('RELEASE veil_write');
          continue;
        }
        // SQLite rolled the whole transaction back: the earlier writes of this batch are gone too.
        for (const d of done.splice(0)) d.p.reject(err);
        if (!begin()) return [];
      }
    }
    try {
      db.exec('COMMIT');
      this.commits++;
    } catch (err) {
      if (db.inTransaction) db.exec('ROLLBACK');
      for (const d of done) d.p.reject(err);
      return rest;
    }
    for (const d of done) d.p.resolve(d.value);
    return rest;
  }
}

const batchers = new WeakMap<Db, WriteBatcher>();

/** The one batcher of a connection: every writer of that database must share it to share commits. */
export function writeBatcherFor(db: Db): WriteBatcher {
  let b = batchers.get(db);
  if (!b) {
    b = new WriteBatcher(db, GROUP_COMMIT_BUDGET_MS);
    batchers.set(db, b);
  }
  return b;
}
