// The real app:// handler, run under Node with web-standard Requests against a temp renderer dir.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler } from '../../../electron/shell/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shell/csp';

let base: string;
let handle: (r: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'veil-app-protocol-'));
  const root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Veil</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), 'outside');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
  handle = createAppRequestHandler(root);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('app:// handler', () => {
  it('serves index.html with the CSP and hardening headers', async () => {
    const r = await get('app://veil/index.html');
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('<title>Veil</title>');
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves "/" as index.html and scripts as JavaScript', async () => {
    expect(await (await get('app://veil/')).text()).toContain('Veil');
    const js = await get('app://veil/assets/app.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    'app://veil/..%2f..%2fsecret.txt',
    'app://veil/%2e%2e%2fsecret.txt',
    'app://veil/assets/..%5c..%5csecret.txt',
    'app://other/index.html',
  ])('refuses %s with 403', async (url) => {
    const r = await get(url);
    expect(r.status).toBe(403);
    expect(await r.text()).toBe('');
  });

  it('does not follow a symlink out of the root', async () => {
    const r = await get('app://veil/assets/link.txt');
    expect(r.status).toBe(403);
  });

  it('answers 404 for missing files and directories, 405 for other methods', async () => {
    expect((await get('app://veil/nope.js')).status).toBe(404);
    expect((await get('app://veil/assets')).status).toBe(404);
    expect((await get('app://veil/index.html', 'POST')).status).toBe(405);
    const head = await get('app://veil/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
