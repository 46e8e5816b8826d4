// The chat experience in Chromium against the real preview core: conversations (create, ephemeral,
// rename, keep, delete, search), sending with the default Preview provider (the reply shows the
// masked payload while the user's own message keeps the real value), the live masking preview,
// a keyboard-only send, a 2,000-message conversation that stays virtualized, and screenshots.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, type PreviewBrowser } from './support/preview-browser';
import { listConversations as listConversationsOf, openNewChat } from './support/new-chat';
import { openUnlockedApp } from './support/vault-ready';

const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
const EMAIL = 'jane.doe@example.com';

let h: PreviewBrowser;

beforeAll(async () => {
  ({ h } = await openUnlockedApp());
});

afterAll(async () => {
  await h?.close();
});

const listConversations = () => listConversationsOf(h);
const newChat = () => openNewChat(h);

describe('chat in Chromium', () => {
  it('creates a conversation with New chat and selects it', async () => {
    const { page } = h;
    const id = await newChat();
    const row = page.locator(`[data-testid="conversation-item"][data-id="${id}"]`);
    await row.waitFor();
    expect(await row.getByTestId('conversation-select').getAttribute('aria-current')).toBe('page');
    expect(await page.getByTestId('chat-title').textContent()).toBe('New chat');
    // Preview is the default provider on first run, with its jurisdiction shown beside it.
    expect(await page.getByTestId('provider-select').inputValue()).toBe('preview');
    expect(await page.getByTestId('provider-jurisdiction').textContent()).toContain('Does not leave this machine');
  });

  it('highlights an email in the live masking preview while typing', async () => {
    const { page } = h;
    // The composer compiles the masking engine while the window is idle, before the first keystroke.
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('veil:masking-warm-up').length), { timeout: 10_000 }).toBeGreaterThan(0);
    const input = page.getByTestId('composer-input');
    await input.click();
    await input.pressSequentially(`Please write to ${EMAIL} today`, { delay: 5 });
    const preview = page.getByTestId('mask-preview');
    await preview.waitFor();
    const mark = preview.locator('mark.mask-mark');
    await expect.poll(() => mark.count()).toBe(1);
    expect(await mark.first().textContent()).toBe(`${EMAIL}EMAIL`);
    expect(await mark.first().getAttribute('data-label')).toBe('EMAIL');
    expect(await preview.textContent()).toContain('1 × EMAIL');
    await input.fill('');
    await preview.waitFor({ state: 'detached' });
  });

  it('sends with the Preview provider: the reply shows [EMAIL_1], the user message the real email', async () => {
    const { page } = h;
    const input = page.getByTestId('composer-input');
    await input.fill(`My address is ${EMAIL}, can you confirm it?`);
    await page.getByTestId('send-button').click();
    const messages = page.getByTestId('message');
    await expect.poll(() => messages.count(), { timeout: 15_000 }).toBe(2);
    const user = page.locator('[data-testid="message"][data-role="user"]');
    const reply = page.locator('[data-testid="message"][data-role="assistant"]');
    expect(await user.getByTestId('message-text').textContent()).toContain(EMAIL);
    const replyText = (await reply.getByTestId('message-text').textContent()) ?? '';
    expect(replyText).toContain('[EMAIL_1]');
    expect(replyText).not.toContain(EMAIL);
    expect(await reply.getAttribute('data-status')).toBe('complete');
    // "Sent as" (collapsed) holds the masked text the provider saw.
    const sentAs = user.getByTestId('sent-as');
    expect(await sentAs.getAttribute('open')).toBeNull();
    await sentAs.locator('summary').click();
    expect(await sentAs.getByTestId('sent-as-text').textContent()).toBe('My address is [EMAIL_1], can you confirm it?');
    // The reply's JSON payload sits in a code block.
    expect(await reply.locator('pre.msg-code').count()).toBe(1);
    expect(h.pageErrors).toEqual([]);
  });

  it('sends with the keyboard only: Tab to the composer, type, Enter', async () => {
    const { page } = h;
    await page.reload();
    await page.getByTestId('sidebar').waitFor();
    await page.locator('[data-testid="conversation-select"]').first().click();
    await page.getByTestId('chat-view').waitFor();
    const before = await page.getByTestId('message').count();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let onComposer = false;
    for (let i = 0; i < 40 && !onComposer; i++) {
      await page.keyboard.press('Tab');
      onComposer = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'composer-input');
    }
    expect(onComposer).toBe(true);
    await page.keyboard.type('first line');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('second line');
    expect(await page.getByTestId('composer-input').inputValue()).toBe('first line\nsecond line');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('message').count(), { timeout: 15_000 }).toBe(before + 2);
    expect(await page.getByTestId('composer-input').inputValue()).toBe('');
    const lastUser = page.locator('[data-testid="message"][data-role="user"]').last();
    expect(await lastUser.getByTestId('message-text').textContent()).toContain('first line\nsecond line');
  });

  it('starts a "Not saved" chat with a clear badge', async () => {
    const { page } = h;
    await page.getByTestId('new-ephemeral-chat').click();
    await page.getByTestId('chat-ephemeral-badge').waitFor();
    const eph = (await listConversations()).find((c) => c.ephemeral);
    expect(eph).toBeDefined();
    await page.locator(`[data-testid="conversation-item"][data-id="${eph!.id}"]`).getByTestId('ephemeral-badge').waitFor();
  });

  it('renames, keeps, finds by search and deletes (after confirming) a conversation', async () => {
    const { page } = h;
    const id = await newChat();
    const row = page.locator(`[data-testid="conversation-item"][data-id="${id}"]`);
    await row.hover();
    await row.getByTestId('rename-conversation').click();
    await row.getByTestId('rename-input').fill('Trip to Lisbon');
    await row.getByTestId('rename-input').press('Enter');
    await expect.poll(async () => (await listConversations()).find((c) => c.id === id)?.title).toBe('Trip to Lisbon');
    await row.hover();
    await row.getByTestId('keep-conversation').click();
    await expect.poll(async () => (await listConversations()).find((c) => c.id === id)?.keep).toBe(true);

    await page.getByTestId('composer-input').fill('What is the best pastel de nata bakery in Belem?');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('message').count(), { timeout: 15_000 }).toBe(2);

    await page.getByTestId('search-input').fill('nata');
    const hit = page.getByTestId('search-hit').first();
    await hit.waitFor();
    expect(await hit.textContent()).toContain('Trip to Lisbon');
    const marks = hit.locator('mark');
    expect((await marks.allTextContents()).map((t) => t.toLowerCase())).toContain('nata');
    await page.getByTestId('search-input').press('Escape');
    await page.getByTestId('search-results').waitFor({ state: 'detached' });

    await row.hover();
    await row.getByTestId('delete-conversation').click();
    // Nothing is deleted until confirmed.
    expect((await listConversations()).some((c) => c.id === id)).toBe(true);
    await row.getByTestId('confirm-delete').click();
    await expect.poll(async () => (await listConversations()).some((c) => c.id === id)).toBe(false);
    await row.waitFor({ state: 'detached' });
  });

  it('keeps a 2,000-message conversation virtualized and scrollable', async () => {
    const { page } = h;
    const storage = await h.preview.core.storage();
    const id = await storage.vault.use((o) => {
      const c = o.conversations.create({ title: 'Long history', provider: 'preview', model: 'preview', systemPrompt: null });
      for (let i = 0; i < 2000; i++) {
        const long = i % 7 === 0 ? `\n${'detail '.repeat(40)}` : '';
        o.conversations.appendMessage(c.id, { role: i % 2 ? 'assistant' : 'user', content: `message number ${i}${long}` });
      }
      return c.id;
    });
    await page.reload();
    await page.getByTestId('sidebar').waitFor();
    await page.locator(`[data-testid="conversation-item"][data-id="${id}"] [data-testid="conversation-select"]`).click();
    const list = page.getByTestId('message-list');
    // Opens at the bottom: the last message is on screen.
    await expect.poll(() => page.locator('[data-testid="message"]').last().textContent()).toContain('message number 1999');
    const inDom = await page.getByTestId('message').count();
    // Failed once in ~40 CI runs (2026-11-27: 0 messages right after the last one was seen), never locally: if it
    // fails again, the message says what the pane showed instead of the list.
    const pane =
      inDom > 3
        ? ''
        : JSON.stringify(
            await page.evaluate(() => ({
              chatView: document.querySelector('[data-testid="chat-view"]')?.getAttribute('data-conversation-id') ?? null,
              lockScreen: document.querySelector('[data-testid="lock-screen"]')?.getAttribute('data-state') ?? null,
              chatEmpty: document.querySelector('[data-testid="chat-empty"]') !== null,
              selected: document.querySelector('[data-testid="conversation-item"] [aria-current="page"]')?.closest('[data-id]')?.getAttribute('data-id') ?? null,
              listHeight: document.querySelector('[data-testid="message-list"]')?.scrollHeight ?? null,
            })),
          );
    expect(inDom, `${pane} (expected ${id}; page errors ${JSON.stringify(h.pageErrors)})`).toBeGreaterThan(3);
    expect(inDom).toBeLessThan(100);
    // Scroll to the top: the first messages render, the last ones leave the DOM.
    for (let i = 0; i < 30; i++) {
      await list.evaluate((el) => el.scrollTo({ top: 0 }));
      await page.waitForTimeout(30);
      if (await page.locator('[data-message-id]').first().textContent().then((t) => t?.includes('message number 0') ?? false)) break;
    }
    await expect.poll(() => page.locator('[data-testid="message"]').first().textContent()).toContain('message number 0');
    expect(await page.getByText('message number 1999').count()).toBe(0);
    expect(await page.getByTestId('message').count()).toBeLessThan(100);
    // Scroll with the wheel in the middle: still a window of messages.
    await list.hover();
    await page.mouse.wheel(0, 40_000);
    await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBeGreaterThan(10_000);
    expect(await page.getByTestId('message').count()).toBeLessThan(100);
    expect(h.pageErrors).toEqual([]);
  });

  it('opens the transparency panel: Preview sends nothing, so the ledger stays empty', async () => {
    const { page } = h;
    await page.getByTestId('transparency-button').click();
    const panel = page.getByTestId('transparency-panel');
    await panel.getByTestId('ledger-empty').waitFor();
    expect(await panel.getByTestId('ledger-row').count()).toBe(0);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('transparency-button');
  });

  it('writes screenshots of a conversation in light and dark', async () => {
    const { page } = h;
    mkdirSync(SCREENSHOTS, { recursive: true });
    const id = await newChat();
    await page.getByTestId('composer-input').fill('Here is some code:\n\n```ts\nconst greeting = "hello";\n```\n\nAnd an averyveryveryverylongwordthatshouldwrapinsidethebubbleinsteadofoverflowingitsbox.');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('message').count(), { timeout: 15_000 }).toBe(2);
    await page.getByTestId('composer-input').fill(`Email ${EMAIL} or call Jane Doe`);
    await page.getByTestId('mask-preview').waitFor();
    for (const theme of ['light', 'dark'] as const) {
      await h.preview.core.settings.update({ theme });
      await page.emulateMedia({ colorScheme: theme });
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).not.toBe(undefined);
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      await page.screenshot({ path: join(SCREENSHOTS, `chat-${theme}.png`), animations: 'disabled' });
    }
    expect(id).toMatch(/^c_/);
    expect(readFileSync(join(SCREENSHOTS, 'chat-light.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(join(SCREENSHOTS, 'chat-dark.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(h.pageErrors).toEqual([]);
  });
});
