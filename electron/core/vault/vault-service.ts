// VaultService: the encrypted store as the rest of the core uses it. Opens lazily with the key
// from SecretsService (closing again when Veil locks), routes ephemeral conversations to memory,
// and runs the whole-vault operations: retention purge, key rotation and wipe. Besides the group
// commit (write()) it runs one long write at a time (a large import) without blocking the loop.
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { RetentionSettings } from '../../../shared/contract/vault-types';
import { VeilError } from '../errors/veil-error';
import { syncDir } from '../fs/atomic-file';
import type { Logger } from '../log/logger';
import type { SecretsAuditEvent, SecretsService } from '../secrets/secrets-service';
import { AuditRepo, type AuditDetail } from './audit-repo';
import { ConversationRepo } from './conversation-repo';
import { EphemeralStore } from './ephemeral-store';
import { migrate, registerVaultFunctions } from './migrations';
import { runLongWrite, type LongWriteFn } from './long-write';
import { KEYCHECK_FILE, openVaultDb, tightenPermissions, vaultError, VAULT_FILE, writeKeyCheck, type Db } from './open-vault';
import { purgeExpired, readRetention, writeRetention, type PurgeCounts } from './retention';
import { SearchRepo } from './search-repo';
import { writeBatcherFor } from './write-batcher';

export interface VaultServiceOptions {
  dataDir: string;
  secrets: SecretsService;
  nativeBinding?: string;
  now?: () => number;
  log?: Logger;
}

interface Open {
  db: Db;
  conversations: ConversationRepo;
  search: SearchRepo;
  audit: AuditRepo;
}

/** The long write in progress: its own connection, and how it ends early if the vault closes. */
interface LongWriteSlot {
  conn: Db | null;
  interrupted: VeilError | null;
  ended: Promise<void>;
}

const isReadOnlyRefusal = (err: unknown): boolean => (err as { code?: string }).code === 'SQLITE_READONLY';

export class VaultService {
  readonly ephemeral: EphemeralStore;
  private open: Open | null = null;
  private opening: Promise<Open> | null = null;
  /** Audit events raised while the vault was closed (e.g. failed unlocks), written on open. */
  private pendingAudit: Array<{ kind: string; detail: AuditDetail; at: number }> = [];
  private readonly now: () => number;
  private long: LongWriteSlot | null = null;
  private rotation: Promise<void> | null = null;

  constructor(private readonly opts: VaultServiceOptions) {
    this.now = opts.now ?? Date.now;
    this.ephemeral = new EphemeralStore(this.now);
    opts.secrets.onLockChange((locked) => {
      if (locked) this.close();
    });
  }

  get file(): string {
    return join(this.opts.dataDir, VAULT_FILE);
  }

  exists(): boolean {
    return existsSync(this.file);
  }

  /** Opens the vault on first use; a key staged by an interrupted rotation is tried before giving up. */
  ready(): Promise<Open> {
    if (this.open) return Promise.resolve(this.open);
    this.opening ??= this.doOpen().finally(() => {
      this.opening = null;
    });
    return this.opening;
  }

  private async doOpen(): Promise<Open> {
    const { dataDir, secrets, nativeBinding } = this.opts;
    const options = nativeBinding ? { nativeBinding } : {};
    let db: Db;
    try {
      db = openVaultDb(dataDir, secrets.vaultKey(), options);
    } catch (err) {
      const staged = err instanceof VeilError && err.code === 'VAULT_KEY_MISMATCH' ? await secrets.stagedKey() : null;
      if (!staged) throw err;
      db = openVaultDb(dataDir, staged, options);
      writeKeyCheck(dataDir, staged);
      await secrets.commitNextKey(staged);
      this.opts.log?.warn('vault: finished a key rotation that was interrupted');
    }
    try {
      migrate(db);
    } catch (err) {
      db.close();
      throw vaultError(err, this.file);
    }
    const open: Open = { db, conversations: new ConversationRepo(db, this.now), search: new SearchRepo(db), audit: new AuditRepo(db, this.now) };
    for (const e of this.pendingAudit.splice(0)) open.audit.append(e.kind, e.detail, e.at);
    this.open = open;
    return open;
  }

  /**
   * Runs fn against the open vault, mapping SQLite failures (disk full, corruption) to VeilErrors.
   * During a long write the connection is query_only: reads run at once and see what was committed
   * before it; a write is refused by SQLite at its first statement (nothing changed) and fn runs
   * again once the long write has ended.
   */
  async use<T>(fn: (v: Open) => T): Promise<T> {
    const v = await this.ready();
    const long = this.long;
    try {
      return fn(v);
    } catch (err) {
      if (long && isReadOnlyRefusal(err)) {
        await long.ended;
        return this.use(fn);
      }
      throw vaultError(err, this.file);
    }
  }

  /** True while a long write (an import) runs. */
  get longWriteRunning(): boolean {
    return this.long !== null;
  }

  /**
   * One write transaction across many event-loop turns (see long-write.ts), on a second
   * connection: reads on the main one keep seeing the committed state, group-commit writes
   * (write()) wait and commit right after it, and writes through use() run after it. All or
   * nothing: resolves after COMMIT, rejects after ROLLBACK. One at a time (VAULT_BUSY); locking,
   * closing or wiping the vault interrupts it (VAULT_WRITE_INTERRUPTED, rolled back).
   */
  async longWrite<T>(fn: LongWriteFn<T>): Promise<T> {
    if (this.long) throw new VeilError('VAULT_BUSY', 'An import is already running. Wait for it to finish, then try again.');
    let end = (): void => undefined;
    const slot: LongWriteSlot = { conn: null, interrupted: null, ended: new Promise((resolve) => (end = resolve)) };
    this.long = slot;
    try {
      while (this.rotation) await this.rotation;
      const v = await this.ready();
      if (slot.interrupted) throw slot.interrupted;
      const { nativeBinding } = this.opts;
      const conn = openVaultDb(this.opts.dataDir, this.opts.secrets.vaultKey(), nativeBinding ? { nativeBinding } : {});
      slot.conn = conn;
      registerVaultFunctions(conn); // the search-index triggers call them
      const check = (): void => {
        if (slot.interrupted) throw slot.interrupted;
      };
      return await writeBatcherFor(v.db).hold(async () => {
        // Direct writes on the main connection now fail at once instead of waiting on the lock.
        v.db.pragma('query_only = ON');
        try {
          return await runLongWrite(conn, fn, { check });
        } finally {
          if (v.db.open) v.db.pragma('query_only = OFF');
        }
      });
    } catch (err) {
      throw slot.interrupted ?? vaultError(err, this.file);
    } finally {
      if (slot.conn?.open) slot.conn.close();
      this.long = null;
      end();
    }
  }

  /** Ends a running long write at once (rolled back) because the vault is closing. */
  private interruptLongWrite(): void {
    const slot = this.long;
    if (!slot || slot.interrupted) return;
    slot.interrupted = new VeilError('VAULT_WRITE_INTERRUPTED', 'The vault was locked or closed before a long write finished. Nothing of it was saved.');
    const conn = slot.conn;
    if (!conn?.open) return;
    try {
      if (conn.inTransaction) conn.exec('ROLLBACK');
    } catch {
      // Closing rolls back what is left.
    }
    conn.close();
  }

  /**
   * Runs a write in the next group commit (see write-batcher.ts): writes of the same event-loop
   * turn share one transaction and one fsync. Resolves once that COMMIT returned; a failing write
   * is rolled back alone and rejects with a VeilError.
   */
  async write<T>(fn: (v: Open) => T): Promise<T> {
    const v = await this.ready();
    try {
      return await writeBatcherFor(v.db).run(() => fn(v));
    } catch (err) {
      throw vaultError(err, this.file);
    }
  }

  /** Records an audit event now if open, else when the vault next opens. */
  audit(kind: string, detail: AuditDetail = {}): void {
    if (this.open && this.long) {
      // The main connection is query_only meanwhile: the event commits right after the long write.
      const at = this.now();
      this.write((v) => v.audit.append(kind, detail, at)).catch((err: unknown) => this.opts.log?.warn('vault: could not write an audit event', err));
      return;
    }
    if (this.open) {
      try {
        this.open.audit.append(kind, detail);
        return;
      } catch (err) {
        this.opts.log?.warn('vault: could not write an audit event', err);
      }
    }
    this.pendingAudit.push({ kind, detail, at: this.now() });
  }

  /** Adapter for SecretsService.onAudit. */
  readonly auditSecrets = (e: SecretsAuditEvent): void => this.audit(e.kind, e.detail ?? {});

  retention(): Promise<RetentionSettings> {
    return this.use((v) => readRetention(v.db));
  }

  setRetention(settings: RetentionSettings): Promise<RetentionSettings> {
    return this.use((v) => writeRetention(v.db, settings));
  }

  /** Deletes what expired, truncates the WAL so deleted pages leave the disk, and audits the counts. */
  async purge(): Promise<PurgeCounts> {
    return this.use((v) => {
      const counts = purgeExpired(v.db, this.now());
      // An hourly "nothing expired" entry would only bury the events that matter.
      if (Object.values(counts).some((n) => n > 0)) v.audit.append('retention.purge', { ...counts });
      v.db.pragma('wal_checkpoint(TRUNCATE)');
      return counts;
    });
  }

  /** Deletes one conversation (with messages, search entries, mappings, ledger rows) for good. */
  async deleteConversation(id: string): Promise<boolean> {
    if (id.startsWith('e_')) return this.ephemeral.delete(id);
    return this.use((v) => {
      const gone = v.conversations.delete(id);
      if (gone) {
        v.audit.append('conversation.deleted', { conversations: 1 });
        v.db.pragma('wal_checkpoint(TRUNCATE)');
      }
      return gone;
    });
  }

  /**
   * Re-encrypts the vault under a new random key and destroys the old one. The new key is stored
   * before the rekey, so a crash at any point leaves a key that opens the file.
   */
  async rotateKey(): Promise<void> {
    // Not under a running import (its connection holds the write lock): rotate once it has ended.
    while (this.long) await this.long.ended;
    const rotation = this.doRotateKey();
    const settled = rotation.catch(() => undefined);
    this.rotation = settled;
    try {
      await rotation;
    } finally {
      if (this.rotation === settled) this.rotation = null;
    }
  }

  private async doRotateKey(): Promise<void> {
    const v = await this.ready();
    const next = randomBytes(32);
    await this.opts.secrets.stageNextKey(next);
    try {
      v.db.pragma('wal_checkpoint(TRUNCATE)');
      // SQLite3 Multiple Ciphers cannot rekey in WAL mode; the rollback journal keeps it atomic.
      v.db.pragma('journal_mode = DELETE');
      v.db.pragma(`rekey = "x'${next.toString('hex')}'"`);
      v.db.pragma('journal_mode = WAL');
      tightenPermissions(this.opts.dataDir);
    } catch (err) {
      throw vaultError(err, this.file);
    }
    writeKeyCheck(this.opts.dataDir, next);
    await this.opts.secrets.commitNextKey(next);
    v.audit.append('key.rotated', {});
  }

  close(): void {
    this.interruptLongWrite();
    if (!this.open) return;
    try {
      if (this.open.db.pragma('query_only', { simple: true })) this.open.db.pragma('query_only = OFF');
      // Queued writes commit before the connection goes (their callers are waiting for that).
      writeBatcherFor(this.open.db).flush();
      this.open.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // Closing must not fail; SQLite replays the WAL on the next open.
    }
    this.open.db.close();
    this.open = null;
  }

  /** Deletes the database files (db, -wal, -shm, -journal, key check). The vault must be closed. */
  deleteFiles(): number {
    this.close();
    let removed = 0;
    const dir = this.opts.dataDir;
    for (const name of readdirSync(dir)) {
      if (name.startsWith(VAULT_FILE) || name === KEYCHECK_FILE) {
        rmSync(join(dir, name), { force: true });
        removed++;
      }
    }
    syncDir(dir);
    return removed;
  }

  shutdown(): void {
    this.ephemeral.clear();
    this.close();
  }
}
