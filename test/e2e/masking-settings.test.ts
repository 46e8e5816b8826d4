// Settings → Masking in Chromium against the real preview core: a custom term, a pattern (a slow
// one refused inline first), a never-mask value and a type switch, set with the keyboard and mouse;
// the composer preview highlights exactly that, and the Preview reply shows it masked.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, type PreviewBrowser } from './support/preview-browser';
import { openNewChat } from './support/new-chat';
import { openUnlockedApp } from './support/vault-ready';

const TERM = 'Project Falcon';
const TICKET = 'TICKET-48213';
const ALLOWED = 'helpdesk@veil-support.example';
const EMAIL = 'anna.lindqvist@example.org';
const IP = '203.0.113.9';
const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

let h: PreviewBrowser;

beforeAll(async () => {
  ({ h } = await openUnlockedApp());
});

afterAll(async () => {
  await h?.close();
});

describe('masking settings in Chromium', () => {
  it('adds a term, a pattern and a never-mask value in Settings; the preview and the Preview reply follow', async () => {
    const { page } = h;
    await page.getByTestId('settings-button').click();
    const panel = page.getByTestId('settings-panel');
    const masking = panel.getByTestId('masking-settings');
    await masking.waitFor();

    // A custom term, typed and added with Enter.
    const terms = masking.getByTestId('mask-terms');
    await terms.getByLabel('New custom term').fill(TERM);
    await terms.getByLabel('New custom term').press('Enter');
    await expect.poll(() => terms.getByTestId('mask-terms-chip').allTextContents()).toEqual([TERM]);
    await expect.poll(async () => (await h.preview.core.settings.get()).maskingCustomTerms).toEqual([TERM]);

    // A catastrophically slow pattern is refused inline with the core's reason; the form keeps it.
    const patterns = masking.getByTestId('mask-patterns');
    await patterns.getByLabel('Name').fill('Ticket number');
    await patterns.getByLabel('Pattern').fill('(a+)+$');
    await patterns.getByTestId('mask-pattern-save').click();
    const error = patterns.getByTestId('mask-pattern-error');
    await error.waitFor();
    expect(await error.getAttribute('data-code')).toBe('MASKING_PATTERN_INVALID');
    expect(await error.textContent()).toContain('“Ticket number” was not saved');
    expect(await patterns.getByLabel('Pattern').getAttribute('aria-invalid')).toBe('true');
    expect(await patterns.getByLabel('Pattern').inputValue()).toBe('(a+)+$');
    expect((await h.preview.core.settings.get()).maskingCustomPatterns).toEqual([]);
    // Fixed and saved: the error goes, the row appears.
    await patterns.getByLabel('Pattern').fill('TICKET-\\d{4,6}');
    await error.waitFor({ state: 'detached' });
    await patterns.getByTestId('mask-pattern-save').click();
    await expect.poll(() => patterns.getByTestId('mask-pattern-row').count()).toBe(1);
    expect(await patterns.getByTestId('mask-pattern-row').textContent()).toContain('TICKET-\\d{4,6}');

    // A value never to mask.
    const allow = masking.getByTestId('mask-allowlist');
    await allow.getByLabel('New value never to mask').fill(ALLOWED);
    await allow.getByTestId('mask-allowlist-add').click();
    await expect.poll(() => allow.getByTestId('mask-allowlist-chip').allTextContents()).toEqual([ALLOWED]);

    // Open the type switches (a disclosure) and switch IP addresses off with the keyboard.
    const summary = masking.getByTestId('mask-types-summary');
    expect(await summary.textContent()).toContain('19 of 19 on');
    await summary.focus();
    await page.keyboard.press('Enter');
    const ipSwitch = masking.locator('[data-testid="mask-type"][data-type="IP_ADDRESS"]');
    expect(await ipSwitch.isChecked()).toBe(true);
    await ipSwitch.focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await h.preview.core.settings.get()).maskingDisabledTypes).toEqual(['IP_ADDRESS']);
    expect(await ipSwitch.isChecked()).toBe(false);
    expect(await summary.textContent()).toContain('18 of 19 on');

    mkdirSync(SCREENSHOTS, { recursive: true });
    // A tall window, so the whole section fits in the sheet for the picture.
    await page.setViewportSize({ width: 1100, height: 2000 });
    await masking.screenshot({ path: join(SCREENSHOTS, 'settings-masking.png'), animations: 'disabled' });
    await page.setViewportSize({ width: 1100, height: 720 });
    expect(readFileSync(join(SCREENSHOTS, 'settings-masking.png')).subarray(1, 4).toString()).toBe('PNG');

    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });

    // The composer's live preview highlights exactly what the settings say.
    await openNewChat(h);
    const text = `${TERM} status: see ${TICKET}; mail ${ALLOWED} and ${EMAIL}, host ${IP}.`;
    await page.getByTestId('composer-input').fill(text);
    const preview = page.getByTestId('mask-preview');
    await preview.waitFor();
    const marks = preview.locator('mark.mask-mark');
    await expect.poll(() => marks.count()).toBe(3);
    const marked = await marks.evaluateAll((els) => els.map((el) => [el.firstChild?.textContent ?? '', el.getAttribute('data-label')]));
    expect(marked).toEqual([
      [TERM, 'CUSTOM'],
      [TICKET, 'CUSTOM'],
      [EMAIL, 'EMAIL'],
    ]);
    expect(await preview.textContent()).toContain('2 × CUSTOM');

    // Sent with the Preview provider: the reply is the masked payload the core built.
    await page.getByTestId('send-button').click();
    const reply = page.locator('[data-testid="message"][data-role="assistant"]');
    await expect.poll(() => reply.count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => reply.getAttribute('data-status'), { timeout: 15_000 }).toBe('complete');
    const replyText = (await reply.getByTestId('message-text').textContent()) ?? '';
    expect(replyText).toContain(`[CUSTOM_1] status: see [CUSTOM_2]; mail ${ALLOWED} and [EMAIL_1], host ${IP}.`);
    for (const hidden of [TERM, TICKET, EMAIL]) expect(replyText).not.toContain(hidden);
    const user = page.locator('[data-testid="message"][data-role="user"]');
    expect(await user.getByTestId('message-text').textContent()).toContain(TERM);
    expect(h.pageErrors).toEqual([]);
  });
});
