// The Electronegativity gate (scripts/electronegativity.mjs) run for real: clean on Veil's Electron
// code, failing on a deliberately insecure window and on an acceptance without a written reason.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => rmSync(d, { recursive: true, force: true })));
const run = (...args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, ['scripts/electronegativity.mjs', ...args], { encoding: 'utf8' }, (err, stdout, stderr) =>
      resolve({ status: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr }),
    );
  });
const fixture = (source: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'veil-eng-'));
  tmp.push(dir);
  writeFileSync(join(dir, 'main.js'), source);
  return dir;
};

// Each run parses the Electron sources with Babel and TypeScript: a few seconds each.
// On failure the assertions print the tool's output. (The tool's own CSV writer races under load;
// scripts/electronegativity-offline.cjs makes its writes ordered.)
describe('lint:electron', { timeout: 60_000 }, () => {
  it("passes on Veil's main, preload and shell", async () => {
    const r = await run();
    expect(r.stderr).not.toContain('BLOCKING');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('no unaccepted finding of MEDIUM or above');
  });

  it('fails on a window with Node integration and without isolation', async () => {
    const r = await run('--input', fixture(`const { BrowserWindow } = require('electron');\nconst w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\nw.loadURL('https://example.com');\n`));
    expect(r.stderr, `status ${r.status}; stdout:\n${r.stdout}`).toMatch(/BLOCKING HIGH (NODE_INTEGRATION|CONTEXT_ISOLATION)_JS_CHECK/);
    expect(r.status).toBe(1);
  });

  it('fails on an eng-disable comment without a reason', async () => {
    const r = await run('--input', fixture(`const { shell } = require('electron');\nshell.openExternal(process.argv[2]); // eng-disable OPEN_EXTERNAL_JS_CHECK\n`));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('UNJUSTIFIED eng-disable OPEN_EXTERNAL_JS_CHECK');
  });
});
