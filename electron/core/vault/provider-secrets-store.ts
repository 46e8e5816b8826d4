// Passphrase mode keeps provider API keys inside the encrypted vault (there is no keychain);
// the values are as protected as the conversations and go away with a wipe. Every statement runs
// through the vault's use(): SQLite failures become VeilErrors, and a key saved while an import
// holds the vault waits for it instead of being refused.
import type { ProviderKeyStore } from '../secrets/provider-keys';
import type { Db } from './open-vault';

/** Runs fn on the open vault connection (VaultService.use). */
export type UseDb = <T>(fn: (db: Db) => T) => Promise<T>;

export function vaultProviderStore(use: UseDb): ProviderKeyStore {
  return {
    get: (id) => use((db) => (db.prepare('SELECT value FROM provider_secrets WHERE id = ?').get(id) as { value: string } | undefined)?.value ?? null),
    set: (id, value) =>
      use((db) => {
        db.prepare('INSERT INTO provider_secrets (id, value) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET value = excluded.value').run(id, value);
      }),
    delete: (id) => use((db) => db.prepare('DELETE FROM provider_secrets WHERE id = ?').run(id).changes > 0),
  };
}
