// SecretsService: the only holder of raw keys. It owns the vault key's lifecycle (keychain or
// passphrase mode, app lock, lock/unlock, auto-lock, rotation staging) and provider API keys.
// It never writes a key in plaintext and never silently falls back from the keychain.
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { VeilError } from '../errors/veil-error';
import { readJsonFile, writeFileAtomic } from '../fs/atomic-file';
import { scrubber } from '../log/scrub';
import { KEYCHAIN_SERVICE, loadKeytar, probeKeychain, type KeychainModule } from './keychain';
import { kekFor, newKek, parseWrappedKey, sameKey, unwrapKey, wrapKey, type Kek, type WrappedKey } from './key-wrap';
import { UnlockThrottle } from './unlock-throttle';

export const WRAPPED_KEY_FILE = 'vault-key.wrapped.json';
export const STAGED_KEY_FILE = 'vault-key.next.wrapped.json';
export const VAULT_KEY_ACCOUNT = 'vault-key';
export const STAGED_KEY_ACCOUNT = 'vault-key-next';

export type LockState = 'unlocked' | 'locked' | 'setup-required' | 'key-unavailable';
export type KeyMode = 'keychain' | 'passphrase';

export interface LockStatus {
  state: LockState;
  mode: KeyMode | null;
  appLock: boolean;
  keychainAvailable: boolean;
  retryAfterMs: number;
  autoLockMinutes: number;
}

export interface SecretsAuditEvent {
  kind: 'unlock.failed' | 'unlock' | 'lock' | 'passphrase.set' | 'passphrase.removed' | 'key.rotated';
  detail?: Record<string, number | string>;
}

export interface SecretsOptions {
  dataDir: string;
  loadKeychain?: () => KeychainModule;
  /** keytar service name; tests use a unique one. */
  service?: string;
  now?: () => number;
  /** True when a vault file already exists: then a missing key must never be replaced by a new one. */
  hasExistingVault?: () => boolean;
  keychainTimeoutMs?: number;
  onAudit?: (event: SecretsAuditEvent) => void;
}

const registerKey = (key: Buffer) => {
  scrubber.register(key.toString('hex'));
  scrubber.register(key.toString('base64'));
};

export class SecretsService {
  readonly dataDir: string;
  readonly service: string;
  private keychain: KeychainModule | null = null;
  private mode: KeyMode | null = null;
  private state: LockState = 'setup-required';
  private blob: WrappedKey | null = null;
  private key: Buffer | null = null;
  private kek: Kek | null = null;
  private throttle: UnlockThrottle;
  private autoLockMinutes = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly lockListeners = new Set<(locked: boolean) => void>();

  private constructor(private readonly opts: SecretsOptions) {
    this.dataDir = opts.dataDir;
    this.service = opts.service ?? KEYCHAIN_SERVICE;
    this.throttle = new UnlockThrottle(opts.dataDir, opts.now);
  }

  /** Probes the keychain, reads the key file and decides the mode; never creates plaintext. */
  static async open(opts: SecretsOptions): Promise<SecretsService> {
    const s = new SecretsService(opts);
    await s.init();
    return s;
  }

  private get wrappedFile(): string {
    return join(this.dataDir, WRAPPED_KEY_FILE);
  }

  private async init(): Promise<void> {
    const load = this.opts.loadKeychain ?? loadKeytar;
    const probe = await probeKeychain(load, this.opts.keychainTimeoutMs);
    this.keychain = probe.available ? load() : null;
    this.blob = this.readBlob(WRAPPED_KEY_FILE);
    const existing = this.opts.hasExistingVault?.() ?? false;
    if (this.blob?.purpose === 'passphrase') {
      this.mode = 'passphrase';
      this.state = 'locked';
    } else if (this.keychain) {
      this.mode = 'keychain';
      const stored = await this.keychain.getPassword(this.service, VAULT_KEY_ACCOUNT);
      if (stored === null && (existing || this.blob)) this.state = 'key-unavailable';
      else if (this.blob) this.state = 'locked';
      else if (stored === null) {
        const key = randomBytes(32);
        await this.keychain.setPassword(this.service, VAULT_KEY_ACCOUNT, key.toString('hex'));
        this.setUnlocked(key, null);
      } else this.setUnlocked(this.decodeStored(stored), null);
    } else {
      this.mode = this.blob ? 'keychain' : null;
      this.state = this.blob || existing ? 'key-unavailable' : 'setup-required';
    }
  }

  private readBlob(name: string): WrappedKey | null {
    const file = join(this.dataDir, name);
    let raw: unknown;
    try {
      raw = readJsonFile(file);
    } catch (err) {
      throw new VeilError('VAULT_KEY_FILE_CORRUPT', `The key file ${file} is damaged. Restore it from a backup, or restore your data from an export.`, { cause: err });
    }
    return raw === undefined ? null : parseWrappedKey(raw, file);
  }

  private decodeStored(hex: string): Buffer {
    if (!/^[0-9a-f]{64}$/.test(hex)) throw new VeilError('VAULT_KEY_FILE_CORRUPT', 'The vault key in the OS keychain is damaged.');
    const key = Buffer.from(hex, 'hex');
    registerKey(key);
    return key;
  }

  /** Serialises state changes so two unlocks can never race past the throttle. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  status(): LockStatus {
    return {
      state: this.state,
      mode: this.mode,
      appLock: this.mode === 'keychain' && this.blob?.purpose === 'app-lock',
      keychainAvailable: this.keychain !== null,
      retryAfterMs: this.state === 'locked' ? this.throttle.retryAfterMs() : 0,
      autoLockMinutes: this.autoLockMinutes,
    };
  }

  get keychainModule(): KeychainModule | null {
    return this.keychain;
  }

  /** The raw vault key (core-internal only; never crosses RPC). */
  vaultKey(): Buffer {
    if (this.state === 'unlocked' && this.key) return this.key;
    if (this.state === 'setup-required') throw new VeilError('VAULT_SETUP_REQUIRED', 'The OS keychain is unavailable: choose a passphrase to protect your vault.');
    if (this.state === 'key-unavailable') {
      throw new VeilError('KEYCHAIN_UNAVAILABLE', 'The vault key is held by the OS keychain, which is not available right now. Unlock your keyring and restart Veil.');
    }
    throw new VeilError('VAULT_LOCKED', 'Veil is locked. Enter your passphrase to unlock.');
  }

  onLockChange(listener: (locked: boolean) => void): () => void {
    this.lockListeners.add(listener);
    return () => this.lockListeners.delete(listener);
  }

  private setUnlocked(key: Buffer, kek: Kek | null): void {
    registerKey(key);
    this.key = key;
    this.kek = kek;
    this.state = 'unlocked';
    this.touch();
  }

  unlock(passphrase: string): Promise<LockStatus> {
    return this.serial(async () => {
      if (this.state === 'unlocked') return this.status();
      if (this.state !== 'locked' || !this.blob) {
        this.vaultKey(); // throws the reason it cannot be unlocked
        return this.status();
      }
      const { kek, key } = await this.checkPassphrase(this.blob, passphrase);
      // A crash while switching to passphrase mode can leave the old keychain copy: remove it now.
      if (this.blob.purpose === 'passphrase' && this.keychain) await this.keychain.deletePassword(this.service, VAULT_KEY_ACCOUNT);
      if (this.blob.purpose === 'app-lock') {
        const stored = await this.keychainOrThrow().getPassword(this.service, VAULT_KEY_ACCOUNT);
        if (stored === null || !sameKey(this.decodeStored(stored), key)) {
          throw new VeilError('KEYCHAIN_KEY_CHANGED', 'The vault key in the OS keychain does not match the app-lock file.');
        }
      }
      this.setUnlocked(key, kek);
      this.emit({ kind: 'unlock' });
      for (const l of this.lockListeners) l(false);
      return this.status();
    });
  }

  /** Verifies a passphrase against a blob, enforcing and updating the growing delay. */
  private async checkPassphrase(blob: WrappedKey, passphrase: string): Promise<{ kek: Kek; key: Buffer }> {
    const wait = this.throttle.retryAfterMs();
    if (wait > 0) {
      throw new VeilError('PASSPHRASE_RETRY_LATER', `Too many wrong passphrases. Try again in ${Math.ceil(wait / 1000)} s.`, { details: { retryAfterMs: wait } });
    }
    const kek = await kekFor(blob, passphrase);
    const key = unwrapKey(blob, kek);
    if (!key) {
      this.throttle.recordFailure();
      const retryAfterMs = this.throttle.retryAfterMs();
      this.emit({ kind: 'unlock.failed', detail: { failures: this.throttle.failures } });
      throw new VeilError('PASSPHRASE_WRONG', 'That passphrase is not correct.', { details: { retryAfterMs } });
    }
    this.throttle.recordSuccess();
    registerKey(key);
    return { kek, key };
  }

  lock(): LockStatus {
    if (!this.blob) throw new VeilError('PASSPHRASE_NOT_SET', 'Set a passphrase or an app lock first; without one Veil cannot be locked.');
    if (this.state !== 'unlocked') return this.status();
    for (const l of this.lockListeners) l(true);
    this.key?.fill(0);
    this.kek?.key.fill(0);
    this.key = null;
    this.kek = null;
    this.state = 'locked';
    clearTimeout(this.idleTimer);
    this.emit({ kind: 'lock' });
    return this.status();
  }

  /** Records activity; auto-lock fires after `autoLockMinutes` without any. */
  touch(): void {
    clearTimeout(this.idleTimer);
    if (this.autoLockMinutes > 0 && this.blob && this.state === 'unlocked') {
      this.idleTimer = setTimeout(() => this.lock(), this.autoLockMinutes * 60_000);
      this.idleTimer.unref();
    }
  }

  setAutoLockMinutes(minutes: number): void {
    this.autoLockMinutes = Math.max(0, Math.floor(minutes));
    this.touch();
  }

  /** First run without a keychain: a new vault key protected only by the passphrase. */
  setupPassphrase(passphrase: string): Promise<LockStatus> {
    return this.serial(async () => {
      if (this.state !== 'setup-required') throw new VeilError('VAULT_ALREADY_SET_UP', 'Veil already has a vault key.');
      const key = randomBytes(32);
      const kek = await newKek(passphrase);
      this.writeBlob(wrapKey(key, kek, 'passphrase'));
      this.mode = 'passphrase';
      this.setUnlocked(key, kek);
      this.emit({ kind: 'passphrase.set', detail: { purpose: 'passphrase' } });
      return this.status();
    });
  }

  /**
   * Sets or changes the passphrase. purpose 'passphrase' moves the key out of the keychain;
   * 'app-lock' keeps it in the keychain and only gates unlocking. The same key is re-wrapped:
   * the database is not re-encrypted. `current` is required when a passphrase exists.
   */
  setPassphrase(input: { current?: string; next: string; purpose: 'passphrase' | 'app-lock' }): Promise<LockStatus> {
    return this.serial(async () => {
      const key = this.vaultKey();
      if (this.blob) await this.checkPassphrase(this.blob, input.current ?? '');
      const kek = await newKek(input.next);
      if (input.purpose === 'passphrase') {
        this.writeBlob(wrapKey(key, kek, 'passphrase'));
        // The key file is durable before the keychain copy goes: a crash leaves two copies, never none.
        if (this.keychain) await this.keychain.deletePassword(this.service, VAULT_KEY_ACCOUNT);
        this.mode = 'passphrase';
      } else {
        const keychain = this.keychainOrThrow();
        await keychain.setPassword(this.service, VAULT_KEY_ACCOUNT, key.toString('hex'));
        this.writeBlob(wrapKey(key, kek, 'app-lock'));
        this.mode = 'keychain';
      }
      this.kek?.key.fill(0);
      this.kek = kek;
      this.emit({ kind: 'passphrase.set', detail: { purpose: input.purpose } });
      this.touch();
      return this.status();
    });
  }

  /** Back to plain keychain mode (no passphrase, no app lock). Needs the keychain. */
  removePassphrase(current: string): Promise<LockStatus> {
    return this.serial(async () => {
      const key = this.vaultKey();
      if (!this.blob) return this.status();
      await this.checkPassphrase(this.blob, current);
      const keychain = this.keychainOrThrow();
      await keychain.setPassword(this.service, VAULT_KEY_ACCOUNT, key.toString('hex'));
      rmSync(this.wrappedFile, { force: true });
      this.blob = null;
      this.mode = 'keychain';
      this.kek?.key.fill(0);
      this.kek = null;
      clearTimeout(this.idleTimer);
      this.emit({ kind: 'passphrase.removed' });
      return this.status();
    });
  }

  private keychainOrThrow(): KeychainModule {
    if (!this.keychain) throw new VeilError('KEYCHAIN_UNAVAILABLE', 'The OS keychain is not available; keep using passphrase mode.');
    return this.keychain;
  }

  private writeBlob(blob: WrappedKey, name = WRAPPED_KEY_FILE): void {
    writeFileAtomic(join(this.dataDir, name), JSON.stringify(blob, null, 2));
    if (name === WRAPPED_KEY_FILE) this.blob = blob;
  }

  /** Rotation step 1: keep the next key durably beside the current one before the database is rekeyed. */
  async stageNextKey(next: Buffer): Promise<void> {
    this.vaultKey();
    registerKey(next);
    if (this.mode === 'passphrase') {
      if (!this.kek) throw new VeilError('VAULT_LOCKED', 'Veil is locked.');
      this.writeBlob(wrapKey(next, this.kek, 'passphrase'), STAGED_KEY_FILE);
    } else {
      await this.keychainOrThrow().setPassword(this.service, STAGED_KEY_ACCOUNT, next.toString('hex'));
    }
  }

  /** A key staged by an interrupted rotation, if any (tried when the current key does not open the vault). */
  async stagedKey(): Promise<Buffer | null> {
    if (this.mode === 'passphrase') {
      const staged = this.readBlob(STAGED_KEY_FILE);
      return staged && this.kek ? unwrapKey(staged, this.kek) : null;
    }
    const hex = await this.keychain?.getPassword(this.service, STAGED_KEY_ACCOUNT);
    return hex ? this.decodeStored(hex) : null;
  }

  /** Rotation step 2 (after the rekey committed): the staged key becomes the key; the old one is destroyed. */
  async commitNextKey(next: Buffer): Promise<void> {
    if (this.mode === 'passphrase') {
      if (!this.kek) throw new VeilError('VAULT_LOCKED', 'Veil is locked.');
      this.writeBlob(wrapKey(next, this.kek, 'passphrase'));
      rmSync(join(this.dataDir, STAGED_KEY_FILE), { force: true });
    } else {
      const keychain = this.keychainOrThrow();
      await keychain.setPassword(this.service, VAULT_KEY_ACCOUNT, next.toString('hex'));
      if (this.blob?.purpose === 'app-lock' && this.kek) this.writeBlob(wrapKey(next, this.kek, 'app-lock'));
      await keychain.deletePassword(this.service, STAGED_KEY_ACCOUNT);
    }
    if (this.key && this.key !== next) this.key.fill(0);
    this.key = next;
    registerKey(next);
    this.emit({ kind: 'key.rotated' });
  }

  /** Wipe: destroys the vault key everywhere (and, when asked, every provider key) and starts over. */
  async destroyKeys(includeProviderKeys: boolean): Promise<void> {
    for (const l of this.lockListeners) l(true);
    if (this.keychain) {
      for (const account of [VAULT_KEY_ACCOUNT, STAGED_KEY_ACCOUNT]) await this.keychain.deletePassword(this.service, account);
      if (includeProviderKeys) {
        for (const { account } of await this.keychain.findCredentials(this.service)) {
          if (account.startsWith('provider:')) await this.keychain.deletePassword(this.service, account);
        }
      }
    }
    for (const f of [WRAPPED_KEY_FILE, STAGED_KEY_FILE]) rmSync(join(this.dataDir, f), { force: true });
    this.key?.fill(0);
    this.kek?.key.fill(0);
    this.key = null;
    this.kek = null;
    this.blob = null;
    clearTimeout(this.idleTimer);
    this.throttle.recordSuccess();
    this.throttle = new UnlockThrottle(this.dataDir, this.opts.now);
    await this.init();
  }

  hasWrappedKeyFile(): boolean {
    return existsSync(this.wrappedFile);
  }

  private emit(event: SecretsAuditEvent): void {
    this.opts.onAudit?.(event);
  }

  close(): void {
    clearTimeout(this.idleTimer);
  }
}
