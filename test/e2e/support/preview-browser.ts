// E2E harness: the real preview server (programmatic, port 0, temp data dir) and Debian's
// Chromium driven by playwright-core. Builds the renderer first when dist/renderer is missing or
// older than its sources, so `npx vitest run --project e2e` never tests a stale bundle.
import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { memoryLogger } from '../../../electron/core/log/logger';
import { loadKeytar } from '../../../electron/core/secrets/keychain';
import { startPreview, type PreviewServer } from '../../../electron/preview/server';

/** Deletes every entry a test stored under its own keychain service (nothing when no keychain). */
async function forgetKeychainService(service: string): Promise<void> {
  try {
    const keytar = loadKeytar();
    for (const { account } of await keytar.findCredentials(service)) await keytar.deletePassword(service, account);
  } catch {
    // No Secret Service in this run (passphrase-mode tests): nothing was stored in a keychain.
  }
}

export const ROOT = join(import.meta.dirname, '..', '..', '..');
const BUILT_INDEX = join(ROOT, 'dist', 'renderer', 'index.html');
const SOURCES = ['renderer', 'shared', 'vite.config.ts'];

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function ensureRendererBuilt(): void {
  const builtAt = existsSync(BUILT_INDEX) ? statSync(BUILT_INDEX).mtimeMs : 0;
  const sourcesAt = Math.max(...SOURCES.map((s) => join(ROOT, s)).filter(existsSync).map(newestMtime));
  if (builtAt >= sourcesAt) return;
  // Vitest sets NODE_ENV=test, which vite would inherit and turn into a development build of React.
  const env = { ...process.env, NODE_ENV: 'production' };
  const r = spawnSync('npm', ['run', '--silent', 'build:renderer'], { cwd: ROOT, encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`renderer build failed:\n${r.stdout}\n${r.stderr}`);
}

export interface PreviewBrowser {
  preview: PreviewServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  dataDir: string;
  /** Log lines of the preview server (refusals etc.). */
  serverLog: string[];
  /** Console errors and uncaught page errors seen so far. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openPreviewInBrowser(contextOptions: BrowserContextOptions = {}): Promise<PreviewBrowser> {
  ensureRendererBuilt();
  const tmp = mkdtempSync(join(tmpdir(), 'veil-e2e-'));
  const dataDir = join(tmp, 'data');
  const { logger, lines } = memoryLogger('info');
  // A keychain service of its own: a test that wipes the vault must never touch a real "Veil"
  // entry, even on a desktop whose own Secret Service with-keyring.sh reuses.
  const keychainService = `Veil-e2e-${randomUUID()}`;
  const preview = await startPreview({ dataDir, port: 0, open: false, logger, keychainService });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1100, height: 720 }, ...contextOptions });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return {
    preview,
    browser,
    context,
    page,
    dataDir,
    serverLog: lines,
    pageErrors,
    async close() {
      await browser.close();
      await preview.close();
      await forgetKeychainService(keychainService);
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** The shape of an API object as a comparable tree: { domain: { method: typeof } }. Self-contained, so page.evaluate can ship it. */
export function keyTree(api: object): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const domain of Object.keys(api).sort()) {
    const group = (api as Record<string, Record<string, unknown>>)[domain] ?? {};
    out[domain] = {};
    for (const method of Object.keys(group).sort()) out[domain][method] = typeof group[method];
  }
  return out;
}
