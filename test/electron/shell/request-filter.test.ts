// The renderer session's request filter: app://veil, data:, blob:; devtools:// only in development.
import { describe, expect, it } from 'vitest';
import { isRequestAllowed } from '../../../electron/shell/request-filter';

describe('isRequestAllowed', () => {
  it('allows our own files and in-memory images', () => {
    for (const dev of [false, true]) {
      expect(isRequestAllowed('app://veil/index.html', { dev })).toBe(true);
      expect(isRequestAllowed('app://veil/assets/x.js', { dev })).toBe(true);
      expect(isRequestAllowed('data:image/png;base64,AAAA', { dev })).toBe(true);
      expect(isRequestAllowed('blob:app://veil/1234-5678', { dev })).toBe(true);
    }
  });

  it.each([
    'https://api.openai.com/v1/chat/completions',
    'http://127.0.0.1:11434/api/chat',
    'wss://example.com/socket',
    'file:///etc/passwd',
    'app://evil/index.html',
    'chrome://gpu',
    'chrome-extension://abc/x.js',
    'ftp://example.com/',
    '',
    'garbage',
  ])('denies %s', (url) => {
    expect(isRequestAllowed(url, { dev: false })).toBe(false);
    expect(isRequestAllowed(url, { dev: true })).toBe(false);
  });

  it('allows devtools:// only in development', () => {
    expect(isRequestAllowed('devtools://devtools/bundled/devtools_app.html', { dev: true })).toBe(true);
    expect(isRequestAllowed('devtools://devtools/bundled/devtools_app.html', { dev: false })).toBe(false);
  });
});
