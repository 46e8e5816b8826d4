// VaultService: the encrypted store as the rest of the core uses it. Opens lazily with the key
// from SecretsService (closing again when Veil locks), routes ephemeral conversations to memory,
// and runs the whole-vault operations: retention purge, key rotation and wipe.
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
import { migrate } from './migrations';
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

export class VaultService {
  readonly ephemeral: EphemeralStore;
  private open: Open | null = null;
  private opening: Promise<Open> | null = null;
  /** Audit events raised while the vault was closed (e.g. failed unlocks), written on open. */
  private pendingAudit: Array<{ kind: string; detail: AuditDetail; at: number }> = [];
  private readonly now: () => number;

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

  /** Runs fn against the open vault, mapping SQLite failures (disk full, corruption) to VeilErrors. */
  async use<T>(fn: (v: Open) => T): Promise<T> {
    const v = await this.ready();
    try {
      return fn(v);
    } catch (err) {
      throw vaultError(err, this.file);
    }
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
    if (!this.open) return;
    try {
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
