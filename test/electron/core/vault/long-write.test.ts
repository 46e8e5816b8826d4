// VaultService.longWrite against a real core (real keychain or passphrase mode, real SQLite): one
// transaction across event-loop turns on its own connection. Reads keep seeing the committed
// state, group-commit writes issued meanwhile resolve only after its COMMIT (and are on disk then),
// use() writes wait for it, a late failure rolls all of it back while the queued writes still
// commit, and lock / wipe / key rotation during it never leave a half-written vault.
import { afterEach, describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { runLongWrite } from '../../../../electron/core/vault/long-write';
import { migrate } from '../../../../electron/core/vault/migrations';
import { openVaultDb, VAULT_FILE, type Db } from '../../../../electron/core/vault/open-vault';
import type { VaultDomain } from '../../../../electron/core/vault/vault-domain';
import { closeCores, testCore, type TestCore } from '../export/export-fixture';
import { cleanupDirs, newKey, tempDataDir } from './vault-fixture';

const extra: Db[] = [];
afterEach(async () => {
  for (const db of extra.splice(0)) if (db.open) db.close();
  await closeCores();
  cleanupDirs();
});

const turns = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};

/** A promise the test resolves by hand: the long write waits on it, with its transaction open. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open = (): void => undefined;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

/** A second connection (what another process, or the next start, would see: committed data only). */
function observer(t: TestCore, d: VaultDomain): Db {
  const db = openVaultDb(t.dataDir, d.secrets.vaultKey());
  extra.push(db);
  return db;
}

/** A long write that stores one conversation, then waits with its transaction open until released. */
async function heldLongWrite(d: VaultDomain, id: string, title: string): Promise<{ long: Promise<void>; release: () => void }> {
  const g = gate();
  const long = d.vault.longWrite(async (db, pause) => {
    insertConversation(db, id, title);
    await pause();
    await g.wait;
  });
  await turns(3);
  return { long, release: g.open };
}

const titles = (db: Db): string[] => (db.prepare('SELECT title FROM conversations ORDER BY title').all() as Array<{ title: string }>).map((r) => r.title);
const insertConversation = (db: Db, id: string, title: string): void => {
  db.prepare('INSERT INTO conversations (id, title, created_at, updated_at) VALUES (?, ?, 1, 1)').run(id, title);
};

describe('VaultService.longWrite', () => {
  it('keeps the loop free: reads see the committed state, writes issued meanwhile resolve only after its COMMIT and are durable then', async () => {
    const t = await testCore({ keychain: true });
    const d = await t.core.storage();
    const { vault } = d;
    await t.call('conversations.create', { title: 'existing' });
    const seen = observer(t, d);
    const g = gate();
    const order: string[] = [];
    const long = vault
      .longWrite(async (db, pause) => {
        insertConversation(db, 'c_longwrite0001', 'imported');
        await pause();
        await g.wait;
        insertConversation(db, 'c_longwrite0002', 'imported too');
        return 'done';
      })
      .then((v) => (order.push('long'), v));
    await turns(3);
    expect(vault.longWriteRunning).toBe(true);

    // A chat-like write through the group commit: pending until the long write has committed.
    const chat = vault.write((o) => o.conversations.create({ title: 'chat during' })).then((c) => {
      order.push('chat');
      // Resolved means on disk: another connection sees it, and the long write with it.
      return { c, committed: titles(seen) };
    });
    // A write through use() (rename): refused on the query_only connection, run after the long write.
    const existing = (await vault.use((o) => o.conversations.list(10)))[0]!;
    const rename = vault.use((o) => o.conversations.rename(existing.id, 'renamed during')).then(() => order.push('rename'));
    // Reads over RPC answer now, and see what was committed before the long write began.
    const listed = ((await t.call('conversations.list')).conversations as Array<{ title: string }>).map((c) => c.title);
    expect(listed).toEqual(['existing']);
    expect((await t.call('search.query', { query: 'imported' })).hits).toEqual([]);
    await expect(vault.longWrite(async () => undefined)).rejects.toMatchObject({ code: 'VAULT_BUSY' });
    await turns(5);
    expect(order).toEqual([]);
    expect(titles(seen)).toEqual(['existing']);

    g.open();
    expect(await long).toBe('done');
    const { committed } = await chat;
    await rename;
    expect(order).toEqual(['long', 'rename', 'chat']);
    expect(committed).toEqual(['chat during', 'imported', 'imported too', 'renamed during']);
    expect(vault.longWriteRunning).toBe(false);
    // The group commit works as before afterwards.
    await vault.write((o) => o.conversations.create({ title: 'after' }));
    expect(titles(seen)).toContain('after');
  });

  it('a long write failing late rolls back all of it; the write queued meanwhile still commits', async () => {
    const t = await testCore({ keychain: true });
    const d = await t.core.storage();
    const { vault } = d;
    const seen = observer(t, d);
    const g = gate();
    const long = vault.longWrite(async (db, pause) => {
      for (let i = 0; i < 50; i++) insertConversation(db, `c_doomed${String(i).padStart(6, '0')}`, `doomed ${i}`);
      await pause();
      await g.wait;
      throw new Error('bad entry near the end of the file');
    });
    await turns(3);
    const chat = vault.write((o) => o.conversations.create({ title: 'queued beside a failing long write' }));
    g.open();
    await expect(long).rejects.toThrow();
    await expect(chat).resolves.toMatchObject({ title: 'queued beside a failing long write' });
    expect(titles(seen)).toEqual(['queued beside a failing long write']);
    expect(seen.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('passphrase mode: an API key saved during a long write waits for it and is stored; reading one answers at once', async () => {
    const t = await testCore({ keychain: false });
    await t.call('vault.setupPassphrase', { passphrase: 'a good passphrase' });
    await t.call('secrets.set', { id: 'deepseek', label: 'D', value: 'sk-before-the-long-write-0000' });
    const d = await t.core.storage();
    const { long, release } = await heldLongWrite(d, 'c_longwrite0003', 'imported');
    let saved = false;
    const save = t.call('secrets.set', { id: 'anthropic', label: 'A', value: 'sk-ant-during-the-long-write-00' }).then((r) => ((saved = true), r));
    await turns(5);
    expect(saved).toBe(false);
    expect(((await t.call('secrets.list')).keys as Array<{ id: string }>).map((k) => k.id)).toEqual(['deepseek']);
    release();
    await long;
    await expect(save).resolves.toMatchObject({ id: 'anthropic', last4: 'e-00' });
    expect(((await t.call('secrets.list')).keys as Array<{ id: string }>).map((k) => k.id).sort()).toEqual(['anthropic', 'deepseek']);
  });

  it('clearing the ledger during a long write waits for it, then clears', async () => {
    const t = await testCore({ keychain: true });
    const d = await t.core.storage();
    const { long, release } = await heldLongWrite(d, 'c_longwrite0004', 'imported');
    let done = false;
    const clear = t.call('ledger.clear', { confirm: 'CLEAR' }).then((r) => ((done = true), r));
    await turns(5);
    expect(done).toBe(false);
    release();
    await long;
    await expect(clear).resolves.toEqual({ cleared: 0 });
    expect(titles(observer(t, d))).toContain('imported');
  });

  it('locking during a long write rolls it back (VAULT_WRITE_INTERRUPTED); writes queued meanwhile commit before the vault closes', async () => {
    const t = await testCore({ keychain: false });
    await t.call('vault.setupPassphrase', { passphrase: 'long write lock test' });
    const d = await t.core.storage();
    const { vault } = d;
    await t.call('conversations.create', { title: 'before' });
    const g = gate();
    const long = vault.longWrite(async (db, pause) => {
      insertConversation(db, 'c_interrupted01', 'half an import');
      await g.wait;
      await pause(); // throws: the vault closed meanwhile
      insertConversation(db, 'c_interrupted02', 'never');
    });
    await turns(3);
    const chat = vault.write((o) => o.conversations.create({ title: 'queued before the lock' }));
    await t.call('vault.lock');
    g.open();
    await expect(long).rejects.toMatchObject({ code: 'VAULT_WRITE_INTERRUPTED' });
    await expect(chat).resolves.toMatchObject({ title: 'queued before the lock' });
    await t.call('vault.unlock', { passphrase: 'long write lock test' });
    const db = await t.db();
    expect(titles(db)).toEqual(['before', 'queued before the lock']);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The vault takes a new long write after the interrupted one.
    await vault.longWrite(async (c) => insertConversation(c, 'c_afterlock001', 'after unlock'));
    expect(titles(db)).toContain('after unlock');
  });

  it('wiping during a long write interrupts it and leaves an empty vault', async () => {
    const t = await testCore({ keychain: true });
    const d = await t.core.storage();
    await t.call('conversations.create', { title: 'wiped' });
    const g = gate();
    const long = d.vault.longWrite(async (db, pause) => {
      insertConversation(db, 'c_wipedimport1', 'imported while wiping');
      await g.wait;
      await pause();
    });
    await turns(3);
    await t.call('vault.wipe', { confirm: 'WIPE', includeApiKeys: false });
    g.open();
    await expect(long).rejects.toMatchObject({ code: 'VAULT_WRITE_INTERRUPTED' });
    expect((await t.call('conversations.list')).conversations).toEqual([]);
  });

  it('a key rotation asked for during a long write waits for it, then rotates; everything stays readable', async () => {
    const t = await testCore({ keychain: true });
    const d = await t.core.storage();
    const keyBefore = Buffer.from(d.secrets.vaultKey());
    const g = gate();
    const order: string[] = [];
    const long = d.vault
      .longWrite(async (db, pause) => {
        insertConversation(db, 'c_beforerotat1', 'written before the rotation');
        await g.wait;
        await pause();
      })
      .then(() => order.push('long'));
    await turns(3);
    const rotate = t.call('vault.rotateKey').then(() => order.push('rotate'));
    await turns(5);
    expect(order).toEqual([]);
    g.open();
    await Promise.all([long, rotate]);
    expect(order).toEqual(['long', 'rotate']);
    expect(d.secrets.vaultKey().equals(keyBefore)).toBe(false);
    const fresh = observer(t, d);
    expect(titles(fresh)).toEqual(['written before the rotation']);
  });
});

describe('runLongWrite', () => {
  it('answers callbacks right after its COMMIT, then folds the WAL into the database (not inside the COMMIT)', async () => {
    const dir = tempDataDir();
    const db = openVaultDb(dir, newKey());
    extra.push(db);
    migrate(db);
    db.pragma('wal_autocheckpoint = 100'); // small, so that a COMMIT of this size would checkpoint at once
    const size = () => statSync(join(dir, VAULT_FILE)).size;
    const before = size();
    let sizeRightAfterCommit = -1;
    await runLongWrite(db, async (c, pause) => {
      for (let i = 0; i < 40; i++) {
        insertConversation(c, `c_ckpt${String(i).padStart(8, '0')}`, `conversation ${i} ${'x'.repeat(50_000)}`);
        await pause();
      }
      // Runs in the first turn after the COMMIT.
      setImmediate(() => (sizeRightAfterCommit = size()));
    });
    expect(sizeRightAfterCommit).toBe(before);
    expect(size()).toBeGreaterThan(before + 40 * 50_000);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(100);
    expect(titles(db)).toHaveLength(40);
  });
});
