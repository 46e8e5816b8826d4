// app://veil URL -> file mapping: traversal in every spelling is refused.
import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, resolveAppPath } from '../../../electron/shell/app-url';

const root = resolve('/srv/veil/dist/renderer');

describe('resolveAppPath', () => {
  it('maps our URLs to files under the root', () => {
    expect(resolveAppPath(root, APP_ENTRY_URL)).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://veil/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://veil')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://veil/assets/index-abc.js?v=1#x')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppPath(root, 'app://veil/assets/my%20font.woff2')).toBe(join(root, 'assets', 'my font.woff2'));
  });

  it.each([
    'app://veil/../../etc/passwd',
    'app://veil/%2e%2e/%2e%2e/etc/passwd',
    'app://veil/%2E%2E/%2E%2E/etc/passwd',
    'app://veil/..%2f..%2fetc%2fpasswd',
    'app://veil/..%2F..%2Fetc%2Fpasswd',
    'app://veil/..%5c..%5cetc%5cpasswd',
    'app://veil/assets/..%2f..%2f..%2fetc/passwd',
    'app://veil/%252e%252e/%252e%252e/etc/passwd',
    'app://veil/%2fetc%2fpasswd',
    'app://veil//etc/passwd',
    'app://veil/C:%5cWindows%5cwin.ini',
    'app://veil/index.html%00.png',
    'app://veil/%E0%A4%A',
  ])('never leaves the root for %s', (url) => {
    const file = resolveAppPath(root, url);
    // Either refused outright, or (after URL normalisation) a path strictly inside the root.
    expect(file === null || file.startsWith(root + sep)).toBe(true);
  });

  it('refuses encoded separators and dot segments outright', () => {
    for (const url of ['app://veil/..%2f..%2fetc%2fpasswd', 'app://veil/..%5c..%5cetc', 'app://veil/a/%2e%2e%2fb', 'app://veil/index.html%00.png', 'app://veil/%E0%A4%A']) {
      expect(resolveAppPath(root, url)).toBeNull();
    }
  });

  it('normalises plain dot segments before they can leave the root', () => {
    // The WHATWG URL parser resolves "/../../etc/passwd" to "/etc/passwd": a file under the root.
    expect(resolveAppPath(root, 'app://veil/../../etc/passwd')).toBe(join(root, 'etc', 'passwd'));
  });

  it('refuses other origins and schemes', () => {
    for (const url of ['app://other/index.html', 'app://veil:8080/index.html', 'app://user@veil/index.html', 'file:///etc/passwd', 'https://veil/index.html', 'not a url']) {
      expect(resolveAppPath(root, url)).toBeNull();
    }
  });
});

describe('isAppUrl', () => {
  it('accepts only app://veil', () => {
    expect(isAppUrl('app://veil/index.html')).toBe(true);
    expect(isAppUrl('app://veil.evil/index.html')).toBe(false);
    expect(isAppUrl('app://evil/')).toBe(false);
    expect(isAppUrl('http://veil/')).toBe(false);
  });
});
