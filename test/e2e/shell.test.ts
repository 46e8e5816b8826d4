// The renderer shell in Debian's Chromium against the real preview bridge: the core's status on
// screen, window.veil with exactly the preload's shape, theme switching that persists, keyboard
// access to Settings, and screenshots of the shell in light and dark.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApi, type Transport } from '../../shared/contract/client';
import { contract } from '../../shared/contract/channels/index';
import { ROOT, keyTree, openPreviewInBrowser, type PreviewBrowser } from './support/preview-browser';

const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

let h: PreviewBrowser;

beforeAll(async () => {
  h = await openPreviewInBrowser({ colorScheme: 'light' });
  await h.page.goto(h.preview.url);
  await h.page.getByTestId('sidebar').waitFor();
});

afterAll(async () => {
  await h?.close();
});

const htmlTheme = () => h.page.evaluate(() => document.documentElement.dataset.theme);

describe('preview shell in Chromium', () => {
  it('shows the app frame and the core status (version, keychain, host "preview", data dir)', async () => {
    const { page } = h;
    await expect.poll(() => page.getByTestId('sidebar-status').textContent()).toContain(`v${VERSION}`);
    expect(await page.getByTestId('main-pane').isVisible()).toBe(true);
    await page.getByTestId('settings-button').click();
    const about = page.getByTestId('app-status');
    await about.getByTestId('status-version').waitFor();
    expect(await about.getByTestId('status-version').textContent()).toBe(VERSION);
    expect(await about.getByTestId('status-host').getAttribute('data-host')).toBe('preview');
    expect(await about.getByTestId('status-datadir').textContent()).toBe(h.dataDir);
    const keychain = about.getByTestId('status-keychain');
    const status = await h.preview.core.rpc.call('app.status', {});
    if (!status.ok) throw new Error(status.error.code);
    const available = (status.output as { keychain: { available: boolean } }).keychain.available;
    expect(await keychain.getAttribute('data-available')).toBe(String(available));
    expect(await keychain.textContent()).toContain(available ? 'Available' : 'Unavailable');
    await page.keyboard.press('Escape');
    await page.getByTestId('settings-panel').waitFor({ state: 'detached' });
    expect(h.pageErrors).toEqual([]);
  });

  it('gives the page a window.veil with exactly the shape of buildApi(contract, …)', async () => {
    const unused: Transport = {
      invoke: () => Promise.reject(new Error('unused')),
      subscribe: () => ({ cancel: () => undefined, done: Promise.resolve() }),
    };
    const expected = keyTree(buildApi(contract, unused));
    const actual = await h.page.evaluate(`(${keyTree.toString()})(window.veil)`);
    expect(actual).toEqual(expected);
    const frozen = await h.page.evaluate(() => Object.isFrozen(window.veil) && Object.values(window.veil).every((g) => Object.isFrozen(g)));
    expect(frozen).toBe(true);
    // Not replaceable by page script.
    expect(await h.page.evaluate(() => { try { (window as unknown as { veil: unknown }).veil = {}; } catch { /* strict */ } return typeof window.veil.app.status; })).toBe('function');
  });

  it('switches the theme with the radios, sets data-theme on <html> and keeps it across reload', async () => {
    const { page } = h;
    await page.getByTestId('settings-button').click();
    const panel = page.getByTestId('settings-panel');
    await panel.getByLabel('Dark', { exact: true }).check();
    await expect.poll(htmlTheme).toBe('dark');
    await expect.poll(async () => (await h.preview.core.settings.get()).theme).toBe('dark');
    await page.reload();
    await page.getByTestId('sidebar').waitFor();
    await expect.poll(htmlTheme).toBe('dark');

    await page.getByTestId('settings-button').click();
    await panel.getByLabel('Light', { exact: true }).check();
    await expect.poll(htmlTheme).toBe('light');
    await page.reload();
    await page.getByTestId('sidebar').waitFor();
    await expect.poll(htmlTheme).toBe('light');

    // "System" follows the OS colour scheme.
    await page.getByTestId('settings-button').click();
    await panel.getByLabel('System', { exact: true }).check();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(htmlTheme).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(htmlTheme).toBe('light');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
  });

  it('reaches Settings with Tab (visible focus ring), opens it with Enter and closes it with Escape', async () => {
    const { page } = h;
    await page.reload();
    await page.getByTestId('sidebar').waitFor();
    let onSettings = false;
    for (let i = 0; i < 20 && !onSettings; i++) {
      await page.keyboard.press('Tab');
      onSettings = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'settings-button');
    }
    expect(onSettings).toBe(true);
    const ring = await page.getByTestId('settings-button').evaluate((el) => {
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), visible: el.matches(':focus-visible') };
    });
    expect(ring.visible).toBe(true);
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThan(0);

    await page.keyboard.press('Enter');
    const panel = page.getByTestId('settings-panel');
    await panel.waitFor({ state: 'visible' });
    expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('settings-button');
  });

  it('writes screenshots of the shell in light and dark', async () => {
    const { page } = h;
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const theme of ['light', 'dark'] as const) {
      await h.preview.core.settings.update({ theme: 'system' });
      await page.emulateMedia({ colorScheme: theme });
      await page.reload();
      await page.getByTestId('sidebar').waitFor();
      await expect.poll(htmlTheme).toBe(theme);
      await expect.poll(() => page.getByTestId('sidebar-status').textContent()).toContain(`v${VERSION}`);
      await page.screenshot({ path: join(SCREENSHOTS, `shell-${theme}.png`), animations: 'disabled' });
      await page.getByTestId('settings-button').click();
      await page.getByTestId('status-version').waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, `settings-${theme}.png`), animations: 'disabled' });
      await page.keyboard.press('Escape');
      await page.getByTestId('settings-panel').waitFor({ state: 'detached' });
    }
    expect(readFileSync(join(SCREENSHOTS, 'shell-light.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(join(SCREENSHOTS, 'shell-dark.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(h.pageErrors).toEqual([]);
  });
});
