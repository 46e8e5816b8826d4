// E2E helper: makes sure the preview's vault is open before the page loads. With an OS keychain
// (npm test runs e2e inside scripts/with-keyring.sh) it already is; without one the core asks
// for a first passphrase, which this sets through the core's own RPC table.
import type { PreviewServer } from '../../../electron/preview/server';
import { openPreviewInBrowser, type PreviewBrowser } from './preview-browser';

export const E2E_PASSPHRASE = 'correct horse battery staple';

export async function ensureVaultOpen(preview: PreviewServer): Promise<'keychain' | 'passphrase'> {
  const status = await preview.core.rpc.call('vault.lockStatus', {});
  if (!status.ok) throw new Error(`vault.lockStatus failed: ${status.error.code}`);
  const state = (status.output as { state: string }).state;
  if (state === 'unlocked') return 'keychain';
  if (state !== 'setup-required') throw new Error(`vault is ${state}`);
  const setup = await preview.core.rpc.call('vault.setupPassphrase', { passphrase: E2E_PASSPHRASE });
  if (!setup.ok) throw new Error(`vault.setupPassphrase failed: ${setup.error.code}`);
  return 'passphrase';
}

/**
 * The app in Chromium (light, reduced motion) with its vault open, loaded on the main screen; also how
 * the vault was opened, for tests that depend on it.
 */
export async function openUnlockedApp(): Promise<{ h: PreviewBrowser; mode: 'keychain' | 'passphrase' }> {
  const h = await openPreviewInBrowser({ colorScheme: 'light', reducedMotion: 'reduce' });
  const mode = await ensureVaultOpen(h.preview);
  await h.page.goto(h.preview.url);
  await h.page.getByTestId('sidebar').waitFor();
  return { h, mode };
}
