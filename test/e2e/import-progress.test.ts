// Import progress in Chromium against the real preview core: a generated Veil JSON export of a
// few thousand messages is imported through Settings → Data & security; while import.run runs the
// panel shows a progressbar fed by import.progress (values recorded as they change), the Import
// button is unavailable, and the bar goes away with the result (twice: light and dark theme). A second import while one runs
// is refused with IMPORT_BUSY and its own words. Screenshots of the running bar, light and dark.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VEIL_EXPORT_FORMAT, VEIL_EXPORT_VERSION, type VeilExport } from '../../shared/contract/export-format';
import { ROOT, openPreviewInBrowser, type PreviewBrowser } from './support/preview-browser';
import { ensureVaultOpen } from './support/vault-ready';

const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
// Big enough (~35 MB) that the import runs for seconds: several progress updates, time for screenshots.
const CONVERSATIONS = 400;
const PER_CONVERSATION = 150;
const MESSAGES = CONVERSATIONS * PER_CONVERSATION;

let h: PreviewBrowser;
let outDir: string;
let file: string;

/** A Veil JSON export written directly in the documented format (several MiB). */
function writeExport(path: string): void {
  const t0 = 1_700_000_000_000;
  const doc: VeilExport = {
    format: VEIL_EXPORT_FORMAT,
    version: VEIL_EXPORT_VERSION,
    exportedAt: t0,
    app: { name: 'Veil', version: '0.0.0-e2e' },
    maskedOnly: false,
    conversations: Array.from({ length: CONVERSATIONS }, (_, c) => ({
      id: `c_e2eprogress${String(c).padStart(4, '0')}`,
      title: `Progress ${c}`,
      provider: null,
      model: null,
      systemPrompt: null,
      createdAt: t0 + c * 1000,
      updatedAt: t0 + c * 1000 + PER_CONVERSATION,
      keep: false,
      retentionDays: null,
      mappings: [],
      messages: Array.from({ length: PER_CONVERSATION }, (_, i) => ({
        role: i % 2 ? ('assistant' as const) : ('user' as const),
        content: `${c}/${i} ${'the quick brown fox jumps over the lazy dog · '.repeat(12)}`,
        maskedContent: null,
        status: 'complete' as const,
        createdAt: t0 + c * 1000 + i,
        tokensIn: null,
        tokensOut: null,
      })),
    })),
  };
  writeFileSync(path, JSON.stringify(doc));
}

interface Seen {
  known: string | null;
  now: string | null;
  max: string | null;
  valuetext: string | null;
  text: string | null;
  buttonUnavailable: string | null;
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'veil-e2e-import-progress-'));
  file = join(outDir, 'big-export.json');
  writeExport(file);
  h = await openPreviewInBrowser({ colorScheme: 'light' });
  await ensureVaultOpen(h.preview);
  await h.page.goto(h.preview.url);
  await h.page.getByTestId('sidebar').waitFor();
});

afterAll(async () => {
  await h?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

async function openImport() {
  const panel = h.page.getByTestId('settings-panel');
  if (!(await panel.isVisible())) await h.page.getByTestId('settings-button').click();
  const part = panel.getByTestId('data-import');
  await part.waitFor();
  if ((await part.getAttribute('open')) === null) await part.getByTestId('data-import-summary').click();
  return part;
}

/** Records every state of the progress bar from now on (a MutationObserver in the page). */
async function recordProgress(): Promise<void> {
  await h.page.evaluate(() => {
    const seen: Seen[] = [];
    (window as unknown as { __progress: Seen[] }).__progress = seen;
    const root = document.querySelector('[data-testid="data-import"]')!;
    const snap = () => {
      const bar = root.querySelector('[data-testid="import-progress-bar"]');
      if (!bar) return;
      seen.push({
        known: root.querySelector('[data-testid="import-progress"]')!.getAttribute('data-known'),
        now: bar.getAttribute('aria-valuenow'),
        max: bar.getAttribute('aria-valuemax'),
        valuetext: bar.getAttribute('aria-valuetext'),
        text: root.querySelector('[data-testid="import-progress-text"]')!.textContent,
        buttonUnavailable: root.querySelector('[data-testid="import-run"]')!.getAttribute('aria-disabled'),
      });
    };
    new MutationObserver(snap).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

const recorded = () => h.page.evaluate(() => (window as unknown as { __progress: Seen[] }).__progress);

/** What the bar showed: at least one update between the start and the end, with sane values. */
async function expectSaneProgress(): Promise<void> {
  const known = (await recorded()).filter((s) => s.known === 'true');
  const sizeMb = statSync(file).size / (1024 * 1024);
  const between = known.filter((s) => Number(s.now) > 0 && Number(s.now) < 100);
  expect(between.length).toBeGreaterThan(0);
  for (const s of known) {
    expect(s.max).toBe('100');
    expect(Number(s.now)).toBeGreaterThanOrEqual(0);
    expect(Number(s.now)).toBeLessThanOrEqual(100);
    expect(s.buttonUnavailable).toBe('true');
    const m = /^([\d.,]+) of ([\d.,]+) MB · ([\d,]+) conversations? · ([\d,]+) messages?$/.exec(s.text ?? '');
    expect(m, `progress text "${s.text}"`).not.toBeNull();
    const [read, total, conversations, messages] = m!.slice(1).map((x) => Number(x.replace(/,/g, '')));
    expect(Math.abs(total! - sizeMb)).toBeLessThanOrEqual(0.051);
    expect(read!).toBeLessThanOrEqual(total!);
    expect(conversations!).toBeLessThanOrEqual(CONVERSATIONS);
    expect(messages!).toBeLessThanOrEqual(MESSAGES);
    expect(s.valuetext).toBe(`${s.now}% · ${s.text}`);
  }
  // The share read only grows, and mid-way the counts have moved.
  const nows = known.map((s) => Number(s.now));
  expect(nows).toEqual([...nows].sort((a, b) => a - b));
  expect(between.some((s) => !/· 0 messages$/.test(s.text ?? ''))).toBe(true);
}

/** Starts an import of the big file from the panel and screenshots the running bar in `theme`. */
async function importWithScreenshot(theme: 'light' | 'dark') {
  const { page } = h;
  await page.emulateMedia({ colorScheme: theme });
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
  const imp = await openImport();
  await imp.getByTestId('import-path').fill(file);
  await recordProgress();
  await imp.getByTestId('import-run').click();

  // While it runs: the bar, and the button unavailable.
  const bar = imp.getByTestId('import-progress-bar');
  await bar.waitFor();
  expect(await bar.getAttribute('role')).toBe('progressbar');
  expect(await bar.getAttribute('aria-labelledby')).toBeTruthy();
  expect(await imp.getByTestId('import-run').getAttribute('aria-disabled')).toBe('true');
  expect(await imp.getByTestId('import-run').textContent()).toBe('Importing…');
  await expect.poll(() => imp.getByTestId('import-progress').getAttribute('data-known'), { timeout: 20_000 }).toBe('true');
  mkdirSync(SCREENSHOTS, { recursive: true });
  const shot = join(SCREENSHOTS, `import-progress-${theme}.png`);
  await imp.screenshot({ path: shot, animations: 'disabled' });
  expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');

  const result = imp.getByTestId('import-result');
  await result.waitFor({ timeout: 60_000 });
  expect(await imp.getByTestId('import-progress').count()).toBe(0);
  expect(await imp.getByTestId('import-run').getAttribute('aria-disabled')).toBeNull();
  await expectSaneProgress();
  return (await result.textContent()) ?? '';
}

const storedCount = async () => {
  const r = await h.preview.core.rpc.call('conversations.list', { limit: 1000 });
  return r.ok ? (r.output as { conversations: unknown[] }).conversations.length : -1;
};

describe('import progress in Chromium', () => {
  it('shows a progressbar with the bytes, conversations and messages while the import runs, then the result', async () => {
    const result = await importWithScreenshot('light');
    expect(result).toContain(`Imported ${CONVERSATIONS} conversations and ${MESSAGES.toLocaleString('en-US')} messages from a Veil JSON.`);
    expect(await storedCount()).toBe(CONVERSATIONS);
    expect(h.pageErrors).toEqual([]);
  });

  it('the same in the dark theme; importing the file again gives every conversation a new id', async () => {
    const result = await importWithScreenshot('dark');
    expect(result).toContain(`(${CONVERSATIONS} conversations got a new id because it already existed)`);
    expect(await storedCount()).toBe(2 * CONVERSATIONS);
    await h.page.emulateMedia({ colorScheme: 'light' });
    expect(h.pageErrors).toEqual([]);
  });

  it('a second import while one runs is refused: IMPORT_BUSY in words, no progress bar left behind', async () => {
    const imp = await openImport();
    // Another import (as another window would start it) through the core, watched until it runs.
    const ac = new AbortController();
    let running!: () => void;
    const started = new Promise<void>((resolve) => (running = resolve));
    void h.preview.core.rpc.subscribe('import.progress', {}, (e) => (e as { running: boolean }).running && running(), ac.signal);
    const other = h.preview.core.rpc.call('import.run', { path: file });
    await started;
    ac.abort();

    await imp.getByTestId('import-path').fill(file);
    await imp.getByTestId('import-run').click();
    const error = imp.getByTestId('import-error');
    await error.waitFor();
    expect(await error.getAttribute('data-code')).toBe('IMPORT_BUSY');
    expect(await error.textContent()).toContain('This import did not start.');
    expect(await error.textContent()).toContain('An import is already running.');
    expect(await imp.getByTestId('import-progress').count()).toBe(0);
    expect(await imp.getByTestId('import-run').getAttribute('aria-disabled')).toBeNull();

    const r = await other;
    expect(r.ok).toBe(true);
    expect(h.pageErrors).toEqual([]);
  });
});
