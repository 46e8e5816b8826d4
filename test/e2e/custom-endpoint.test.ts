// A custom endpoint end to end in Chromium against the real preview core: the loopback mock
// provider (started in this process) is added through Settings → Providers with a key, a message
// with an email goes to it masked and comes back restored, and the transparency panel shows one
// entry for the mock's host whose request body is byte for byte what the mock recorded. Also the
// inline refusal of an http:// endpoint, the network settings, the ledger export download, and
// screenshots of the transparency detail and the network settings in light and dark.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerSummary } from '../../shared/contract/channels/ledger';
import { reply, startMockProvider, type MockProvider } from '../fixtures/mock-provider';
import { ROOT, type PreviewBrowser } from './support/preview-browser';
import { openNewChat } from './support/new-chat';
import { openUnlockedApp } from './support/vault-ready';

const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
const EMAIL = 'maria.lopez@example.net';
const KEY = 'e2eMockKey4Tq9veilCustomEndpoint';

let h: PreviewBrowser;
let mock: MockProvider;

beforeAll(async () => {
  mock = await startMockProvider();
  ({ h } = await openUnlockedApp());
});

afterAll(async () => {
  await h?.close();
  await mock?.close();
});

async function rpc<T>(channel: string, input: unknown = {}): Promise<T> {
  const r = await h.preview.core.rpc.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code}`);
  return r.output as T;
}

async function openSettings() {
  await h.page.getByTestId('settings-button').click();
  await h.page.getByTestId('settings-panel').waitFor();
}

/** Scrolls only the side panel's body (scrollIntoView would also scroll the sheet past its header). */
function scrollPanelTo(el: Element, where: string): void {
  const body = el.closest('.side-panel__body');
  if (!body) return;
  const r = el.getBoundingClientRect();
  const b = body.getBoundingClientRect();
  body.scrollTop += where === 'start' ? r.top - b.top - 8 : r.bottom - b.bottom + 8;
}

async function closePanel() {
  await h.page.keyboard.press('Escape');
}

describe('custom endpoint in Chromium', () => {
  it('refuses an http:// endpoint on another host inline, then saves the mock with its key', async () => {
    const { page } = h;
    await openSettings();
    const section = page.getByTestId('custom-endpoints');
    await section.getByTestId('endpoint-add').click();
    const form = section.getByTestId('endpoint-form');
    await form.getByTestId('endpoint-name').fill('Mock gateway');
    expect(await form.getByTestId('endpoint-slug').inputValue()).toBe('mock-gateway');
    await form.getByTestId('endpoint-url').fill('http://llm.example.com/v1');
    await form.getByTestId('endpoint-models').fill('mock-model');
    await form.getByTestId('endpoint-key').fill(KEY);
    await form.getByTestId('endpoint-save').click();
    const problem = form.getByTestId('field-problem');
    await problem.waitFor();
    expect(await problem.getAttribute('data-code')).toBe('CUSTOM_ENDPOINT_INVALID');
    expect(await problem.textContent()).toContain('Plain http is only allowed for this machine');
    expect(await form.getByTestId('endpoint-url').getAttribute('aria-invalid')).toBe('true');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await form.getByTestId('endpoint-url').locator('xpath=..').evaluate(scrollPanelTo, 'start');
    await page.screenshot({ path: join(SCREENSHOTS, 'custom-endpoint-refused-light.png'), animations: 'disabled' });
    // Refused: nothing stored, no key saved.
    expect((await rpc<{ customEndpoints: unknown[] }>('settings.get')).customEndpoints).toEqual([]);
    expect((await rpc<{ keys: unknown[] }>('secrets.list')).keys).toEqual([]);

    await form.getByTestId('endpoint-url').fill(`${mock.url}/v1`);
    await form.getByTestId('endpoint-key').fill(KEY);
    await form.getByTestId('endpoint-save').click();
    await section.getByTestId('endpoint-status').waitFor();
    const row = section.locator('[data-testid="endpoint-row"][data-slug="mock-gateway"]');
    await row.waitFor();
    expect(await row.textContent()).toContain(`key ••••${KEY.slice(-4)}`);
    expect((await rpc<{ customEndpoints: Array<{ baseUrl: string }> }>('settings.get')).customEndpoints.map((e) => e.baseUrl)).toEqual([`${mock.url}/v1`]);
    expect((await rpc<{ keys: Array<{ id: string }> }>('secrets.list')).keys.map((k) => k.id)).toEqual(['custom-mock-gateway']);
    // The key never comes back to the page.
    expect(await page.content()).not.toContain(KEY);
    await closePanel();
  });

  it('sends a message with an email to it: masked on the wire, restored in the reply', async () => {
    const { page } = h;
    await openNewChat(h);
    await page.getByTestId('provider-select').selectOption('custom-mock-gateway');
    expect(await page.getByTestId('model-select').inputValue()).toBe('mock-model');
    // Nothing is known about a custom endpoint's jurisdiction, and it says so.
    expect(await page.getByTestId('provider-jurisdiction').textContent()).toContain('unknown');
    mock.script(reply({ text: 'I have noted [EMAIL_1] as your address.' }));
    await page.getByTestId('composer-input').fill(`Please note my address ${EMAIL} for later.`);
    await page.getByTestId('send-button').click();
    const assistant = page.locator('[data-testid="message"][data-role="assistant"]');
    await expect.poll(async () => (await assistant.count()) > 0 && (await assistant.last().getByTestId('message-text').textContent()), { timeout: 15_000 }).toBe(`I have noted ${EMAIL} as your address.`);
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(mock.requests[0]!.bodyText).toContain('[EMAIL_1]');
    expect(mock.requests[0]!.bodyText).not.toContain(EMAIL);
  });

  it('shows one ledger entry for the mock host (ok) whose detail body is exactly what the mock received', async () => {
    const { page } = h;
    // The entry is closed just after the reply's last event.
    await expect.poll(async () => (await rpc<{ entries: LedgerSummary[] }>('ledger.list')).entries.map((e) => e.outcome)).toEqual(['ok']);
    await page.getByTestId('transparency-button').click();
    const panel = page.getByTestId('transparency-panel');
    const rows = panel.getByTestId('ledger-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    const host = new URL(mock.url).hostname;
    expect(await rows.first().getAttribute('data-host')).toBe(host);
    expect(await rows.first().getAttribute('data-outcome')).toBe('ok');
    expect(await rows.first().getByTestId('ledger-row-masked').textContent()).toBe('Masked: 1 EMAIL');

    await rows.first().click();
    const detail = panel.getByTestId('ledger-detail');
    await detail.waitFor();
    const body = await detail.getByTestId('ledger-body').textContent();
    expect(body).toBe(mock.requests[0]!.bodyText);
    expect(body).toContain('[EMAIL_1]');
    expect(body).not.toContain(EMAIL);
    expect(await detail.getByTestId('ledger-host').textContent()).toBe(`${host}:${new URL(mock.url).port}`);
    expect(await detail.getByTestId('ledger-jurisdiction').textContent()).toBe('unknown');
    expect(await detail.getByTestId('ledger-tls').textContent()).toBe('none: plain http to this machine');
    expect(await detail.getByTestId('ledger-timing').textContent()).toMatch(/^total \d/);
    const headers = await detail.getByTestId('ledger-headers').textContent();
    expect(headers).toMatch(/authorization: (Bearer )?\[REDACTED\]/i);
    expect(headers).not.toContain(KEY);

    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await detail.evaluate(scrollPanelTo, 'start');
      await page.screenshot({ path: join(SCREENSHOTS, `transparency-detail-${theme}.png`), animations: 'disabled' });
      await detail.getByTestId('ledger-body').evaluate(scrollPanelTo, 'end');
      await page.screenshot({ path: join(SCREENSHOTS, `transparency-detail-body-${theme}.png`), animations: 'disabled' });
    }
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await detail.getByTestId('ledger-back').click();
  });

  it('exports the ledger as a JSON download', async () => {
    const { page } = h;
    const panel = page.getByTestId('transparency-panel');
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByTestId('ledger-export-json').click()]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { entries: Array<{ requestBody: string }> };
    expect(saved.entries.map((e) => e.requestBody)).toEqual([mock.requests[0]!.bodyText]);
    await panel.getByTestId('ledger-export-status').waitFor();
    await closePanel();
  });

  it('saves network settings (explicit proxy refused inline when the URL is not http(s)) and screenshots them', async () => {
    const { page } = h;
    await openSettings();
    const net = page.getByTestId('network-settings');
    await net.scrollIntoViewIfNeeded();
    await net.getByRole('radio', { name: 'Explicit proxy' }).check();
    await net.getByTestId('proxy-url').fill('socks5://proxy.example:1080');
    await net.getByTestId('proxy-no-proxy').fill('llm.internal.example\n.corp.example');
    await net.getByTestId('network-save').click();
    const problem = net.getByTestId('field-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('http:// or https://');
    expect((await rpc<{ network: { proxy: { mode: string } } }>('settings.get')).network.proxy.mode).toBe('system');

    await net.getByTestId('proxy-url').fill('http://proxy.example:3128');
    await net.getByTestId('tls13-only').check();
    await net.getByTestId('network-save').click();
    await net.getByTestId('network-saved').waitFor();
    const stored = (await rpc<{ network: { tls13Only: boolean; proxy: unknown } }>('settings.get')).network;
    expect(stored).toMatchObject({ tls13Only: true, proxy: { mode: 'explicit', url: 'http://proxy.example:3128', noProxy: ['llm.internal.example', '.corp.example'] } });

    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await net.evaluate(scrollPanelTo, 'start');
      await page.screenshot({ path: join(SCREENSHOTS, `network-settings-${theme}.png`), animations: 'disabled' });
      await net.getByTestId('custom-ca-note').evaluate(scrollPanelTo, 'end');
      await page.screenshot({ path: join(SCREENSHOTS, `network-settings-ca-${theme}.png`), animations: 'disabled' });
    }
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    // Back to direct so the removal below is not about the proxy.
    await net.getByRole('radio', { name: 'Direct connection' }).check();
    await net.getByTestId('network-save').click();
    await expect.poll(async () => (await rpc<{ network: { proxy: { mode: string } } }>('settings.get')).network.proxy.mode).toBe('direct');
    await closePanel();
  });

  it('removing the endpoint deletes its key and the composer no longer offers it', async () => {
    const { page } = h;
    await openSettings();
    const row = page.locator('[data-testid="endpoint-row"][data-slug="mock-gateway"]');
    await row.getByTestId('endpoint-remove').click();
    await row.getByTestId('endpoint-remove-confirm').click();
    await row.waitFor({ state: 'detached' });
    await expect.poll(async () => (await rpc<{ keys: unknown[] }>('secrets.list')).keys).toEqual([]);
    await closePanel();
    const options = await page.getByTestId('provider-select').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).not.toContain('custom-mock-gateway');
    expect(h.pageErrors).toEqual([]);
  });
});
