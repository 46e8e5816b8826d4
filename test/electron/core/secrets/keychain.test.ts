import { afterEach, describe, expect, it } from 'vitest';
import { probeKeychain } from '../../../../electron/core/secrets/keychain';
import { realKeychain, type KeychainFixture } from './keychain-fixture';

// These run against the real Secret Service (scripts/with-keyring.sh provides one) and fail
// when it is missing: a keychain that silently is not there is exactly the bug to catch.
describe('OS keychain (real)', () => {
  let fx: KeychainFixture | undefined;
  afterEach(async () => {
    await fx?.cleanup();
    fx = undefined;
  });

  it('is reported available by the probe', async () => {
    const status = await probeKeychain();
    expect(status).toMatchObject({ available: true });
  });

  it('stores, finds, replaces and deletes entries', async () => {
    fx = await realKeychain();
    const { keytar, service } = fx;
    await keytar.setPassword(service, 'a', 'value-a');
    await keytar.setPassword(service, 'b', 'value-b');
    expect(await keytar.getPassword(service, 'a')).toBe('value-a');
    await keytar.setPassword(service, 'a', 'value-a2');
    expect(await keytar.getPassword(service, 'a')).toBe('value-a2');
    const found = (await keytar.findCredentials(service)).map((c) => c.account).sort();
    expect(found).toEqual(['a', 'b']);
    expect(await keytar.deletePassword(service, 'a')).toBe(true);
    expect(await keytar.deletePassword(service, 'a')).toBe(false);
    expect(await keytar.getPassword(service, 'a')).toBeNull();
  });

  it('reports unavailable when keytar cannot load', async () => {
    const status = await probeKeychain(() => {
      throw new Error('no Secret Service on this bus');
    });
    expect(status).toMatchObject({ available: false, detail: 'no Secret Service on this bus' });
  });
});
