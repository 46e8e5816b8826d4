import { mkdtempSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scrub } from '../../../../electron/core/log/scrub';
import { ProviderKeyService } from '../../../../electron/core/secrets/provider-key-service';
import type { ProviderKeyStore } from '../../../../electron/core/secrets/provider-keys';
import { SecretsService, VAULT_KEY_ACCOUNT, WRAPPED_KEY_FILE } from '../../../../electron/core/secrets/secrets-service';
import { realKeychain, type KeychainFixture } from './keychain-fixture';

const dirs: string[] = [];
const fixtures: KeychainFixture[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'veil-secrets-'));
  dirs.push(d);
  return d;
};
const keychain = async () => {
  const fx = await realKeychain();
  fixtures.push(fx);
  return fx;
};
/** A loader for a keychain that is not there (no Secret Service), as on a bare Linux desktop. */
const noKeychain = () => {
  throw new Error('The name org.freedesktop.secrets was not provided by any .service files');
};
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

afterEach(async () => {
  vi.useRealTimers();
  for (const fx of fixtures.splice(0)) await fx.cleanup();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('SecretsService in keychain mode (real keychain)', () => {
  it('creates a 32-byte vault key in the keychain and finds the same key after a restart', async () => {
    const fx = await keychain();
    const dataDir = tempDir();
    const a = await SecretsService.open({ dataDir, service: fx.service });
    expect(a.status()).toMatchObject({ state: 'unlocked', mode: 'keychain', appLock: false, keychainAvailable: true });
    const key = Buffer.from(a.vaultKey());
    expect(key).toHaveLength(32);
    expect(await fx.keytar.getPassword(fx.service, VAULT_KEY_ACCOUNT)).toBe(key.toString('hex'));
    const b = await SecretsService.open({ dataDir, service: fx.service });
    expect(b.vaultKey().equals(key)).toBe(true);
    // The key is registered with the scrubber as soon as it is seen.
    expect(scrub(`key=${key.toString('hex')}`)).not.toContain(key.toString('hex'));
  });

  it('never invents a new key when a vault exists but its key is missing', async () => {
    const fx = await keychain();
    const s = await SecretsService.open({ dataDir: tempDir(), service: fx.service, hasExistingVault: () => true });
    expect(s.status().state).toBe('key-unavailable');
    expect(() => s.vaultKey()).toThrow(expect.objectContaining({ code: 'KEYCHAIN_UNAVAILABLE' }));
    expect(await fx.keytar.getPassword(fx.service, VAULT_KEY_ACCOUNT)).toBeNull();
  });

  it('adds an app lock on top of the keychain, locks, rejects a wrong passphrase and unlocks', async () => {
    const fx = await keychain();
    const dataDir = tempDir();
    let now = 1_000_000;
    const s = await SecretsService.open({ dataDir, service: fx.service, now: () => now });
    const key = Buffer.from(s.vaultKey());
    await s.setPassphrase({ next: 'correct horse battery', purpose: 'app-lock' });
    expect(s.status()).toMatchObject({ mode: 'keychain', appLock: true, state: 'unlocked' });
    s.lock();
    expect(() => s.vaultKey()).toThrow(expect.objectContaining({ code: 'VAULT_LOCKED' }));
    await expect(s.unlock('wrong one here')).rejects.toMatchObject({ code: 'PASSPHRASE_WRONG' });
    now += 1000;
    await s.unlock('correct horse battery');
    expect(s.vaultKey().equals(key)).toBe(true);
    // Restart: app lock means it starts locked even though the keychain holds the key.
    const again = await SecretsService.open({ dataDir, service: fx.service, now: () => now });
    expect(again.status()).toMatchObject({ state: 'locked', appLock: true });
    await expect(again.removePassphrase('correct horse battery')).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
    await again.unlock('correct horse battery');
    await again.removePassphrase('correct horse battery');
    expect(again.status()).toMatchObject({ state: 'unlocked', appLock: false });
    expect(() => again.lock()).toThrow(expect.objectContaining({ code: 'PASSPHRASE_NOT_SET' }));
  });

  it('switches keychain -> passphrase -> keychain re-wrapping the same key', async () => {
    const fx = await keychain();
    const dataDir = tempDir();
    const s = await SecretsService.open({ dataDir, service: fx.service });
    const key = Buffer.from(s.vaultKey());
    await s.setPassphrase({ next: 'a long passphrase', purpose: 'passphrase' });
    expect(s.status().mode).toBe('passphrase');
    expect(await fx.keytar.getPassword(fx.service, VAULT_KEY_ACCOUNT)).toBeNull();
    const file = readFileSync(join(dataDir, WRAPPED_KEY_FILE), 'utf8');
    expect(file).not.toContain(key.toString('hex'));
    expect(file).not.toContain(key.toString('base64'));

    const reopened = await SecretsService.open({ dataDir, service: fx.service });
    expect(reopened.status()).toMatchObject({ state: 'locked', mode: 'passphrase' });
    await reopened.unlock('a long passphrase');
    expect(reopened.vaultKey().equals(key)).toBe(true);
    await reopened.removePassphrase('a long passphrase');
    expect(reopened.status()).toMatchObject({ mode: 'keychain', appLock: false });
    expect(await fx.keytar.getPassword(fx.service, VAULT_KEY_ACCOUNT)).toBe(key.toString('hex'));
    expect(reopened.hasWrappedKeyFile()).toBe(false);
  });

  it('auto-locks after the idle timeout when a passphrase is set', async () => {
    const fx = await keychain();
    const s = await SecretsService.open({ dataDir: tempDir(), service: fx.service });
    await s.setPassphrase({ next: 'idle timer pass', purpose: 'app-lock' });
    const locks: boolean[] = [];
    s.onLockChange((locked) => locks.push(locked));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    s.setAutoLockMinutes(5);
    vi.advanceTimersByTime(4 * 60_000);
    s.touch(); // activity restarts the idle period
    vi.advanceTimersByTime(4 * 60_000);
    expect(s.status().state).toBe('unlocked');
    vi.advanceTimersByTime(60_000 + 1);
    expect(s.status().state).toBe('locked');
    expect(locks).toEqual([true]);
  });
});

describe('SecretsService in passphrase mode (keychain unavailable)', () => {
  it('requires a passphrase on first run instead of falling back to plaintext', async () => {
    const dataDir = tempDir();
    const s = await SecretsService.open({ dataDir, loadKeychain: noKeychain });
    expect(s.status()).toMatchObject({ state: 'setup-required', mode: null, keychainAvailable: false });
    expect(() => s.vaultKey()).toThrow(expect.objectContaining({ code: 'VAULT_SETUP_REQUIRED' }));
    await s.setupPassphrase('first run passphrase');
    const key = Buffer.from(s.vaultKey());
    const path = join(dataDir, WRAPPED_KEY_FILE);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const blob = JSON.parse(readFileSync(path, 'utf8')) as { kdf: { N: number; r: number; p: number }; version: number };
    expect(blob).toMatchObject({ version: 1, kdf: { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 } });
    expect(readFileSync(path, 'utf8')).not.toContain(key.toString('hex'));
    expect(readFileSync(path, 'utf8')).not.toContain(key.toString('base64'));
  });

  it('wrong passphrase: clear error, growing delay that survives a restart, key file untouched', async () => {
    const dataDir = tempDir();
    let now = 5_000_000;
    const clock = () => now;
    const first = await SecretsService.open({ dataDir, loadKeychain: noKeychain, now: clock });
    await first.setupPassphrase('the right passphrase');
    const key = Buffer.from(first.vaultKey());
    const before = sha(join(dataDir, WRAPPED_KEY_FILE));

    const s = await SecretsService.open({ dataDir, loadKeychain: noKeychain, now: clock });
    expect(s.status()).toMatchObject({ state: 'locked', retryAfterMs: 0 });
    await expect(s.unlock('nope nope nope')).rejects.toMatchObject({ code: 'PASSPHRASE_WRONG', details: { retryAfterMs: 1000 } });
    // Too soon: refused without even trying the passphrase (the right one too).
    await expect(s.unlock('the right passphrase')).rejects.toMatchObject({ code: 'PASSPHRASE_RETRY_LATER' });
    now += 1000;
    await expect(s.unlock('still wrong')).rejects.toMatchObject({ code: 'PASSPHRASE_WRONG', details: { retryAfterMs: 2000 } });
    now += 2000;
    await expect(s.unlock('wrong again')).rejects.toMatchObject({ code: 'PASSPHRASE_WRONG', details: { retryAfterMs: 4000 } });

    // A restart does not reset the delay.
    const restarted = await SecretsService.open({ dataDir, loadKeychain: noKeychain, now: clock });
    expect(restarted.status().retryAfterMs).toBe(4000);
    await expect(restarted.unlock('the right passphrase')).rejects.toMatchObject({ code: 'PASSPHRASE_RETRY_LATER' });
    expect(sha(join(dataDir, WRAPPED_KEY_FILE))).toBe(before);

    now += 4000;
    await restarted.unlock('the right passphrase');
    expect(restarted.vaultKey().equals(key)).toBe(true);
    expect(restarted.status().retryAfterMs).toBe(0);
  });

  it('refuses a damaged key file instead of replacing it', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, WRAPPED_KEY_FILE), '{"format":"veil-wrapped-key","version":1', { mode: 0o600 });
    await expect(SecretsService.open({ dataDir, loadKeychain: noKeychain })).rejects.toMatchObject({ code: 'VAULT_KEY_FILE_CORRUPT' });
    expect(readFileSync(join(dataDir, WRAPPED_KEY_FILE), 'utf8')).toBe('{"format":"veil-wrapped-key","version":1');
  });
});

describe('provider API keys', () => {
  it('stores values in the keychain and lists only metadata (never a value)', async () => {
    const fx = await keychain();
    const dataDir = tempDir();
    const secrets = await SecretsService.open({ dataDir, service: fx.service });
    const unusedVaultStore = (): ProviderKeyStore => {
      throw new Error('keychain mode must not use the vault store');
    };
    const keys = new ProviderKeyService({ secrets, vaultStore: unusedVaultStore, now: () => 42 });
    const value = 'sk-test-canary-0123456789abcdefWXYZ';
    await keys.set('deepseek', 'My DeepSeek key', value);
    expect(await fx.keytar.getPassword(fx.service, 'provider:deepseek')).toBe(value);
    const list = keys.list();
    expect(list).toEqual([{ id: 'deepseek', label: 'My DeepSeek key', createdAt: 42, updatedAt: 42, last4: 'WXYZ' }]);
    expect(JSON.stringify(list)).not.toContain(value.slice(0, 20));
    expect(readFileSync(join(dataDir, 'secrets-meta.json'), 'utf8')).not.toContain(value.slice(0, 10));
    expect(scrub(`Authorization: ${value}`)).not.toContain(value);

    await keys.set('deepseek', 'Renamed', 'sk-replaced-value-000000000000ABCD');
    expect(await keys.get('deepseek')).toBe('sk-replaced-value-000000000000ABCD');
    expect(keys.list()[0]).toMatchObject({ label: 'Renamed', last4: 'ABCD', createdAt: 42 });
    expect(await keys.delete('deepseek')).toBe(true);
    expect(keys.list()).toEqual([]);
    expect(await fx.keytar.getPassword(fx.service, 'provider:deepseek')).toBeNull();
  });
});
