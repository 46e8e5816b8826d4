// One write transaction that spans many event-loop turns (a large import): BEGIN IMMEDIATE, the
// caller's work in pieces with `await pause()` between them, then COMMIT, or ROLLBACK on any
// error, so it stays all or nothing. pause() hands the event loop back (RPC, reads, chat streams)
// once a slice of work has run, and is a no-op before that, so callers may call it often. The WAL
// checkpoint that the COMMIT would trigger runs one turn after it instead.
import type { Db } from './open-vault';

/** Yields the event loop if the current slice of work is used up; throws if the write was interrupted. */
export type Pause = () => Promise<void>;

export type LongWriteFn<T> = (db: Db, pause: Pause) => Promise<T>;

export interface LongWriteOptions {
  /** Work between two yields, in ms (20–50 keeps RPC answers and stream events smooth). */
  sliceMs?: number;
  /** Called after each yield: throws to stop the write (e.g. the vault was locked meanwhile). */
  check?: () => void;
}

const DEFAULT_SLICE_MS = 25;

const resolved = Promise.resolve();
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs fn in one transaction of `db`, which must not be in a transaction already and must not be
 * written by anyone else meanwhile (the vault gives a long write its own connection and holds
 * its group commit; see VaultService.longWrite). Resolves after COMMIT returned (on disk) and the
 * checkpoint after it ran.
 */
export async function runLongWrite<T>(db: Db, fn: LongWriteFn<T>, options: LongWriteOptions = {}): Promise<T> {
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  // The COMMIT of a large write would run the automatic WAL checkpoint at once: every page of it
  // decrypted and re-encrypted (~1.3 s per 100 MiB here). Run it one turn later, as its own stall.
  const autoCheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('wal_autocheckpoint = 0');
  let value: T;
  try {
    value = await transaction(db, fn, sliceMs, options.check);
  } finally {
    if (db.open) db.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);
  }
  await nextTurn();
  // Committed already: if this fails (or the connection closed meanwhile), a later checkpoint does it.
  if (db.open && autoCheckpoint > 0) {
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // see above
    }
  }
  return value;
}

async function transaction<T>(db: Db, fn: LongWriteFn<T>, sliceMs: number, check: (() => void) | undefined): Promise<T> {
  db.exec('BEGIN IMMEDIATE');
  let sliceStart = performance.now();
  const pause: Pause = () => {
    if (performance.now() - sliceStart < sliceMs) return resolved;
    return nextTurn().then(() => {
      check?.();
      sliceStart = performance.now();
    });
  };
  try {
    const value = await fn(db, pause);
    check?.();
    db.exec('COMMIT');
    return value;
  } catch (err) {
    // A failed COMMIT (disk full) may leave the transaction open; SQLite may also have ended it
    // itself (some I/O errors), and an interrupted write's connection may be closed already.
    if (db.open && db.inTransaction) db.exec('ROLLBACK');
    throw err;
  }
}
