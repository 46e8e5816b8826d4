// Opens the encrypted SQLite file: SQLCipher v4 compatible cipher with a raw 256-bit key (no
// KDF on open), then the durability/privacy pragmas. A wrong key or a damaged file is detected
// before anything is written, so a failed open leaves every file byte-identical.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { VeilError } from '../errors/veil-error';
import { readJsonFile, writeFileAtomic } from '../fs/atomic-file';

export type Db = Database.Database;

export const VAULT_FILE = 'vault.db';
export const KEYCHECK_FILE = 'vault.keycheck.json';

export interface OpenVaultOptions {
  /** Path to better_sqlite3.node built for the running ABI (Electron passes its own). */
  nativeBinding?: string;
  readonly?: boolean;
}

/**
 * The cipher pragmas, in the order that works: cipher and legacy must precede key, because the
 * key pragma applies the cipher configuration current at that moment. legacy=4 selects
 * SQLCipher 4 defaults (4096-byte pages, HMAC-SHA512, 16-byte salt header), so the file opens in
 * the sqlcipher CLI / DB Browser with `PRAGMA key = "x'<hex>'";`.
 */
export function applyKey(db: Db, key: Buffer): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${key.toString('hex')}'"`);
}

/**
 * The durability and privacy settings of every read-write connection (the benchmark applies the
 * same list to its plain-SQLite baseline). wal_autocheckpoint: every page reaches the main file
 * through a checkpoint, which in the encrypted vault means decrypting it from the WAL and
 * encrypting it again; a 16 MiB WAL (4000 pages, default 1000) lets a page rewritten by several
 * commits (search-index merges, b-tree interior pages) be copied once instead of each time. Deletes
 * still truncate the WAL at once (vault-service), so deleted text does not linger in it.
 */
export const VAULT_PRAGMAS: readonly string[] = [
  'journal_mode = WAL',
  'synchronous = FULL',
  'secure_delete = ON',
  'temp_store = MEMORY',
  'foreign_keys = ON',
  'busy_timeout = 5000',
  'wal_autocheckpoint = 4000',
];

/** A key check value (HMAC of a constant) lets a failed open tell "wrong key" from "damaged file". */
const KeyCheckSchema = z.object({ version: z.literal(1), mac: z.string().regex(/^[0-9a-f]{64}$/) });
const keyMac = (key: Buffer) => createHmac('sha256', key).update('veil-vault-keycheck/1').digest('hex');

export function writeKeyCheck(dir: string, key: Buffer): void {
  writeFileAtomic(join(dir, KEYCHECK_FILE), JSON.stringify({ version: 1, mac: keyMac(key) }));
}

function keyMatchesCheck(dir: string, key: Buffer): boolean | undefined {
  try {
    const parsed = KeyCheckSchema.safeParse(readJsonFile(join(dir, KEYCHECK_FILE)));
    if (!parsed.success) return undefined;
    return timingSafeEqual(Buffer.from(parsed.data.mac, 'hex'), Buffer.from(keyMac(key), 'hex'));
  } catch {
    return undefined;
  }
}

export function corruptError(file: string, cause?: unknown): VeilError {
  return new VeilError(
    'VAULT_CORRUPT',
    `The vault file ${file} is damaged and cannot be opened. Veil has not changed it. Move it aside and restore your conversations from an export.`,
    { cause, details: { file } },
  );
}

/** Maps SQLite failures to the vault's user-facing errors. */
export function vaultError(err: unknown, file: string): VeilError {
  if (err instanceof VeilError) return err;
  const code = (err as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_FULL') || (err as { code?: string }).code === 'ENOSPC') {
    return new VeilError('VAULT_DISK_FULL', 'The disk is full. Nothing was saved by this action; free some space and try again.', { cause: err });
  }
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB')) return corruptError(file, err);
  if (code.startsWith('SQLITE_IOERR')) {
    return new VeilError('VAULT_IO_ERROR', `Veil could not read or write ${file}. Nothing was saved by this action.`, { cause: err });
  }
  return new VeilError('INTERNAL', 'Something went wrong inside the vault. Nothing was lost; please try again.', { cause: err });
}

function classifyOpenFailure(err: unknown, dir: string, file: string, key: Buffer): VeilError {
  const code = (err as { code?: string }).code ?? '';
  if (!code.startsWith('SQLITE_NOTADB') && !code.startsWith('SQLITE_CORRUPT')) return vaultError(err, file);
  const size = statSync(file).size;
  // Too short or not whole pages: damaged whatever the key. Otherwise the key check decides.
  if (size < 4096 || size % 4096 !== 0) return corruptError(file, err);
  const check = keyMatchesCheck(dir, key);
  if (check === true) return corruptError(file, err);
  return new VeilError('VAULT_KEY_MISMATCH', 'The vault cannot be opened with this key. Your files were not changed.', { cause: err });
}

/** Without a WAL holding newer pages, the file must be as long as the page count says. */
function isTruncated(db: Db, file: string): boolean {
  const wal = `${file}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) return false;
  const pages = db.pragma('page_count', { simple: true }) as number;
  return statSync(file).size < pages * 4096;
}

/** Ensures dir is 0700 and every vault file in it 0600 (SQLite creates -wal/-shm with the umask). */
export function tightenPermissions(dir: string): void {
  chmodSync(dir, 0o700);
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    const f = join(dir, VAULT_FILE + suffix);
    if (existsSync(f)) chmodSync(f, 0o600);
  }
}

/**
 * Opens (or creates) dir/vault.db with the given key. Throws VAULT_KEY_MISMATCH or VAULT_CORRUPT
 * without writing anything when the file cannot be read with the key.
 */
export function openVaultDb(dir: string, key: Buffer, options: OpenVaultOptions = {}): Db {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, VAULT_FILE);
  const exists = existsSync(file);
  // SQLite only ever writes whole pages: a partial page means a truncated or damaged file.
  if (exists && statSync(file).size % 4096 !== 0) throw corruptError(file);
  let db: Db;
  try {
    db = new Database(file, {
      fileMustExist: exists,
      readonly: options.readonly ?? false,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (err) {
    throw vaultError(err, file);
  }
  try {
    applyKey(db, key);
    // The first read decrypts page 1; with a wrong key it fails here, before any write.
    db.prepare('SELECT count(*) AS n FROM sqlite_master').get();
    if (exists && isTruncated(db, file)) throw corruptError(file);
  } catch (err) {
    db.close();
    if (err instanceof VeilError) throw err;
    throw exists ? classifyOpenFailure(err, dir, file, key) : vaultError(err, file);
  }
  try {
    if (!options.readonly) {
      for (const p of VAULT_PRAGMAS) db.pragma(p);
      if (keyMatchesCheck(dir, key) !== true) writeKeyCheck(dir, key);
      tightenPermissions(dir);
    }
  } catch (err) {
    db.close();
    throw vaultError(err, file);
  }
  return db;
}
