// Test helper: the test core has no keychain, so its vault waits for a first passphrase; this
// sets one through the same API the lock screen uses.
import type { VeilApi } from '../../../shared/contract/client';

export const TEST_PASSPHRASE = 'renderer-test-passphrase';

export async function openVault(api: VeilApi): Promise<void> {
  const status = await api.vault.lockStatus({});
  if (status.state === 'setup-required') await api.vault.setupPassphrase({ passphrase: TEST_PASSPHRASE });
}
