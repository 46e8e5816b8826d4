// A large import runs as the vault's long write (real core, real SQLite): the event loop stays
// free (RPC answers, reads see the pre-import state), a chat-like write issued during the import
// resolves only after the import committed and is on disk then, a late failure rolls the import
// back while the queued write commits, a second import is refused, a lock interrupts it cleanly,
// and progress is reported as the file is read.
import { statSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runExport } from '../../../../electron/core/export/export-service';
import { importProgressFor } from '../../../../electron/core/import/import-progress';
import { runImport, type ImportProgress } from '../../../../electron/core/import/import-service';
import { openVaultDb, type Db } from '../../../../electron/core/vault/open-vault';
import { closeCores, testCore, type TestCore } from '../export/export-fixture';
import { cleanupDirs, tempDataDir } from '../vault/vault-fixture';

const extra: Db[] = [];
afterEach(async () => {
  for (const db of extra.splice(0)) if (db.open) db.close();
  await closeCores();
  cleanupDirs();
});

const CONVERSATIONS = 80;
const PER_CONVERSATION = 50;
const MESSAGES = CONVERSATIONS * PER_CONVERSATION;

/** Fills a source core with 4000 messages and exports them: a file of several MiB to import. */
async function bigExport(): Promise<string> {
  const src = await testCore({ keychain: true });
  const { vault } = await src.core.storage();
  await vault.use((o) =>
    o.db.transaction(() => {
      for (let c = 0; c < CONVERSATIONS; c++) {
        const conv = o.conversations.create({ title: `Imported ${c}` }, undefined, 1_700_000_000_000 + c * 1000);
        for (let i = 0; i < PER_CONVERSATION; i++) {
          o.conversations.appendMessage(conv.id, { role: i % 2 ? 'assistant' : 'user', content: `${c}/${i} needle${c} ${'lorem ipsum dolor sit amet 東京 '.repeat(30)}`, createdAt: 1_700_000_000_000 + c * 1000 + i });
        }
      }
    })(),
  );
  const path = join(tempDataDir(), 'big.json');
  await runExport({ vault }, { format: 'json', path });
  return path;
}

/** A target core with one conversation of its own. */
async function target(): Promise<TestCore & { vault: Awaited<ReturnType<TestCore['core']['storage']>>['vault']; observer: Db }> {
  const t = await testCore({ keychain: true });
  await t.call('conversations.create', { title: 'mine' });
  const d = await t.core.storage();
  const observer = openVaultDb(t.dataDir, d.secrets.vaultKey());
  extra.push(observer);
  return { ...t, vault: d.vault, observer };
}

const count = (db: Db, table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** Resolves once the import holds its long write (the file was opened and checked). */
async function importWriting(vault: { longWriteRunning: boolean }): Promise<void> {
  while (!vault.longWriteRunning) await new Promise((resolve) => setImmediate(resolve));
}

describe('import as a long write', () => {
  it('RPC is answered during a large import (reads see the pre-import state); a write issued meanwhile resolves after the import committed, durably', async () => {
    const file = await bigExport();
    const t = await target();
    const order: string[] = [];
    const imported = t.call('import.run', { path: file }).then((r) => (order.push('import'), r));
    await importWriting(t.vault);

    const listed = await t.call('conversations.list');
    const found = await t.call('search.query', { query: 'needle3' });
    order.push('rpc');
    // What was committed before the import, not the rows it has written so far.
    expect((listed.conversations as Array<{ title: string }>).map((c) => c.title)).toEqual(['mine']);
    expect(found.hits).toEqual([]);

    const chat = t.vault.write((o) => o.conversations.create({ title: 'sent during the import' })).then((c) => {
      order.push('chat');
      return { c, messages: count(t.observer, 'messages'), conversations: count(t.observer, 'conversations') };
    });
    const r = await imported;
    const written = await chat;
    expect(order).toEqual(['rpc', 'import', 'chat']);
    expect(r).toMatchObject({ source: 'veil-json', conversations: CONVERSATIONS, messages: MESSAGES });
    // When the chat write resolved, another connection saw it and the whole import.
    expect(written).toMatchObject({ messages: MESSAGES, conversations: CONVERSATIONS + 2 });
    expect(((await t.call('search.query', { query: 'needle3' })).hits as unknown[]).length).toBeGreaterThan(0);
  });

  it('an import failing late rolls back; the write queued during it still commits', async () => {
    const file = await bigExport();
    const text = readFileSync(file, 'utf8');
    const late = text.lastIndexOf('"role":"assistant"');
    const bad = join(tempDataDir(), 'bad-role.json');
    writeFileSync(bad, `${text.slice(0, late)}"role":"robot"${text.slice(late + '"role":"assistant"'.length)}`);
    const t = await target();
    const imported = t.call('import.run', { path: bad });
    await importWriting(t.vault);
    const chat = t.vault.write((o) => o.conversations.create({ title: 'kept' }));
    await expect(imported).rejects.toMatchObject({ code: 'IMPORT_INVALID', message: expect.stringContaining('role') });
    await expect(chat).resolves.toMatchObject({ title: 'kept' });
    expect(count(t.observer, 'messages')).toBe(0);
    expect((t.observer.prepare('SELECT title FROM conversations ORDER BY title').all() as Array<{ title: string }>).map((c) => c.title)).toEqual(['kept', 'mine']);
    expect(count(t.observer, 'messages_fts')).toBe(0);
  });

  it('reports progress as it reads, with the loop turning in between, and ends at the whole file', async () => {
    const file = await bigExport();
    const t = await target();
    const progress: ImportProgress[] = [];
    let turns = 0;
    let spinning = true;
    const spin = (): void => {
      turns++;
      if (spinning) setImmediate(spin);
    };
    setImmediate(spin);
    const turnsAt: number[] = [];
    const r = await runImport(t.vault, { path: file }, (p) => {
      progress.push(p);
      turnsAt.push(turns);
    });
    spinning = false;
    expect(r.messages).toBe(MESSAGES);
    const size = statSync(file).size;
    const last = progress.at(-1)!;
    expect(last).toEqual({ bytesRead: size, totalBytes: size, conversations: CONVERSATIONS, messages: MESSAGES });
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i]!.bytesRead).toBeGreaterThanOrEqual(progress[i - 1]!.bytesRead);
      expect(progress[i]!.messages).toBeGreaterThanOrEqual(progress[i - 1]!.messages);
    }
    expect(progress.length).toBeGreaterThan(size / (128 * 1024));
    // Other callbacks ran between the first and the last piece: the import did not hold the loop.
    expect(turnsAt.at(-1)! - turnsAt[0]!).toBeGreaterThan(0);
  });

  it('streams progress over import.progress while the import runs, ending with the whole file', async () => {
    const file = await bigExport();
    const t = await target();
    const events: Array<Record<string, unknown>> = [];
    const ac = new AbortController();
    const watching = t.core.rpc.subscribe('import.progress', {}, (e) => events.push(e as Record<string, unknown>), ac.signal);
    while (events.length === 0) await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual([{ running: false, bytesRead: 0, totalBytes: 0, conversations: 0, messages: 0 }]);
    const imported = t.call('import.run', { path: file });
    await importWriting(t.vault);
    // Delivered while the import still runs (the stream is live, not a summary afterwards).
    expect(events[1]).toEqual({ running: true, bytesRead: 0, totalBytes: 0, conversations: 0, messages: 0 });
    await imported;
    const size = statSync(file).size;
    expect(events.at(-1)).toEqual({ running: false, bytesRead: size, totalBytes: size, conversations: CONVERSATIONS, messages: MESSAGES });
    const read = events.map((e) => e.bytesRead as number).slice(1);
    expect(read).toEqual([...read].sort((a, b) => a - b));
    ac.abort();
    expect(await watching).toMatchObject({ code: 'RPC_CANCELLED' });
  });

  it('a second import while one runs is refused with IMPORT_BUSY; the first one completes', async () => {
    const file = await bigExport();
    const t = await target();
    const first = t.call('import.run', { path: file });
    await importWriting(t.vault);
    await expect(t.call('import.run', { path: file })).rejects.toMatchObject({ code: 'IMPORT_BUSY', message: 'An import is already running. Wait for it to finish, then try again.' });
    await expect(first).resolves.toMatchObject({ messages: MESSAGES });
    expect(count(t.observer, 'messages')).toBe(MESSAGES);
  });

  it('locking during an import stops it (IMPORT_INTERRUPTED), nothing of it is stored, and it can run again after unlocking', async () => {
    const file = await bigExport();
    const t = await testCore({ keychain: false });
    await t.call('vault.setupPassphrase', { passphrase: 'import lock passphrase' });
    await t.call('conversations.create', { title: 'mine' });
    const { vault } = await t.core.storage();
    const imported = t.call('import.run', { path: file });
    imported.catch(() => undefined);
    await importWriting(vault);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await t.call('vault.lock');
    await expect(imported).rejects.toMatchObject({ code: 'IMPORT_INTERRUPTED' });
    await t.call('vault.unlock', { passphrase: 'import lock passphrase' });
    const db = await t.db();
    expect(count(db, 'messages')).toBe(0);
    expect(count(db, 'conversations')).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    await expect(t.call('import.run', { path: file })).resolves.toMatchObject({ messages: MESSAGES });
  });

  it('a running import counts as activity: auto-lock does not cut it off', async () => {
    const file = await bigExport();
    const t = await testCore({ keychain: false });
    await t.call('vault.setupPassphrase', { passphrase: 'import auto-lock passphrase' });
    const { vault, secrets } = await t.core.storage();
    // Only the idle timer's clock is faked; the import's setImmediate turns stay real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      secrets.setAutoLockMinutes(1);
      const imported = t.call('import.run', { path: file });
      await importWriting(vault);
      vi.advanceTimersByTime(50_000);
      const hub = importProgressFor(vault);
      const at = hub.status.bytesRead;
      while (hub.status.bytesRead === at) await new Promise((resolve) => setImmediate(resolve));
      // 100 s after the import began: locked by now unless the import's progress kept it awake.
      vi.advanceTimersByTime(50_000);
      expect(secrets.status().state).toBe('unlocked');
      await expect(imported).resolves.toMatchObject({ messages: MESSAGES });
      vi.advanceTimersByTime(61_000);
      expect(secrets.status().state).toBe('locked'); // idle again after the import: auto-lock works
    } finally {
      vi.useRealTimers();
    }
  });
});
