// Provider API keys as the rest of the core sees them: set/replace/delete/list and a core-only
// getter. Values go to the keychain in keychain mode and to the encrypted vault in passphrase
// mode; listing reads only metadata, so it never touches a value.
import { VeilError } from '../errors/veil-error';
import { scrubber } from '../log/scrub';
import { keychainProviderStore, ProviderKeyMetadata, type ProviderKeyMeta, type ProviderKeyStore } from './provider-keys';
import type { SecretsService } from './secrets-service';

export interface ProviderKeyServiceOptions {
  secrets: SecretsService;
  /** The passphrase-mode store (a table inside the encrypted vault), opened on demand. */
  vaultStore: () => ProviderKeyStore;
  now?: () => number;
}

export class ProviderKeyService {
  private readonly meta: ProviderKeyMetadata;
  private readonly now: () => number;

  constructor(private readonly opts: ProviderKeyServiceOptions) {
    this.meta = new ProviderKeyMetadata(opts.secrets.dataDir);
    this.now = opts.now ?? Date.now;
  }

  private store(): ProviderKeyStore {
    const { secrets } = this.opts;
    const keychain = secrets.keychainModule;
    if (secrets.status().mode === 'keychain' && keychain) return keychainProviderStore(keychain, secrets.service);
    secrets.vaultKey(); // passphrase mode: the vault must be unlocked
    return this.opts.vaultStore();
  }

  list(): ProviderKeyMeta[] {
    return this.meta.list();
  }

  async set(id: string, label: string, value: string): Promise<ProviderKeyMeta> {
    scrubber.register(value);
    if (value.trim() !== value || value.length === 0) throw new VeilError('SECRET_INVALID', 'An API key cannot be empty or start or end with spaces.');
    await this.store().set(id, value);
    return this.meta.put(id, label, value, this.now());
  }

  async delete(id: string): Promise<boolean> {
    const removed = await this.store().delete(id);
    return this.meta.remove(id) || removed;
  }

  /** Core-only: the value for an outbound request. Never returned over RPC. */
  async get(id: string): Promise<string | null> {
    const value = await this.store().get(id);
    if (value !== null) scrubber.register(value);
    return value;
  }

  /**
   * After a mode switch, moves every value into the store the new mode uses. Copy first, then
   * delete the old copy, so an interruption leaves a duplicate rather than a loss.
   */
  async relocate(from: ProviderKeyStore): Promise<number> {
    const to = this.store();
    let moved = 0;
    for (const id of this.meta.ids()) {
      const value = await from.get(id);
      if (value === null) continue;
      scrubber.register(value);
      await to.set(id, value);
      await from.delete(id);
      moved++;
    }
    return moved;
  }

  /** The store for a given mode, for relocate(). */
  storeFor(mode: 'keychain' | 'passphrase'): ProviderKeyStore {
    const keychain = this.opts.secrets.keychainModule;
    if (mode === 'keychain') {
      if (!keychain) throw new VeilError('KEYCHAIN_UNAVAILABLE', 'The OS keychain is not available.');
      return keychainProviderStore(keychain, this.opts.secrets.service);
    }
    return this.opts.vaultStore();
  }

  /** Wipe: forget the metadata (values are removed by the secrets service / vault wipe). */
  forgetAll(): void {
    for (const id of this.meta.ids()) this.meta.remove(id);
  }
}
