// Passphrase mode keeps provider API keys inside the encrypted vault (there is no keychain);
// the values are as protected as the conversations and go away with a wipe.
import type { ProviderKeyStore } from '../secrets/provider-keys';
import type { Db } from './open-vault';

export function vaultProviderStore(db: () => Promise<Db>): ProviderKeyStore {
  return {
    get: async (id) => ((await db()).prepare('SELECT value FROM provider_secrets WHERE id = ?').get(id) as { value: string } | undefined)?.value ?? null,
    set: async (id, value) => {
      (await db()).prepare('INSERT INTO provider_secrets (id, value) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET value = excluded.value').run(id, value);
    },
    delete: async (id) => (await db()).prepare('DELETE FROM provider_secrets WHERE id = ?').run(id).changes > 0,
  };
}
