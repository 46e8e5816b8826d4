// webContents hardening: no navigation, no new window, no webview; links go to the confirmed opener.
// Real Electron cannot run on this machine (no binary), so WebContents is a tiny structural
// stand-in built on EventEmitter, the base class of Electron's WebContents.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { hardenWebContents, type HardenableContents } from '../../../electron/shell/harden-contents';

class StandInContents extends EventEmitter implements HardenableContents {
  openHandler?: (d: { url: string }) => { action: 'deny' };
  setWindowOpenHandler(h: (d: { url: string }) => { action: 'deny' }) {
    this.openHandler = h;
  }
}

const event = (url = '') => {
  const e = { url, prevented: false, preventDefault: () => void (e.prevented = true) };
  return e;
};

describe('hardenWebContents', () => {
  it('denies window.open and hands the URL to the link opener', () => {
    const wc = new StandInContents();
    const links: string[] = [];
    hardenWebContents(wc, (u) => links.push(u));
    expect(wc.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(wc.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(links).toEqual(['https://example.com/', 'file:///etc/passwd']);
  });

  it('prevents every navigation and redirect', () => {
    const wc = new StandInContents();
    const links: string[] = [];
    hardenWebContents(wc, (u) => links.push(u));
    for (const name of ['will-navigate', 'will-redirect']) {
      const e = event('https://evil.example/');
      wc.emit(name, e);
      expect(e.prevented, name).toBe(true);
    }
    expect(links).toEqual(['https://evil.example/']);
  });

  it('blocks webviews', () => {
    const wc = new StandInContents();
    hardenWebContents(wc, () => undefined);
    const e = event();
    wc.emit('will-attach-webview', e);
    expect(e.prevented).toBe(true);
  });
});
