// The storage domain assembled: secrets (keys, lock), the encrypted vault, provider API keys,
// the retention schedule (at startup and hourly) and "wipe everything". createCore builds one
// lazily, on the first call that needs it.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Logger } from '../log/logger';
import type { KeychainModule } from '../secrets/keychain';
import { PROVIDER_META_FILE } from '../secrets/provider-keys';
import { ProviderKeyService } from '../secrets/provider-key-service';
import { SecretsService } from '../secrets/secrets-service';
import { THROTTLE_FILE } from '../secrets/unlock-throttle';
import { vaultProviderStore } from './provider-secrets-store';
import { VAULT_FILE } from './open-vault';
import { VaultService } from './vault-service';

export const PURGE_INTERVAL_MS = 60 * 60 * 1000;

export interface VaultDomainOptions {
  dataDir: string;
  loadKeychain?: () => KeychainModule;
  /** keytar service name (default "Veil"); tests use a unique one. */
  keychainService?: string;
  /** better_sqlite3.node for the running ABI (main.ts passes the Electron build). */
  nativeBinding?: string;
  autoLockMinutes?: number;
  /** Files besides the vault that "wipe everything" deletes (e.g. the settings file). */
  settingsFiles?: string[];
  now?: () => number;
  log: Logger;
}

export class VaultDomain {
  private purgeTimer: NodeJS.Timeout | undefined;

  private constructor(
    readonly secrets: SecretsService,
    readonly vault: VaultService,
    readonly providerKeys: ProviderKeyService,
    private readonly opts: VaultDomainOptions,
  ) {}

  static async open(opts: VaultDomainOptions): Promise<VaultDomain> {
    // Secrets raise audit events (failed unlocks) before the vault exists; route them once it does.
    const ref: { vault?: VaultService } = {};
    const secrets = await SecretsService.open({
      dataDir: opts.dataDir,
      ...(opts.loadKeychain ? { loadKeychain: opts.loadKeychain } : {}),
      ...(opts.keychainService ? { service: opts.keychainService } : {}),
      ...(opts.now ? { now: opts.now } : {}),
      hasExistingVault: () => existsSync(join(opts.dataDir, VAULT_FILE)),
      onAudit: (e) => ref.vault?.auditSecrets(e),
    });
    const vault = new VaultService({
      dataDir: opts.dataDir,
      secrets,
      log: opts.log,
      ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
      ...(opts.now ? { now: opts.now } : {}),
    });
    ref.vault = vault;
    const providerKeys = new ProviderKeyService({
      secrets,
      vaultStore: () => vaultProviderStore((fn) => vault.use((v) => fn(v.db))),
      ...(opts.now ? { now: opts.now } : {}),
    });
    secrets.setAutoLockMinutes(opts.autoLockMinutes ?? 0);
    const domain = new VaultDomain(secrets, vault, providerKeys, opts);
    secrets.onLockChange((locked) => {
      if (!locked) domain.purgeSoon();
    });
    domain.startPurgeSchedule();
    return domain;
  }

  /** Purge now if the vault can be opened (locked: it runs on unlock instead). */
  purgeSoon(): void {
    if (this.secrets.status().state !== 'unlocked') return;
    void this.vault.purge().catch((err: unknown) => this.opts.log.warn('retention purge failed', err));
  }

  private startPurgeSchedule(): void {
    this.purgeSoon();
    this.purgeTimer = setInterval(() => this.purgeSoon(), PURGE_INTERVAL_MS);
    this.purgeTimer.unref();
  }

  /**
   * Wipe everything: the vault key (keychain and key files), the database with its -wal/-shm,
   * settings, unlock counter and temp files; API keys too when asked. Then a fresh start.
   */
  async wipeEverything(includeApiKeys: boolean): Promise<void> {
    const { dataDir } = this.opts;
    const passphraseMode = this.secrets.status().mode === 'passphrase';
    this.vault.shutdown();
    this.vault.deleteFiles();
    await this.secrets.destroyKeys(includeApiKeys);
    // In passphrase mode the API key values lived in the vault, so their list goes with it.
    if (includeApiKeys || passphraseMode) this.providerKeys.forgetAll();
    const extra = [THROTTLE_FILE, ...(includeApiKeys || passphraseMode ? [PROVIDER_META_FILE] : []), ...(this.opts.settingsFiles ?? [])];
    for (const f of extra) rmSync(isAbsolute(f) ? f : join(dataDir, f), { force: true });
    for (const name of readdirSync(dataDir)) if (name.endsWith('.tmp')) rmSync(join(dataDir, name), { force: true });
    this.vault.audit('wipe.everything', { apiKeys: includeApiKeys });
  }

  close(): void {
    clearInterval(this.purgeTimer);
    this.secrets.close();
    this.vault.shutdown();
  }
}
