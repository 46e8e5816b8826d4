// The transparency ledger's storage: entries in the vault's ledger_entries table (the columns
// carry what lists filter on, `data` the whole entry as JSON), and entries of ephemeral
// conversations in this process's memory only, so an ephemeral chat leaves nothing on disk.
import { LedgerSummarySchema, type LedgerEntry, type LedgerFilter, type LedgerSummary } from '../../../shared/contract/channels/ledger';
import { VeilError } from '../errors/veil-error';
import type { Db } from '../vault/open-vault';
import { statement } from '../vault/statements';
import { writeBatcherFor } from '../vault/write-batcher';

export interface LedgerStoreOptions {
  /** The open vault's database (opens it on first use; throws while Veil is locked). */
  db: () => Promise<Db>;
  /** Audit log of the vault (ledger.clear is recorded there). */
  audit?: (kind: string, detail: Record<string, number | string | boolean>) => void;
}

export type LedgerPatch = Partial<Omit<LedgerEntry, 'id' | 'startedAt' | 'ephemeral' | 'provider' | 'conversationId'>>;

interface Row {
  data: string;
}

const SUMMARY_KEYS = Object.keys(LedgerSummarySchema.shape) as Array<keyof LedgerSummary>;

/** The list view of an entry: the summary fields only (no body, no headers). */
export function toSummary(e: LedgerEntry): LedgerSummary {
  const out: Record<string, unknown> = {};
  for (const k of SUMMARY_KEYS) out[k] = e[k];
  return out as LedgerSummary;
}

function where(filter: LedgerFilter): { sql: string; args: Array<string | number> } {
  const parts: string[] = [];
  const args: Array<string | number> = [];
  const add = (sql: string, value: string | number | undefined) => {
    if (value === undefined) return;
    parts.push(sql);
    args.push(value);
  };
  add('provider = ?', filter.provider);
  add('outcome = ?', filter.outcome);
  add('created_at >= ?', filter.from);
  add('created_at < ?', filter.to);
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', args };
}

const matches = (e: LedgerEntry, f: LedgerFilter): boolean =>
  (f.provider === undefined || e.provider === f.provider) &&
  (f.outcome === undefined || e.outcome === f.outcome) &&
  (f.from === undefined || e.startedAt >= f.from) &&
  (f.to === undefined || e.startedAt < f.to);

/** Newest first; entries started in the same millisecond keep their insertion order reversed. */
const newestFirst = (a: { e: LedgerEntry; seq: number }, b: { e: LedgerEntry; seq: number }) => b.e.startedAt - a.e.startedAt || b.seq - a.seq;

export class LedgerStore {
  private readonly memory = new Map<string, { e: LedgerEntry; seq: number }>();
  private seq = 0;

  /** Resolves once the previous write is queued (not committed): writes reach the vault in call order. */
  private queued: Promise<unknown> = Promise.resolve();

  constructor(private readonly opts: LedgerStoreOptions) {}

  /**
   * Runs fn in the vault's group commit (write-batcher.ts) and resolves once it is on disk. Writes
   * are queued in the order they were made, so updates of one entry apply in order without
   * waiting for each other's commit (they usually share one).
   */
  private write<T>(fn: (db: Db) => T): Promise<T> {
    let committed: Promise<T> | undefined;
    const queued = this.queued.then(async () => {
      const db = await this.opts.db();
      committed = writeBatcherFor(db).run(() => fn(db));
    });
    this.queued = queued.catch(() => undefined);
    return queued.then(() => committed as Promise<T>);
  }

  /** Records a new entry; throws (and so stops the request) when it cannot be stored. */
  async open(entry: LedgerEntry): Promise<void> {
    if (entry.ephemeral) {
      this.recordIn(null, entry);
      return;
    }
    // Resolves once the entry is on disk, which is what lets the request leave.
    await this.write((db) => this.recordIn(db, entry));
  }

  /**
   * Records a new entry synchronously inside a transaction the caller runs on the vault's
   * connection (the send pipeline writes a turn and its first request's entry in one commit), or
   * in memory for an ephemeral conversation (db null). The caller must not send before that commit.
   */
  recordIn(db: Db | null, entry: LedgerEntry): void {
    if (entry.ephemeral) {
      this.memory.set(entry.id, { e: entry, seq: this.seq++ });
      return;
    }
    if (!db) throw new TypeError('LedgerStore.recordIn: a stored entry needs the vault connection');
    statement(db, 'INSERT INTO ledger_entries (id, conversation_id, created_at, provider, outcome, data) VALUES (?, ?, ?, ?, ?, ?)').run(
      entry.id,
      entry.conversationId,
      entry.startedAt,
      entry.provider,
      entry.outcome,
      JSON.stringify(entry),
    );
  }

  /**
   * Merges fields into an entry (a function sees the current entry first, in the same transaction);
   * returns the new entry, or null when it is gone (cleared, purged).
   */
  async update(id: string, patch: LedgerPatch | ((current: LedgerEntry) => LedgerPatch)): Promise<LedgerEntry | null> {
    const apply = (cur: LedgerEntry): LedgerEntry => ({ ...cur, ...(typeof patch === 'function' ? patch(cur) : patch) });
    const mem = this.memory.get(id);
    if (mem) {
      mem.e = apply(mem.e);
      return mem.e;
    }
    // Read and write in one step of the group commit, so the patch function sees the entry it changes.
    return this.write((db) => {
      const row = statement(db, 'SELECT data FROM ledger_entries WHERE id = ?').get(id) as Row | undefined;
      if (!row) return null;
      const next = apply(JSON.parse(row.data) as LedgerEntry);
      statement(db, 'UPDATE ledger_entries SET outcome = ?, data = ? WHERE id = ?').run(next.outcome, JSON.stringify(next), id);
      return next;
    });
  }

  async detail(id: string): Promise<LedgerEntry> {
    const mem = this.memory.get(id);
    if (mem) return mem.e;
    const db = await this.opts.db();
    const row = statement(db, 'SELECT data FROM ledger_entries WHERE id = ?').get(id) as Row | undefined;
    if (!row) throw new VeilError('LEDGER_NOT_FOUND', 'That ledger entry no longer exists.');
    return JSON.parse(row.data) as LedgerEntry;
  }

  async list(filter: LedgerFilter, limit: number, offset: number): Promise<{ entries: LedgerSummary[]; total: number }> {
    const db = await this.opts.db();
    const w = where(filter);
    const total = (db.prepare(`SELECT count(*) AS n FROM ledger_entries ${w.sql}`).get(...w.args) as { n: number }).n;
    const rows = db
      .prepare(`SELECT data FROM ledger_entries ${w.sql} ORDER BY created_at DESC, rowid DESC LIMIT ?`)
      .all(...w.args, offset + limit) as Row[];
    const mem = [...this.memory.values()].filter((m) => matches(m.e, filter));
    // Stored rows rank after memory rows of the same millisecond: both orders are newest first.
    const merged = [...mem, ...rows.map((r, i) => ({ e: JSON.parse(r.data) as LedgerEntry, seq: -1 - i }))].sort(newestFirst);
    return { entries: merged.slice(offset, offset + limit).map((m) => toSummary(m.e)), total: total + mem.length };
  }

  /** Every matching entry in full, oldest first (exports). */
  async all(filter: LedgerFilter): Promise<LedgerEntry[]> {
    const db = await this.opts.db();
    const w = where(filter);
    const rows = db.prepare(`SELECT data FROM ledger_entries ${w.sql} ORDER BY created_at, rowid`).all(...w.args) as Row[];
    const stored = rows.map((r) => JSON.parse(r.data) as LedgerEntry);
    const mem = [...this.memory.values()].filter((m) => matches(m.e, filter)).map((m) => m.e);
    return [...stored, ...mem].sort((a, b) => a.startedAt - b.startedAt);
  }

  /** Requests (blocked ones excluded) and tokens recorded for a provider since a time. */
  async usageSince(provider: string, since: number): Promise<{ requests: number; tokens: number }> {
    const db = await this.opts.db();
    const row = statement(
      db,
      `SELECT count(*) AS n,
              coalesce(sum(coalesce(json_extract(data, '$.inputTokens'), 0) + coalesce(json_extract(data, '$.outputTokens'), 0)), 0) AS t
         FROM ledger_entries WHERE provider = ? AND created_at >= ? AND outcome != 'blocked'`,
    ).get(provider, since) as { n: number; t: number };
    let requests = row.n;
    let tokens = row.t;
    for (const { e } of this.memory.values()) {
      if (e.provider !== provider || e.startedAt < since || e.outcome === 'blocked') continue;
      requests++;
      tokens += (e.inputTokens ?? 0) + (e.outputTokens ?? 0);
    }
    return { requests, tokens };
  }

  /** Deletes every entry (stored and in memory) and records how many in the audit log. */
  async clear(): Promise<number> {
    // Through the group commit like every other write: while an import holds the vault, the clear
    // waits for it instead of being refused by the read-only main connection.
    const stored = await this.write((db) => db.prepare('DELETE FROM ledger_entries').run().changes);
    const cleared = stored + this.memory.size;
    this.memory.clear();
    // Deleted pages should leave the disk now, not at the next checkpoint.
    (await this.opts.db()).pragma('wal_checkpoint(TRUNCATE)');
    this.opts.audit?.('ledger.cleared', { entries: cleared });
    return cleared;
  }

  /** Forgets the in-memory (ephemeral) entries, e.g. when Veil locks or quits. */
  forgetEphemeral(): void {
    this.memory.clear();
  }
}
