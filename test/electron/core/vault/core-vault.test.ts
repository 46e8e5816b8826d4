import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../../electron/core/index';
import { memoryLogger } from '../../../../electron/core/log/logger';
import { openVaultDb } from '../../../../electron/core/vault/open-vault';
import { realKeychain, type KeychainFixture } from '../secrets/keychain-fixture';
import { cleanupDirs, tempDataDir } from './vault-fixture';

const cores: Core[] = [];
const fixtures: KeychainFixture[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close();
  for (const fx of fixtures.splice(0)) await fx.cleanup();
  cleanupDirs();
});

async function core(opts: { keychain: boolean }) {
  const dataDir = tempDataDir();
  const fx = opts.keychain ? await realKeychain() : undefined;
  if (fx) fixtures.push(fx);
  const c = await createCore({
    dataDir,
    host: 'test',
    logger: memoryLogger().logger,
    ...(fx ? { keychainService: fx.service } : { loadKeychain: () => { throw new Error('no Secret Service'); } }),
  });
  cores.push(c);
  const call = async (channel: string, input: unknown = {}) => {
    const r = await c.rpc.call(channel, input);
    if (!r.ok) throw Object.assign(new Error(r.error.message), r.error);
    return r.output as Record<string, unknown> & { id?: string };
  };
  return { core: c, call, dataDir, fx };
}

describe('storage over RPC (real keychain, real SQLite)', () => {
  it('auto-lock follows the setting however it changes (settings.update or vault.setAutoLock)', async () => {
    const { call } = await core({ keychain: true });
    await call('conversations.list', {});
    await call('settings.update', { autoLockMinutes: 7 });
    await new Promise((r) => setTimeout(r, 20));
    expect(await call('vault.lockStatus', {})).toMatchObject({ autoLockMinutes: 7 });
    await call('vault.setAutoLock', { minutes: 3 });
    expect(await call('vault.lockStatus', {})).toMatchObject({ autoLockMinutes: 3 });
    expect(await call('settings.get', {})).toMatchObject({ autoLockMinutes: 3 });
  });

  it('conversations CRUD, messages, search, keep/retention, delete removes from search', async () => {
    const { core: c, call } = await core({ keychain: true });
    expect(await call('vault.lockStatus')).toMatchObject({ state: 'unlocked', mode: 'keychain' });
    const conv = await call('conversations.create', { title: 'Trip', provider: 'deepseek', model: 'deepseek-chat' });
    const id = conv.id as string;
    const { vault } = await c.storage();
    await vault.use((o) => {
      o.conversations.appendMessage(id, { role: 'user', content: '京都の紅葉はいつ見頃ですか', maskedContent: '京都の紅葉はいつ見頃ですか' });
      o.conversations.appendMessage(id, { role: 'assistant', content: 'Mid-November is best.', status: 'partial', tokensOut: 7 });
    });
    expect(((await call('messages.list', { conversationId: id })).messages as unknown[]).length).toBe(2);
    const hits = (await call('search.query', { query: '紅葉' })).hits as Array<{ conversationId: string; snippet: string }>;
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ conversationId: id });
    expect(await call('conversations.rename', { id, title: 'Kyoto' })).toMatchObject({ title: 'Kyoto', messageCount: 2 });
    expect(await call('conversations.setKeep', { id, keep: true })).toMatchObject({ keep: true });
    expect(await call('conversations.setRetention', { id, days: 30 })).toMatchObject({ retentionDays: 30 });
    expect(await call('conversations.delete', { id })).toEqual({ deleted: true });
    expect((await call('search.query', { query: '紅葉' })).hits).toEqual([]);
    await expect(call('conversations.get', { id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(call('conversations.create', { title: 'x'.repeat(201) })).rejects.toMatchObject({ code: 'RPC_INVALID_INPUT' });
    await expect(call('search.query', { query: 'q'.repeat(501) })).rejects.toMatchObject({ code: 'RPC_INVALID_INPUT' });
  });

  it('ephemeral conversations stay in memory: listed, never in the database or search', async () => {
    const { core: c, call } = await core({ keychain: true });
    const eph = await call('conversations.create', { title: 'ephemeral-canary-title', ephemeral: true });
    expect(eph).toMatchObject({ ephemeral: true });
    const { vault } = await c.storage();
    vault.ephemeral.appendMessage(eph.id as string, { role: 'user', content: 'ephemeral-canary-body' });
    expect(((await call('conversations.list')).conversations as Array<{ id: string }>).map((x) => x.id)).toContain(eph.id);
    expect((await call('search.query', { query: 'ephemeral' })).hits).toEqual([]);
    const rows = await vault.use((o) => o.db.prepare(`SELECT count(*) AS n FROM conversations`).get());
    expect(rows).toEqual({ n: 0 });
    await expect(call('conversations.setKeep', { id: eph.id, keep: true })).rejects.toMatchObject({ code: 'EPHEMERAL_NOT_KEPT' });
    expect(await call('conversations.delete', { id: eph.id })).toEqual({ deleted: true });
  });

  it('provider keys: set/list/delete over RPC never return the value; audit records the events', async () => {
    const { call, fx } = await core({ keychain: true });
    const value = 'sk-rpc-canary-abcdefghijklmnop1234';
    const meta = await call('secrets.set', { id: 'openai', label: 'Work', value });
    expect(JSON.stringify(meta)).not.toContain(value.slice(0, 12));
    expect(await fx!.keytar.getPassword(fx!.service, 'provider:openai')).toBe(value);
    const list = await call('secrets.list');
    expect(list).toEqual({ keys: [expect.objectContaining({ id: 'openai', label: 'Work', last4: '1234' })] });
    expect(JSON.stringify(list)).not.toContain(value.slice(0, 12));
    expect(await call('secrets.delete', { id: 'openai' })).toEqual({ deleted: true });
    const events = (await call('audit.list')).events as Array<{ kind: string; detail: Record<string, unknown> }>;
    expect(events.map((e) => e.kind)).toEqual(['api_key.removed', 'api_key.added']);
    expect(JSON.stringify(events)).not.toContain(value.slice(0, 12));
  });

  it('rotates the key: data stays, the old key no longer opens the file', async () => {
    const { core: c, call, dataDir, fx } = await core({ keychain: true });
    const conv = await call('conversations.create', { title: 'Before rotation' });
    const oldKey = Buffer.from((await c.storage()).secrets.vaultKey());
    expect(await call('vault.rotateKey')).toEqual({ rotated: true });
    const newHex = await fx!.keytar.getPassword(fx!.service, 'vault-key');
    expect(newHex).not.toBe(oldKey.toString('hex'));
    expect(await fx!.keytar.getPassword(fx!.service, 'vault-key-next')).toBeNull();
    expect(await call('conversations.get', { id: conv.id })).toMatchObject({ title: 'Before rotation' });
    (await c.storage()).vault.close();
    expect(() => openVaultDb(dataDir, oldKey)).toThrow(expect.objectContaining({ code: 'VAULT_KEY_MISMATCH' }));
    openVaultDb(dataDir, Buffer.from(newHex!, 'hex')).close();
    expect(((await call('audit.list')).events as Array<{ kind: string }>).map((e) => e.kind)).toContain('key.rotated');
  });

  it('wipe everything: key, database files, settings and (on request) API keys are gone; a fresh vault starts', async () => {
    const { core: c, call, dataDir, fx } = await core({ keychain: true });
    await call('conversations.create', { title: 'wipe-canary' });
    await call('secrets.set', { id: 'anthropic', label: 'A', value: 'sk-ant-wipe-canary-000000000000' });
    await call('settings.update', { theme: 'dark' });
    const oldKey = Buffer.from((await c.storage()).secrets.vaultKey());
    const status = await call('vault.wipe', { confirm: 'WIPE', includeApiKeys: true });
    expect(status).toMatchObject({ state: 'unlocked', mode: 'keychain' });
    expect(existsSync(join(dataDir, 'vault.db'))).toBe(false);
    expect(readdirSync(dataDir).filter((f) => f.startsWith('vault.db'))).toEqual([]);
    expect(existsSync(join(dataDir, 'settings.json'))).toBe(false);
    expect(await fx!.keytar.getPassword(fx!.service, 'provider:anthropic')).toBeNull();
    const newHex = await fx!.keytar.getPassword(fx!.service, 'vault-key');
    expect(newHex).not.toBe(oldKey.toString('hex'));
    expect((await call('conversations.list')).conversations).toEqual([]);
    expect((await call('secrets.list')).keys).toEqual([]);
    expect(((await call('audit.list')).events as Array<{ kind: string }>).map((e) => e.kind)).toEqual(['wipe.everything']);
  });

  it('wipe can keep the API keys', async () => {
    const { call, fx } = await core({ keychain: true });
    await call('secrets.set', { id: 'deepseek', label: 'D', value: 'sk-keep-me-000000000000000000' });
    await call('vault.wipe', { confirm: 'WIPE', includeApiKeys: false });
    expect(await fx!.keytar.getPassword(fx!.service, 'provider:deepseek')).toBe('sk-keep-me-000000000000000000');
    expect((await call('secrets.list')).keys).toEqual([expect.objectContaining({ id: 'deepseek' })]);
  });
});

describe('storage in passphrase mode (keychain unavailable, injected failing loader)', () => {
  it('requires setup, keeps API keys inside the encrypted vault, locks and unlocks', async () => {
    const { call, dataDir } = await core({ keychain: false });
    expect(await call('vault.lockStatus')).toMatchObject({ state: 'setup-required', keychainAvailable: false });
    await expect(call('conversations.list')).rejects.toMatchObject({ code: 'VAULT_SETUP_REQUIRED' });
    await expect(call('vault.setupPassphrase', { passphrase: 'short' })).rejects.toMatchObject({ code: 'RPC_INVALID_INPUT' });
    expect(await call('vault.setupPassphrase', { passphrase: 'a good passphrase' })).toMatchObject({ state: 'unlocked', mode: 'passphrase' });
    const conv = await call('conversations.create', { title: 'Passphrase protected' });
    await call('secrets.set', { id: 'deepseek', label: 'D', value: 'sk-passphrase-mode-canary-0000' });
    expect(await call('vault.lock')).toMatchObject({ state: 'locked' });
    await expect(call('conversations.list')).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
    await expect(call('vault.unlock', { passphrase: 'wrong passphrase' })).rejects.toMatchObject({ code: 'PASSPHRASE_WRONG' });
    await new Promise((r) => setTimeout(r, 1000));
    await call('vault.unlock', { passphrase: 'a good passphrase' });
    expect(await call('conversations.get', { id: conv.id })).toMatchObject({ title: 'Passphrase protected' });
    // The API key is nowhere on disk in plaintext (it lives in the encrypted vault).
    for (const f of readdirSync(dataDir)) expect(readFileSync(join(dataDir, f)).includes(Buffer.from('sk-passphrase-mode-canary'))).toBe(false);
    const kinds = ((await call('audit.list')).events as Array<{ kind: string }>).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['unlock.failed', 'unlock', 'lock', 'api_key.added']));
  });
});
