import { closeSync, openSync, readFileSync, statSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/vault/migrations';
import { openVaultDb, VAULT_FILE } from '../../../../electron/core/vault/open-vault';
import { ConversationRepo } from '../../../../electron/core/vault/conversation-repo';
import { cleanupDirs, dirDigest, newKey, tempDataDir } from './vault-fixture';

afterEach(cleanupDirs);

function seeded(dir: string, key: Buffer) {
  const db = openVaultDb(dir, key);
  migrate(db);
  const repo = new ConversationRepo(db);
  const c = repo.create({ title: 'Secret plans' });
  for (let i = 0; i < 200; i++) repo.appendMessage(c.id, { role: 'user', content: `canary-plaintext-${i} lorem ipsum dolor sit amet` });
  return { db, id: c.id };
}

describe('openVaultDb', () => {
  it('encrypts the whole file SQLCipher-4 style and sets the pragmas', () => {
    const dir = tempDataDir();
    const key = newKey();
    const { db } = seeded(dir, key);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(4000);
    expect(db.pragma('cipher', { simple: true })).toBe('sqlcipher');
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = readFileSync(join(dir, VAULT_FILE));
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(bytes.includes(Buffer.from('canary-plaintext'))).toBe(false);
    expect(bytes.includes(Buffer.from('Secret plans'))).toBe(false);
    // Standard SQLCipher 4 settings with the raw key open it (what `sqlcipher` CLI users would type).
    const ext = new Database(join(dir, VAULT_FILE), { readonly: true });
    ext.pragma(`cipher = 'sqlcipher'`);
    ext.pragma('legacy = 4');
    ext.pragma(`key = "x'${key.toString('hex')}'"`);
    expect(ext.prepare('SELECT count(*) AS n FROM messages').get()).toEqual({ n: 200 });
    ext.close();
  });

  it('creates the directory 0700 and the files 0600', () => {
    const dir = join(tempDataDir(), 'nested');
    const { db } = seeded(dir, newKey());
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    for (const f of [VAULT_FILE, `${VAULT_FILE}-wal`, `${VAULT_FILE}-shm`, 'vault.keycheck.json']) {
      expect(statSync(join(dir, f)).mode & 0o777, f).toBe(0o600);
    }
    db.close();
  });

  it('wrong key -> VAULT_KEY_MISMATCH and every file byte-identical afterwards', () => {
    const dir = tempDataDir();
    const { db } = seeded(dir, newKey());
    db.close();
    const before = dirDigest(dir);
    expect(() => openVaultDb(dir, newKey())).toThrow(expect.objectContaining({ code: 'VAULT_KEY_MISMATCH' }));
    expect(dirDigest(dir)).toEqual(before);
  });

  it('wrong key with a live WAL (crashed app) leaves the WAL untouched too', () => {
    const dir = tempDataDir();
    const key = newKey();
    const { db } = seeded(dir, key);
    // Simulate a crash: copy the files while the WAL still holds the recent pages.
    const before = dirDigest(dir);
    expect(Object.keys(before)).toContain(`${VAULT_FILE}-wal`);
    expect(() => openVaultDb(dir, newKey())).toThrow(expect.objectContaining({ code: 'VAULT_KEY_MISMATCH' }));
    expect(dirDigest(dir)).toEqual(before);
    db.close();
  });

  it.each([
    ['truncated to 3000 bytes', (f: string) => truncateSync(f, 3000)],
    ['truncated mid-page', (f: string) => truncateSync(f, statSync(f).size - 1000)],
    ['truncated by whole pages', (f: string) => truncateSync(f, statSync(f).size - 4096 * 3)],
    ['page 1 overwritten', (f: string) => {
      const fd = openSync(f, 'r+');
      writeSync(fd, Buffer.alloc(512, 0x41), 0, 512, 100);
      closeSync(fd);
    }],
  ])('a damaged file (%s) -> VAULT_CORRUPT naming the file, nothing overwritten', (_name, damage) => {
    const dir = tempDataDir();
    const key = newKey();
    const { db } = seeded(dir, key);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const file = join(dir, VAULT_FILE);
    damage(file);
    const before = dirDigest(dir);
    let caught: unknown;
    try {
      const opened = openVaultDb(dir, key);
      // Damage beyond page 1 may only show when reading; the check must catch it.
      migrate(opened);
      opened.close();
    } catch (err) {
      caught = err;
    }
    expect(caught).toMatchObject({ code: 'VAULT_CORRUPT' });
    expect((caught as Error).message).toContain(file);
    expect((caught as Error).message).toMatch(/export/);
    expect(dirDigest(dir)).toEqual(before);
  });
});
