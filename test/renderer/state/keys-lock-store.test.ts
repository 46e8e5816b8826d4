import { describe, expect, it } from 'vitest';
import { createKeysStore } from '../../../renderer/state/keys-store';
import { createLockStore, selectIsUnlocked } from '../../../renderer/state/lock-store';
import { openCores } from './core-api';
import { TEST_PASSPHRASE } from './vault-open';

const openCore = openCores();

async function setup() {
  const o = await openCore();
  return o;
}

describe('lock store', () => {
  it('asks for a first passphrase without a keychain, then unlocks', async () => {
    const { api } = await setup();
    const lock = createLockStore({ api });
    await lock.getState().load();
    expect(lock.getState().status?.state).toBe('setup-required');
    expect(selectIsUnlocked(lock.getState())).toBe(false);
    // Too short: refused by the core's schema, reported, still locked.
    expect(await lock.getState().setup('short')).toBe(false);
    expect(lock.getState().attemptError?.code).toBe('RPC_INVALID_INPUT');
    expect(await lock.getState().setup(TEST_PASSPHRASE)).toBe(true);
    expect(selectIsUnlocked(lock.getState())).toBe(true);
    expect(lock.getState().attemptError).toBeNull();
  });

  it('after lock: a wrong passphrase says so, an early retry is told to wait, the right one then unlocks', async () => {
    const { api } = await setup();
    const lock = createLockStore({ api });
    await lock.getState().load();
    await lock.getState().setup(TEST_PASSPHRASE);
    await lock.getState().lock();
    expect(lock.getState().status?.state).toBe('locked');
    const before = Date.now();
    expect(await lock.getState().unlock('not the passphrase')).toBe(false);
    expect(lock.getState().attemptError?.code).toBe('PASSPHRASE_WRONG');
    expect(selectIsUnlocked(lock.getState())).toBe(false);
    // The core wants a pause after a failure; the store knows until when.
    expect(lock.getState().retryAt).toBeGreaterThan(before);
    expect(await lock.getState().unlock(TEST_PASSPHRASE)).toBe(false);
    expect(lock.getState().attemptError?.code).toBe('PASSPHRASE_RETRY_LATER');
    await new Promise((r) => setTimeout(r, Math.max(0, lock.getState().retryAt - Date.now()) + 50));
    const ok = await lock.getState().unlock(TEST_PASSPHRASE);
    expect(ok).toBe(true);
    expect(selectIsUnlocked(lock.getState())).toBe(true);
    expect(lock.getState().attemptError).toBeNull();
  });
});

describe('keys store', () => {
  it('adds, lists (label, date, last 4 only), replaces and removes a key', async () => {
    const { api } = await setup();
    await createLockStore({ api }).getState().setup(TEST_PASSPHRASE);
    const keys = createKeysStore({ api });
    await keys.getState().load();
    expect(keys.getState().keys).toEqual([]);
    expect(await keys.getState().save('deepseek', 'DeepSeek', 'sk-test-0000000000001234')).toBe(true);
    const [info] = keys.getState().keys;
    expect(info).toMatchObject({ id: 'deepseek', label: 'DeepSeek', last4: '1234' });
    expect(JSON.stringify(keys.getState())).not.toContain('sk-test');
    expect(await keys.getState().save('deepseek', 'DeepSeek', 'sk-test-0000000000009876')).toBe(true);
    expect(keys.getState().keys).toHaveLength(1);
    expect(keys.getState().keys[0]?.last4).toBe('9876');
    await keys.getState().load();
    expect(keys.getState().keys.map((k) => k.last4)).toEqual(['9876']);
    expect(await keys.getState().remove('deepseek')).toBe(true);
    expect(keys.getState().keys).toEqual([]);
    expect((await api.secrets.list({})).keys).toEqual([]);
  });

  it('a refused save is reported with its code', async () => {
    const { api } = await setup();
    await createLockStore({ api }).getState().setup(TEST_PASSPHRASE);
    const keys = createKeysStore({ api });
    expect(await keys.getState().save('Not An Id!', 'x', 'value')).toBe(false);
    expect(keys.getState().saveError?.code).toBe('RPC_INVALID_INPUT');
  });
});
