// The real CLI entry (what `npm run preview` runs after building the renderer), spawned as a
// child process: it prints a tokenised loopback URL and where data goes; that URL serves the page;
// the documented headless example script drives the core through it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCliOptions, defaultPreviewDataDir } from '../../../electron/preview/cli-options';
import { rawGet } from './bridge-client';

const URL_LINE = /^Open: (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]{43}))$/m;

let child: ChildProcess;
let output = '';
let tmp: string;
let url: string;
let port: number;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'veil-preview-cli-'));
  child = spawn(process.execPath, ['--import', 'tsx', 'electron/preview/cli.ts', '--no-open', '--port', '0', '--data-dir', join(tmp, 'data')], {
    cwd: join(import.meta.dirname, '..', '..', '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = URL_LINE.exec(output);
      if (m) {
        clearInterval(timer);
        url = m[1] as string;
        port = Number(m[2]);
        resolve();
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`preview exited early (${code}): ${output}`));
    });
  });
});

afterAll(async () => {
  if (child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(tmp, { recursive: true, force: true });
});

describe('preview CLI', () => {
  it('prints a loopback URL with a 32-byte base64url token and the data dir', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
    expect(port).toBeGreaterThan(0);
    expect(Buffer.from(url.split('token=')[1] as string, 'base64url')).toHaveLength(32);
    expect(output).toContain(`data in ${join(tmp, 'data')}`);
  });

  it('serves the page at that URL and refuses it without the token', async () => {
    const path = url.slice(`http://127.0.0.1:${port}`.length);
    const ok = await rawGet(port, path);
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('/__veil/bridge.js');
    expect((await rawGet(port, '/')).status).toBe(403);
  });

  it('runs the documented headless example against it', () => {
    const r = spawnSync(process.execPath, ['scripts/preview-client-example.mjs', url], { cwd: join(import.meta.dirname, '..', '..', '..'), encoding: 'utf8', timeout: 15_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("host: 'preview'");
    expect(r.stdout).toContain('error RPC_INVALID_INPUT');
    expect(r.stdout).toMatch(/tick 1\ntick 2\ntick 3\n/);
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});

describe('preview CLI options', () => {
  it('parses --data-dir, --port and --no-open, in both spellings', () => {
    expect(parseCliOptions(['--data-dir', '/x', '--port', '0', '--no-open'])).toEqual({ dataDir: '/x', port: 0, open: false, help: false });
    expect(parseCliOptions(['--data-dir=/y', '--port=8123'])).toMatchObject({ dataDir: '/y', port: 8123, open: true });
  });

  it('defaults to a per-user data dir of its own and any free port', () => {
    expect(parseCliOptions([])).toMatchObject({ dataDir: defaultPreviewDataDir(), port: 0, open: true });
    expect(defaultPreviewDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe('/cfg/Veil-preview');
    expect(defaultPreviewDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toContain('Veil-preview');
  });

  it('rejects bad values and unknown options with a clear error', () => {
    expect(() => parseCliOptions(['--port', 'abc'])).toThrow(/--port must be/);
    expect(() => parseCliOptions(['--port', '70000'])).toThrow(/--port must be/);
    expect(() => parseCliOptions(['--data-dir'])).toThrow(/needs a value/);
    expect(() => parseCliOptions(['--host', '0.0.0.0'])).toThrow(/unknown option/);
  });

  it('exits with status 2 and the usage on a bad option', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/preview/cli.ts', '--port', 'nope'], { cwd: join(import.meta.dirname, '..', '..', '..'), encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: npm run preview');
  });
});
