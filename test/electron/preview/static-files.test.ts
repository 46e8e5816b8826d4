// Pure pieces of the preview's static serving and token check, on real files in a temp dir:
// index.html injection, path resolution (encoded dot segments, symlinks) and the token compare.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken, tokenMatches } from '../../../electron/preview/request-guard';
import { contentTypeFor } from '../../../electron/core/static/content-types';
import { previewCsp, renderIndex, resolveStatic } from '../../../electron/preview/static-files';

let tmp: string;
let root: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'veil-preview-static-'));
  root = join(tmp, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<html></html>');
  writeFileSync(join(root, 'assets', 'a.css'), 'body{}');
  writeFileSync(join(tmp, 'outside.txt'), 'secret');
  symlinkSync(join(tmp, 'outside.txt'), join(root, 'assets', 'link.txt'));
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('renderIndex', () => {
  it('puts the bridge config and script before the first script and drops a CSP meta tag', () => {
    const html = `<html><head><meta http-equiv="Content-Security-Policy" content="connect-src 'none'"><script type="module" src="./app.js"></script></head></html>`;
    const out = renderIndex(html, { wsUrl: 'ws://127.0.0.1:1/rpc', token: 'tok"<' });
    expect(out).not.toContain('Content-Security-Policy');
    expect(out.indexOf('/__veil/bridge.js')).toBeLessThan(out.indexOf('./app.js'));
    expect(out).toContain('content="tok&quot;&lt;"');
  });

  it('falls back to the end of <head> when the page has no script', () => {
    const out = renderIndex('<html><head><title>x</title></head><body></body></html>', { wsUrl: 'ws://x', token: 't' });
    expect(out.indexOf('/__veil/bridge.js')).toBeLessThan(out.indexOf('</head>'));
  });
});

describe('resolveStatic', () => {
  it('resolves files inside the root and the index', () => {
    expect(resolveStatic(root, '/assets/a.css')).toEqual({ kind: 'file', path: join(root, 'assets', 'a.css') });
    expect(resolveStatic(root, '/')).toEqual({ kind: 'index' });
    expect(resolveStatic(root, '/index.html')).toEqual({ kind: 'index' });
    expect(resolveStatic(root, '/assets/missing.js')).toEqual({ kind: 'missing' });
    expect(resolveStatic(root, '/assets')).toEqual({ kind: 'missing' });
  });

  it.each(['/../outside.txt', '/%2e%2e/outside.txt', '/assets/%2E%2E%2F..%2Foutside.txt', '/..\\outside.txt', '/a%00b', '/%ZZ'])('refuses %s', (p) => {
    expect(resolveStatic(root, p)).toEqual({ kind: 'forbidden' });
  });

  it('refuses a symlink that leads outside the root', () => {
    expect(resolveStatic(root, '/assets/link.txt')).toEqual({ kind: 'forbidden' });
  });
});

describe('content types and CSP', () => {
  it('maps the renderer build outputs', () => {
    expect(contentTypeFor('x.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('x.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('x.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('x.unknown')).toBe('application/octet-stream');
  });

  it("allows connections only to the bridge's own socket", () => {
    const csp = previewCsp(4321);
    expect(csp).toContain('connect-src ws://127.0.0.1:4321;');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
  });
});

describe('tokens', () => {
  it('creates 32 random bytes in base64url and compares exactly', () => {
    const a = createToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(createToken()).not.toBe(a);
    expect(tokenMatches(a, a)).toBe(true);
    expect(tokenMatches(a, `${a}x`)).toBe(false);
    expect(tokenMatches(a, a.slice(0, -1))).toBe(false);
    expect(tokenMatches(a, '')).toBe(false);
    expect(tokenMatches(a, null)).toBe(false);
  });
});
