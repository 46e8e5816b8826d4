// Test fixture for the real OS keychain: a unique keytar service per test (so parallel test
// files never see each other's entries) and cleanup of everything stored under it.
import { randomBytes } from 'node:crypto';
import { loadKeytar, type KeychainModule } from '../../../../electron/core/secrets/keychain';

export interface KeychainFixture {
  keytar: KeychainModule;
  service: string;
  /** Deletes every entry stored under `service`. */
  cleanup(): Promise<void>;
}

/**
 * Loads keytar and proves the keychain answers. Throws (so the test fails, never skips) when no
 * Secret Service is reachable: run tests through scripts/with-keyring.sh.
 */
export async function realKeychain(): Promise<KeychainFixture> {
  const keytar = loadKeytar();
  const service = `Veil-test-${randomBytes(6).toString('hex')}`;
  try {
    await keytar.findCredentials(service);
  } catch (err) {
    throw new Error(`The OS keychain is not reachable; run the tests through scripts/with-keyring.sh (${String(err)})`, { cause: err });
  }
  return {
    keytar,
    service,
    async cleanup() {
      for (const { account } of await keytar.findCredentials(service)) await keytar.deletePassword(service, account);
    },
  };
}
