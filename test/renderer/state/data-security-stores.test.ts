import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LockStatus } from '../../../shared/contract/channels/secrets';
import { createAuditStore } from '../../../renderer/state/audit-store';
import { createDataTransferStore } from '../../../renderer/state/data-transfer-store';
import { createRetentionStore } from '../../../renderer/state/retention-store';
import { createSecurityStore } from '../../../renderer/state/security-store';
import { openCores, removeDir, type CoreApi } from './core-api';
import { openVault, TEST_PASSPHRASE } from './vault-open';

const DAY = 86_400_000;
const openCore = openCores();

async function setup() {
  const o = await openCore();
  await openVault(o.api);
  return o;
}

async function conversationWith(o: CoreApi, title: string, text: string): Promise<string> {
  const c = await o.api.conversations.create({ title });
  const domain = await o.core.storage();
  await domain.vault.use((v) => v.conversations.appendMessage(c.id, { role: 'user', content: text, createdAt: Date.now() }));
  return c.id;
}

describe('retention store', () => {
  it('loads, saves (persisted in the core), reports a refusal and purges with counts', async () => {
    const o = await setup();
    const purgedCounts: number[] = [];
    const store = createRetentionStore({ api: o.api, onPurged: (c) => purgedCounts.push(c.conversations) });
    await store.getState().load();
    expect(store.getState().phase).toBe('ready');
    expect(store.getState().settings).toEqual(await o.api.retention.get({}));

    expect(await store.getState().save({ conversationDays: 30, ledgerDays: 90 })).toBe(true);
    expect(store.getState().settings).toEqual({ conversationDays: 30, ledgerDays: 90 });
    expect(store.getState().savedAt).toBeGreaterThan(0);
    expect(await o.api.retention.get({})).toEqual({ conversationDays: 30, ledgerDays: 90 });

    // 0 days is not a retention (forever is null): the core's schema refuses, nothing changes.
    expect(await store.getState().save({ conversationDays: 0, ledgerDays: 90 })).toBe(false);
    expect(store.getState().saveError?.code).toBe('RPC_INVALID_INPUT');
    expect(await o.api.retention.get({})).toEqual({ conversationDays: 30, ledgerDays: 90 });

    // One conversation 40 days idle, one fresh: the purge deletes exactly the old one.
    const old = await conversationWith(o, 'old one', 'old text');
    const fresh = await conversationWith(o, 'fresh one', 'fresh text');
    const domain = await o.core.storage();
    await domain.vault.use(({ db }) => db.prepare('UPDATE conversations SET updated_at = ? WHERE id = ?').run(Date.now() - 40 * DAY, old));
    const counts = await store.getState().purgeNow();
    expect(counts).toMatchObject({ conversations: 1, messages: 1 });
    expect(store.getState().purged).toEqual(counts);
    expect(purgedCounts).toEqual([1]);
    const left = (await o.api.conversations.list({})).conversations.map((c) => c.id);
    expect(left).toEqual([fresh]);
  });
});

describe('security store', () => {
  it('sets an app lock / changes the passphrase, refuses a wrong current one with a retry time, sets auto-lock, locks', async () => {
    const o = await setup(); // no keychain here: passphrase mode
    const statuses: LockStatus[] = [];
    const store = createSecurityStore({ api: o.api, onStatus: (s) => statuses.push(s) });

    expect(await store.getState().setAutoLock(15)).toBe(true);
    expect(statuses.at(-1)?.autoLockMinutes).toBe(15);
    expect((await o.api.vault.lockStatus({})).autoLockMinutes).toBe(15);

    const before = Date.now();
    expect(await store.getState().setPassphrase({ current: 'not the passphrase', next: 'a brand new passphrase', purpose: 'passphrase' })).toBe(false);
    expect(store.getState().failure).toMatchObject({ action: 'set-passphrase', error: { code: 'PASSPHRASE_WRONG' } });
    expect(store.getState().retryAt).toBeGreaterThan(before);
    // Wait out the delay the core asked for, then change it for real.
    await new Promise((r) => setTimeout(r, Math.max(0, store.getState().retryAt - Date.now()) + 50));
    expect(await store.getState().setPassphrase({ current: TEST_PASSPHRASE, next: 'a brand new passphrase', purpose: 'passphrase' })).toBe(true);
    expect(store.getState().failure).toBeNull();
    expect(store.getState().done).toBe('set-passphrase');

    expect(await store.getState().lockNow()).toBe(true);
    expect(statuses.at(-1)?.state).toBe('locked');
    await expect(o.api.vault.unlock({ passphrase: TEST_PASSPHRASE })).rejects.toMatchObject({ code: 'PASSPHRASE_WRONG' });
    await new Promise((r) => setTimeout(r, 1100));
    expect((await o.api.vault.unlock({ passphrase: 'a brand new passphrase' })).state).toBe('unlocked');

    // Without a keychain there is nothing to go back to: removing the passphrase is refused.
    expect(await store.getState().removePassphrase('a brand new passphrase')).toBe(false);
    expect(store.getState().failure?.error.code).toBe('KEYCHAIN_UNAVAILABLE');
  });

  it('rotates the key (data still readable) and wipes everything back to a fresh start', async () => {
    const o = await setup();
    const id = await conversationWith(o, 'to be wiped', 'secret words');
    const wiped: LockStatus[] = [];
    const store = createSecurityStore({ api: o.api, onStatus: () => undefined, onWiped: (s) => void wiped.push(s) });
    expect(await store.getState().rotateKey()).toBe(true);
    expect(store.getState().done).toBe('rotate');
    expect((await o.api.messages.list({ conversationId: id })).messages.map((m) => m.content)).toEqual(['secret words']);

    expect(await store.getState().wipe(true)).toBe(true);
    // Passphrase mode: the key went with the vault, so Veil asks for a new passphrase.
    expect(wiped.map((s) => s.state)).toEqual(['setup-required']);
    await openVault(o.api);
    expect((await o.api.conversations.list({})).conversations).toEqual([]);
  });
});

describe('data transfer store', () => {
  it('exports JSON with counts, refuses to overwrite, imports it back after a wipe and refreshes', async () => {
    const o = await setup();
    await conversationWith(o, 'Trip plans', 'Book the train to Lyon');
    const path = join(o.dataDir, '..', `${o.dataDir.split('/').at(-1)}-export.json`);
    let refreshed = 0;
    const store = createDataTransferStore({ api: o.api, onImported: () => void refreshed++ });
    const out = await store.getState().runExport({ format: 'json', path });
    expect(out).toMatchObject({ path, format: 'json', conversations: 1, messages: 1, files: 1 });
    expect(readFileSync(path, 'utf8')).toContain('Book the train to Lyon');

    expect(await store.getState().runExport({ format: 'json', path })).toBeNull();
    expect(store.getState().exportError?.code).toBe('EXPORT_EXISTS');
    expect(await store.getState().runExport({ format: 'archive', path: `${path}.veil` })).toBeNull();
    expect(store.getState().exportError?.code).toBe('RPC_INVALID_INPUT');
    expect(existsSync(`${path}.veil`)).toBe(false);

    await o.api.vault.wipe({ confirm: 'WIPE', includeApiKeys: true });
    await openVault(o.api);
    const bad = await store.getState().runImport({ path: 'relative/file.json' });
    expect(bad).toBeNull();
    expect(store.getState().importError?.code).toBe('IMPORT_PATH_INVALID');
    expect(refreshed).toBe(0);

    const back = await store.getState().runImport({ path });
    expect(back).toMatchObject({ source: 'veil-json', conversations: 1, messages: 1 });
    expect(store.getState().importError).toBeNull();
    expect(refreshed).toBe(1);
    expect((await o.api.conversations.list({})).conversations.map((c) => c.title)).toEqual(['Trip plans']);
    removeDir(path);
  });
});

describe('audit store', () => {
  it('lists events newest first, pages, and exports the log as JSON', async () => {
    const o = await setup();
    await o.api.retention.set({ conversationDays: 10, ledgerDays: null });
    await o.api.retention.set({ conversationDays: 20, ledgerDays: null });
    const store = createAuditStore({ api: o.api });
    await store.getState().load();
    const kinds = store.getState().events.map((e) => e.kind);
    expect(kinds.slice(0, 2)).toEqual(['retention.changed', 'retention.changed']);
    expect(store.getState().events[0]?.detail).toMatchObject({ conversationDays: 20 });
    expect(store.getState().hasMore).toBe(false);

    const file = await store.getState().exportLog();
    expect(file?.mimeType).toBe('application/json');
    const doc = JSON.parse(file?.content ?? '{}') as { format: string; events: unknown[] };
    expect(doc.format).toBe('veil-audit-log');
    expect(doc.events.length).toBe(kinds.length);
    await store.getState().load();
    expect(store.getState().events[0]?.kind).toBe('audit.exported');
  });
});
