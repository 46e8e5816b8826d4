// Provider API keys. Values live in the OS keychain (account "provider:<id>") or, in passphrase
// mode, in a store inside the encrypted vault; the non-secret metadata (label, created, last 4)
// lives in secrets-meta.json so the key list can be shown without touching any value.
import { join } from 'node:path';
import { z } from 'zod';
import { VeilError } from '../errors/veil-error';
import { readJsonFile, writeFileAtomic } from '../fs/atomic-file';
import { scrubber } from '../log/scrub';
import type { KeychainModule } from './keychain';

export const PROVIDER_META_FILE = 'secrets-meta.json';
export const providerAccount = (id: string): string => `provider:${id}`;

/** Where provider key values are kept; chosen by the secrets service from the current mode. */
export interface ProviderKeyStore {
  get(id: string): Promise<string | null>;
  set(id: string, value: string): Promise<void>;
  delete(id: string): Promise<boolean>;
}

export function keychainProviderStore(keytar: KeychainModule, service: string): ProviderKeyStore {
  return {
    get: (id) => keytar.getPassword(service, providerAccount(id)),
    set: (id, value) => keytar.setPassword(service, providerAccount(id), value),
    delete: (id) => keytar.deletePassword(service, providerAccount(id)),
  };
}

const MetaEntrySchema = z.object({ label: z.string().max(200), createdAt: z.number(), updatedAt: z.number(), last4: z.string().max(4) });
const MetaFileSchema = z.object({ version: z.literal(1), providers: z.record(z.string(), MetaEntrySchema) });
export type ProviderKeyMeta = z.infer<typeof MetaEntrySchema> & { id: string };

export class ProviderKeyMetadata {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, PROVIDER_META_FILE);
  }

  private read(): z.infer<typeof MetaFileSchema> {
    let raw: unknown;
    try {
      raw = readJsonFile(this.file);
    } catch (err) {
      throw new VeilError('SECRETS_META_CORRUPT', `The key list ${this.file} is damaged; re-enter your API keys.`, { cause: err });
    }
    if (raw === undefined) return { version: 1, providers: {} };
    const parsed = MetaFileSchema.safeParse(raw);
    if (!parsed.success) throw new VeilError('SECRETS_META_CORRUPT', `The key list ${this.file} is damaged; re-enter your API keys.`, { cause: parsed.error });
    return parsed.data;
  }

  list(): ProviderKeyMeta[] {
    return Object.entries(this.read().providers)
      .map(([id, m]) => ({ id, ...m }))
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  get(id: string): ProviderKeyMeta | undefined {
    const m = this.read().providers[id];
    return m ? { id, ...m } : undefined;
  }

  put(id: string, label: string, value: string, now: number): ProviderKeyMeta {
    const file = this.read();
    const prev = file.providers[id];
    // Only the last 4 characters are kept, and only for keys long enough that they reveal little.
    const last4 = value.length >= 12 ? value.slice(-4) : '';
    const entry = { label, createdAt: prev?.createdAt ?? now, updatedAt: now, last4 };
    file.providers[id] = entry;
    writeFileAtomic(this.file, JSON.stringify(file, null, 2));
    return { id, ...entry };
  }

  remove(id: string): boolean {
    const file = this.read();
    if (!file.providers[id]) return false;
    delete file.providers[id];
    writeFileAtomic(this.file, JSON.stringify(file, null, 2));
    return true;
  }

  ids(): string[] {
    return Object.keys(this.read().providers);
  }
}

/** Registers a key value with the process scrubber before it goes anywhere else. */
export function guardSecret(value: string): void {
  scrubber.register(value);
}
