// Wrapping the vault key under a passphrase: scrypt (N=2^17, r=8, p=1) derives a key-encryption
// key, AES-256-GCM seals the vault key, and a versioned JSON blob records every parameter so
// later versions can raise the cost without breaking old blobs. The header is authenticated.
import { createCipheriv, createDecipheriv, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { VeilError } from '../errors/veil-error';

export const SCRYPT_PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/).max(4096);

export const WrappedKeySchema = z.object({
  format: z.literal('veil-wrapped-key'),
  version: z.literal(1),
  /** passphrase: the key lives only here; app-lock: the keychain holds it, this gates unlock. */
  purpose: z.enum(['passphrase', 'app-lock']),
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z.number().int().min(2 ** 14).max(2 ** 22),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: b64,
  }),
  cipher: z.object({ name: z.literal('aes-256-gcm'), iv: b64, tag: b64 }),
  wrappedKey: b64,
});
export type WrappedKey = z.infer<typeof WrappedKeySchema>;

export interface Kek {
  key: Buffer;
  salt: Buffer;
  params: { N: number; r: number; p: number };
}

export function deriveKek(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number } = SCRYPT_PARAMS, length = 32): Promise<Kek> {
  // scrypt needs 128 * N * r bytes; raise maxmem above Node's 32 MiB default accordingly.
  const maxmem = 128 * params.N * params.r + 16 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, length, { ...params, maxmem }, (err, key) => {
      if (err) reject(new VeilError('INTERNAL', 'Veil could not derive a key from the passphrase.', { cause: err }));
      else resolve({ key, salt, params });
    });
  });
}

export async function newKek(passphrase: string): Promise<Kek> {
  return deriveKek(passphrase, randomBytes(16));
}

function aad(purpose: WrappedKey['purpose'], kek: Kek): Buffer {
  // Binds the header to the ciphertext: changing purpose or KDF parameters breaks the tag.
  const { N, r, p } = kek.params;
  return Buffer.from(`veil-wrapped-key/1/${purpose}/scrypt/${N}/${r}/${p}/${kek.salt.toString('base64')}`);
}

export function wrapKey(vaultKey: Buffer, kek: Kek, purpose: WrappedKey['purpose']): WrappedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek.key, iv);
  cipher.setAAD(aad(purpose, kek));
  const ct = Buffer.concat([cipher.update(vaultKey), cipher.final()]);
  return {
    format: 'veil-wrapped-key',
    version: 1,
    purpose,
    kdf: { name: 'scrypt', ...kek.params, salt: kek.salt.toString('base64') },
    cipher: { name: 'aes-256-gcm', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') },
    wrappedKey: ct.toString('base64'),
  };
}

/** Parses a stored blob; anything malformed is VAULT_KEY_FILE_CORRUPT (never silently replaced). */
export function parseWrappedKey(raw: unknown, file: string): WrappedKey {
  const parsed = WrappedKeySchema.safeParse(raw);
  if (!parsed.success) {
    throw new VeilError('VAULT_KEY_FILE_CORRUPT', `The key file ${file} is damaged. Restore it from a backup, or restore your data from an export.`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** Derives the KEK for a stored blob (slow: scrypt). */
export function kekFor(blob: WrappedKey, passphrase: string): Promise<Kek> {
  const { N, r, p, salt } = blob.kdf;
  return deriveKek(passphrase, Buffer.from(salt, 'base64'), { N, r, p });
}

/** Returns the vault key, or null when the passphrase (KEK) is wrong. */
export function unwrapKey(blob: WrappedKey, kek: Kek): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek.key, Buffer.from(blob.cipher.iv, 'base64'));
    decipher.setAAD(aad(blob.purpose, kek));
    decipher.setAuthTag(Buffer.from(blob.cipher.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(blob.wrappedKey, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

export function sameKey(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
