// Channels for provider API keys and the vault's lock (keychain/passphrase mode). Key values go
// in (secrets.set) and never come out: listing returns ids, labels, dates and the last 4 chars.
import { z } from 'zod';
import { request } from '../channel';
import { Empty } from './app';

export const ProviderKeyIdSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'provider ids are lowercase letters, digits, . _ -');
const Passphrase = z.string().min(8, 'use at least 8 characters').max(1024);

export const ProviderKeyInfoSchema = z.object({
  id: ProviderKeyIdSchema,
  label: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Last 4 characters (empty for short keys). */
  last4: z.string().max(4),
});
export type ProviderKeyInfo = z.infer<typeof ProviderKeyInfoSchema>;

export const LockStatusSchema = z.object({
  /** setup-required: no keychain and no key yet: choose a passphrase. key-unavailable: the keychain holding the key is not reachable. */
  state: z.enum(['unlocked', 'locked', 'setup-required', 'key-unavailable']),
  mode: z.enum(['keychain', 'passphrase']).nullable(),
  appLock: z.boolean(),
  keychainAvailable: z.boolean(),
  retryAfterMs: z.number().int().min(0),
  autoLockMinutes: z.number().int().min(0),
});
export type LockStatus = z.infer<typeof LockStatusSchema>;

export const secretsChannels = {
  'secrets.list': request(Empty, z.object({ keys: z.array(ProviderKeyInfoSchema) })),
  'secrets.set': request(
    z.object({ id: ProviderKeyIdSchema, label: z.string().trim().min(1).max(200), value: z.string().min(1).max(4096) }).strict(),
    ProviderKeyInfoSchema,
  ),
  'secrets.delete': request(z.object({ id: ProviderKeyIdSchema }).strict(), z.object({ deleted: z.boolean() })),

  'vault.lockStatus': request(Empty, LockStatusSchema),
  'vault.unlock': request(z.object({ passphrase: z.string().max(1024) }).strict(), LockStatusSchema),
  'vault.lock': request(Empty, LockStatusSchema),
  /** First run without a keychain: create the vault key protected by this passphrase. */
  'vault.setupPassphrase': request(z.object({ passphrase: Passphrase }).strict(), LockStatusSchema),
  /** Set or change the passphrase: 'passphrase' mode (key only behind it) or an 'app-lock' on top of the keychain. */
  'vault.setPassphrase': request(
    z.object({ current: z.string().max(1024).optional(), next: Passphrase, purpose: z.enum(['passphrase', 'app-lock']) }).strict(),
    LockStatusSchema,
  ),
  /** Back to plain keychain mode. */
  'vault.removePassphrase': request(z.object({ current: z.string().max(1024) }).strict(), LockStatusSchema),
  'vault.setAutoLock': request(z.object({ minutes: z.number().int().min(0).max(24 * 60) }).strict(), LockStatusSchema),
} as const;
