// The preview's refusals, against a real server over real HTTP and WebSocket upgrades: token,
// Origin and Host (DNS rebinding) checks, and static paths that try to leave the renderer dir.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../electron/core/log/logger';
import { startPreview, type PreviewServer } from '../../../electron/preview/server';
import { rawGet, tryUpgrade } from './bridge-client';

let preview: PreviewServer;
let tmp: string;
let lines: string[];

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'veil-preview-sec-'));
  const renderer = join(tmp, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><html><head><title>fixture</title><script type="module" src="./assets/app.js"></script></head><body></body></html>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'export const fixture = 1;\n');
  writeFileSync(join(tmp, 'secret.txt'), 'OUTSIDE-THE-ROOT\n');
  const mem = memoryLogger('info');
  lines = mem.lines;
  preview = await startPreview({ dataDir: join(tmp, 'data'), port: 0, open: false, rendererDir: renderer, logger: mem.logger });
});

afterAll(async () => {
  await preview.close();
  rmSync(tmp, { recursive: true, force: true });
});

const q = () => `/?token=${preview.token}`;
const rpcPath = (token = preview.token) => `/rpc?token=${encodeURIComponent(token)}`;

describe('HTTP requests', () => {
  it('serves the page for the right token, with the CSP, the bridge script and a cookie', async () => {
    const res = await rawGet(preview.port, q());
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain(`connect-src ws://127.0.0.1:${preview.port}`);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.body.indexOf('/__veil/bridge.js')).toBeGreaterThan(0);
    expect(res.body.indexOf('/__veil/bridge.js')).toBeLessThan(res.body.indexOf('./assets/app.js'));
    expect(String(res.headers['set-cookie'])).toContain('HttpOnly');
  });

  it('refuses a wrong token', async () => {
    const res = await rawGet(preview.port, `/?token=${'A'.repeat(43)}`);
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('veil-bridge-token');
  });

  it('refuses a missing token', async () => {
    expect((await rawGet(preview.port, '/')).status).toBe(403);
    expect((await rawGet(preview.port, '/assets/app.js')).status).toBe(403);
    expect((await rawGet(preview.port, '/__veil/bridge.js')).status).toBe(403);
  });

  it('accepts the cookie set by the tokenised page for assets, and refuses a wrong cookie', async () => {
    const cookie = `veil_preview_${preview.port}=${preview.token}`;
    const ok = await rawGet(preview.port, '/assets/app.js', { Cookie: cookie });
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(ok.body).toContain('fixture');
    expect((await rawGet(preview.port, '/assets/app.js', { Cookie: `veil_preview_${preview.port}=nope` })).status).toBe(403);
  });

  it('refuses a non-loopback Host header (DNS rebinding), even with the right token', async () => {
    expect((await rawGet(preview.port, q(), { Host: `evil.example:${preview.port}` })).status).toBe(403);
    expect((await rawGet(preview.port, q(), { Host: '127.0.0.1:1' })).status).toBe(403);
    expect((await rawGet(preview.port, q(), { Host: `localhost:${preview.port}` })).status).toBe(200);
  });

  it('refuses a foreign Origin, even with the right token', async () => {
    expect((await rawGet(preview.port, q(), { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await rawGet(preview.port, q(), { Origin: 'null' })).status).toBe(403);
    expect((await rawGet(preview.port, q(), { Origin: `http://localhost:${preview.port}` })).status).toBe(200);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/%00index.html',
    '/%E0%A4%A',
  ])('refuses the traversal attempt %s', async (path) => {
    const sep = path.includes('?') ? '&' : '?';
    const res = await rawGet(preview.port, `${path}${sep}token=${preview.token}`);
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('OUTSIDE-THE-ROOT');
  });

  it('answers 404 for a missing file and 405 for other methods', async () => {
    expect((await rawGet(preview.port, `/nope.js?token=${preview.token}`)).status).toBe(404);
    const post = await fetch(`http://127.0.0.1:${preview.port}/?token=${preview.token}`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
  });

  it('logs refusals without the token', () => {
    const refusals = lines.filter((l) => l.includes('refused'));
    expect(refusals.some((l) => l.includes('non-loopback Host'))).toBe(true);
    expect(refusals.some((l) => l.includes('wrong token'))).toBe(true);
    expect(lines.join('\n')).not.toContain(preview.token);
  });
});

describe('WebSocket upgrades', () => {
  const origin = () => ({ Origin: `http://127.0.0.1:${preview.port}` });

  it('accepts the right token from the page origin', async () => {
    expect(await tryUpgrade(preview.port, rpcPath(), origin())).toBe(101);
  });

  it('refuses a wrong token', async () => {
    expect(await tryUpgrade(preview.port, rpcPath('x'.repeat(43)), origin())).toBe(403);
  });

  it('refuses a missing token, even with the cookie', async () => {
    expect(await tryUpgrade(preview.port, '/rpc', origin())).toBe(403);
    expect(await tryUpgrade(preview.port, '/rpc', { ...origin(), Cookie: `veil_preview_${preview.port}=${preview.token}` })).toBe(403);
  });

  it('refuses a foreign Origin', async () => {
    expect(await tryUpgrade(preview.port, rpcPath(), { Origin: 'http://evil.example' })).toBe(403);
    expect(await tryUpgrade(preview.port, rpcPath(), { Origin: `http://127.0.0.1:${preview.port + 1}` })).toBe(403);
  });

  it('refuses a non-loopback Host', async () => {
    expect(await tryUpgrade(preview.port, rpcPath(), { ...origin(), Host: `evil.example:${preview.port}` })).toBe(403);
  });

  it('refuses upgrades on other paths', async () => {
    expect(await tryUpgrade(preview.port, `/?token=${preview.token}`, origin())).toBe(403);
  });
});
