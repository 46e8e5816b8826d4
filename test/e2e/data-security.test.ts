// Settings → Data & security in Chromium against the real preview core: a conversation sent with
// the Preview provider is exported as JSON to a temp path (file checked on disk), the vault is
// wiped through the UI (the list empties), the file is imported back (the conversation returns);
// retention survives a reload; an app lock / passphrase change is refused with a wrong current
// passphrase; screenshots of the section in light and dark.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, type PreviewBrowser } from './support/preview-browser';
import { openNewChat } from './support/new-chat';
import { E2E_PASSPHRASE, openUnlockedApp } from './support/vault-ready';

const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
const MESSAGE = 'Pack the blue tent for the Lyon trip — ticket 8841';

let h: PreviewBrowser;
let outDir: string;
let mode: 'keychain' | 'passphrase';

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'veil-e2e-export-'));
  ({ h, mode } = await openUnlockedApp());
});

afterAll(async () => {
  await h?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

async function call<T>(channel: string, input: object = {}): Promise<T> {
  const r = await h.preview.core.rpc.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code}`);
  return r.output as T;
}

const storedTitles = async () => (await call<{ conversations: Array<{ title: string; ephemeral: boolean }> }>('conversations.list')).conversations.filter((c) => !c.ephemeral).map((c) => c.title);

async function openSettings() {
  const panel = h.page.getByTestId('settings-panel');
  if (!(await panel.isVisible())) await h.page.getByTestId('settings-button').click();
  await panel.getByTestId('data-security').waitFor();
  return panel.getByTestId('data-security');
}

async function closeSettings() {
  await h.page.keyboard.press('Escape');
  await h.page.getByTestId('settings-panel').waitFor({ state: 'detached' });
}

/** Opens one disclosure of the section (idempotent). */
async function openPart(testId: string) {
  const part = h.page.getByTestId(testId);
  if ((await part.getAttribute('open')) === null) await part.getByTestId(`${testId}-summary`).click();
  return part;
}

describe('Data & security in Chromium', () => {
  it('exports a conversation sent with the Preview provider as JSON to a path', async () => {
    const { page } = h;
    await openNewChat(h);
    await page.getByTestId('composer-input').fill(MESSAGE);
    await page.getByTestId('send-button').click();
    await expect.poll(() => page.getByTestId('message').count(), { timeout: 15_000 }).toBe(2);

    await openSettings();
    const exp = await openPart('data-export');
    // The preview has no native dialog: no "Choose…", and the hint says the desktop app has one.
    expect(await exp.getByTestId('export-path-choose').count()).toBe(0);
    expect(await exp.getByTestId('export-path-hint').textContent()).toContain('The desktop app offers a save dialog here.');
    // A relative path is refused by the core, inline, and nothing is written.
    await exp.getByTestId('export-path').fill('veil-export.json');
    await exp.getByTestId('export-run').click();
    await exp.getByTestId('export-error').waitFor();
    expect(await exp.getByTestId('export-error').getAttribute('data-code')).toBe('EXPORT_PATH_INVALID');

    const file = join(outDir, 'veil-export.json');
    await exp.getByTestId('export-path').fill(file);
    await exp.getByTestId('export-run').click();
    const result = exp.getByTestId('export-result');
    await result.waitFor();
    expect(await exp.getByTestId('export-result-path').textContent()).toBe(file);
    expect(await result.textContent()).toContain('1 conversation and 2 messages');
    expect(await exp.getByTestId('export-error').count()).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(MESSAGE);

    // The audit log lists the export with its counts.
    const audit = await openPart('data-audit');
    await audit.getByTestId('audit-refresh').click();
    const event = audit.locator('[data-testid="audit-event"][data-kind="export"]').first();
    await event.waitFor();
    expect(await event.textContent()).toContain('conversations: 1');
  });

  it('writes screenshots of the section in light and dark', async () => {
    const { page } = h;
    const section = await openSettings();
    // The Lock part says where the key is: the keychain, or passphrase mode without one.
    expect(await section.getByTestId('lock-mode').getAttribute('data-mode')).toBe(mode);
    await openPart('data-danger');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.setViewportSize({ width: 1100, height: 2600 });
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      await section.screenshot({ path: join(SCREENSHOTS, `settings-data-${theme}.png`), animations: 'disabled' });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1100, height: 720 });
    expect(readFileSync(join(SCREENSHOTS, 'settings-data-light.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(join(SCREENSHOTS, 'settings-data-dark.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(h.pageErrors).toEqual([]);
  });

  it('wipes everything through the UI: the list empties and the lock state is fresh', async () => {
    const { page } = h;
    await openSettings();
    const danger = await openPart('data-danger');
    const run = danger.getByTestId('wipe-run');
    // Not armed until WIPE is typed exactly.
    await danger.getByTestId('wipe-confirm').fill('wipe');
    expect(await run.getAttribute('aria-disabled')).toBe('true');
    await danger.getByTestId('wipe-confirm').press('Enter');
    expect(await storedTitles()).toHaveLength(1);
    await danger.getByTestId('wipe-confirm').fill('WIPE');
    expect(await run.getAttribute('aria-disabled')).toBeNull();
    await run.click();

    if (mode === 'keychain') {
      // A new key in the keychain: Veil is open again, with nothing in it.
      await danger.getByTestId('wipe-done').waitFor();
      await closeSettings();
      await page.getByTestId('conversations-empty').waitFor();
    } else {
      // Passphrase mode: the key went with the vault, so the lock screen asks for a new passphrase.
      await closeSettings();
      const lock = page.getByTestId('lock-screen');
      await lock.waitFor();
      expect(await lock.getAttribute('data-state')).toBe('setup-required');
      await page.getByTestId('conversations-locked').waitFor();
      await page.getByTestId('passphrase-input').fill(E2E_PASSPHRASE);
      await page.getByTestId('passphrase-confirm').fill(E2E_PASSPHRASE);
      await page.getByTestId('unlock-button').click();
      await page.getByTestId('conversations-empty').waitFor();
    }
    expect(await page.getByTestId('conversation-item').count()).toBe(0);
    expect(await storedTitles()).toEqual([]);
    expect(await page.getByTestId('chat-view').count()).toBe(0);
  });

  it('imports the exported file back: the conversation returns to the list', async () => {
    const { page } = h;
    await openSettings();
    const imp = await openPart('data-import');
    // A file that is not there: a clear error, nothing imported.
    await imp.getByTestId('import-path').fill(join(outDir, 'missing.json'));
    await imp.getByTestId('import-run').click();
    await imp.getByTestId('import-error').waitFor();
    expect(await imp.getByTestId('import-error').getAttribute('data-code')).toBe('IMPORT_PATH_INVALID');

    await imp.getByTestId('import-path').fill(join(outDir, 'veil-export.json'));
    await imp.getByTestId('import-run').click();
    const result = imp.getByTestId('import-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('Imported 1 conversation and 2 messages from a Veil JSON');
    await closeSettings();
    await expect.poll(() => page.getByTestId('conversation-item').count()).toBe(1);
    await page.getByTestId('conversation-select').first().click();
    await expect.poll(() => page.getByTestId('message').count()).toBe(2);
    expect(await page.locator('[data-testid="message"][data-role="user"]').getByTestId('message-text').textContent()).toContain(MESSAGE);
  });

  it('keeps conversations 30 days: saved, and still there after a reload', async () => {
    const { page } = h;
    await openSettings();
    const ret = await openPart('data-retention');
    // Not a number of days: said inline, nothing sent.
    await ret.getByTestId('retention-conversations-days').fill('thirty');
    await ret.getByTestId('retention-save').click();
    await ret.getByTestId('retention-problem').waitFor();
    expect((await call<{ conversationDays: number | null }>('retention.get')).conversationDays).toBeNull();

    await ret.getByTestId('retention-conversations-days').fill('30');
    expect(await ret.getByTestId('retention-conversations-after').isChecked()).toBe(true);
    await ret.getByTestId('retention-save').click();
    await ret.getByTestId('retention-saved').waitFor();
    expect(await call('retention.get')).toEqual({ conversationDays: 30, ledgerDays: null });

    // Purge now: nothing has expired (the conversation is fresh), and the result says so.
    await ret.getByTestId('retention-purge').click();
    expect(await ret.getByTestId('retention-purged').textContent()).toContain('Nothing had expired');

    await page.reload();
    await page.getByTestId('sidebar').waitFor();
    await openSettings();
    const again = await openPart('data-retention');
    await expect.poll(() => again.getByTestId('retention-conversations-days').inputValue()).toBe('30');
    expect(await again.getByTestId('retention-conversations-after').isChecked()).toBe(true);
    expect(await again.getByTestId('retention-ledger-forever').isChecked()).toBe(true);
    expect(await again.getByTestId('data-retention-summary').textContent()).toContain('Chats 30 days · ledger forever');
    await closeSettings();

    // The open conversation's own retention, in the chat header: default names the global value.
    await page.getByTestId('conversation-select').first().click();
    const own = page.getByTestId('conversation-retention');
    await expect.poll(() => own.locator('option:checked').textContent()).toBe('Retention: default (30 days)');
    await own.selectOption('7');
    const id = await page.getByTestId('conversation-item').first().getAttribute('data-id');
    await expect.poll(async () => (await call<{ retentionDays: number | null }>('conversations.get', { id })).retentionDays).toBe(7);
    await page.reload();
    await page.getByTestId('conversation-select').first().click();
    await expect.poll(() => page.getByTestId('conversation-retention').inputValue()).toBe('7');
    await page.getByTestId('conversation-retention').selectOption('default');
    await expect.poll(async () => (await call<{ retentionDays: number | null }>('conversations.get', { id })).retentionDays).toBeNull();
  });

  it('app lock / passphrase: a wrong current one is refused with a countdown; change works; Lock now locks', async () => {
    const { page } = h;
    const section = await openSettings();
    const lockPart = await openPart('data-lock');
    let current = E2E_PASSPHRASE;
    if (mode === 'keychain') {
      // Keychain only: set an app lock on top of it.
      expect(await lockPart.getByTestId('lock-now').getAttribute('aria-disabled')).toBe('true');
      await lockPart.getByTestId('app-lock-set').click();
      await lockPart.getByTestId('passphrase-next').fill('app lock phrase one');
      await lockPart.getByTestId('passphrase-repeat').fill('app lock phrase one');
      await lockPart.getByTestId('passphrase-submit').click();
      await lockPart.getByTestId('passphrase-saved').waitFor();
      await expect.poll(() => lockPart.getByTestId('lock-mode').getAttribute('data-app-lock')).toBe('true');
      current = 'app lock phrase one';
    } else {
      expect(await lockPart.getByTestId('lock-mode').getAttribute('data-mode')).toBe('passphrase');
    }
    // Change with a wrong current passphrase: refused inline, with a countdown, nothing changed.
    await lockPart.getByTestId('passphrase-change').click();
    await lockPart.getByTestId('passphrase-current').fill('not my passphrase');
    await lockPart.getByTestId('passphrase-next').fill('the second phrase');
    await lockPart.getByTestId('passphrase-repeat').fill('the second phrase');
    await lockPart.getByTestId('passphrase-submit').click();
    const refused = lockPart.getByTestId('passphrase-refused');
    await refused.waitFor();
    expect(await refused.getAttribute('data-code')).toBe('PASSPHRASE_WRONG');
    expect(await refused.textContent()).toMatch(/not correct.*Try again in \d+ s/);
    await expect.poll(() => lockPart.getByTestId('passphrase-submit').getAttribute('aria-disabled'), { timeout: 5_000 }).toBeNull();
    await lockPart.getByTestId('passphrase-current').fill(current);
    await lockPart.getByTestId('passphrase-next').fill('the second phrase');
    await lockPart.getByTestId('passphrase-repeat').fill('the second phrase');
    await lockPart.getByTestId('passphrase-submit').click();
    await lockPart.getByTestId('passphrase-saved').waitFor();

    // Auto-lock minutes are saved in the core.
    await lockPart.getByTestId('auto-lock-minutes').fill('15');
    await lockPart.getByTestId('auto-lock-save').click();
    await lockPart.getByTestId('auto-lock-saved').waitFor();
    expect((await call<{ autoLockMinutes: number }>('vault.lockStatus')).autoLockMinutes).toBe(15);

    // Lock now: the lock screen takes over and the new passphrase opens it again.
    await lockPart.getByTestId('lock-now').click();
    await section.getByTestId('data-locked').waitFor();
    await closeSettings();
    await page.getByTestId('lock-screen').waitFor();
    await page.getByTestId('passphrase-input').fill('the second phrase');
    await page.getByTestId('unlock-button').click();
    await page.getByTestId('lock-screen').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('conversation-item').count()).toBe(1);
    expect(h.pageErrors).toEqual([]);
  });
});
