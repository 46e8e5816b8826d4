// The browser half of the preview bridge in Chromium: the page's CSP lets it reach only the
// bridge socket, calls made before the socket opens are queued, and a lost connection fails
// pending and later calls with BRIDGE_DISCONNECTED.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPreviewInBrowser, type PreviewBrowser } from './support/preview-browser';

let h: PreviewBrowser;
let canary: Server;
let canaryHits = 0;

beforeAll(async () => {
  // A real server on loopback that would answer if the page could reach it.
  canary = createServer((_req, res) => {
    canaryHits++;
    res.end('reached');
  });
  await new Promise<void>((r) => canary.listen(0, '127.0.0.1', () => r()));
  h = await openPreviewInBrowser();
});

afterAll(async () => {
  await h?.close();
  await new Promise((r) => canary.close(r));
});

const goto = async () => {
  await h.page.goto(h.preview.url);
  await h.page.getByTestId('sidebar').waitFor();
};

describe('preview page in Chromium', () => {
  it('cannot fetch an external URL: CSP connect-src allows only the bridge socket', async () => {
    await goto();
    const canaryUrl = `http://127.0.0.1:${(canary.address() as AddressInfo).port}/`;
    const result = await h.page.evaluate(async (urls: string[]) => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
      const outcomes: string[] = [];
      for (const url of urls) {
        try {
          await fetch(url, { mode: 'no-cors' });
          outcomes.push('fetched');
        } catch (err) {
          outcomes.push(`rejected: ${(err as Error).name}`);
        }
      }
      await new Promise((r) => setTimeout(r, 100));
      return { outcomes, violations };
    }, ['http://example.invalid/', canaryUrl]);
    expect(result.outcomes).toEqual(['rejected: TypeError', 'rejected: TypeError']);
    expect(result.violations).toEqual(expect.arrayContaining([expect.stringMatching(/^connect-src http:\/\/example\.invalid/), expect.stringMatching(/^connect-src http:\/\/127\.0\.0\.1:/)]));
    // Without the CSP a no-cors fetch to the canary would have reached it.
    expect(canaryHits).toBe(0);
  });

  it('cannot open a WebSocket to another loopback port either', async () => {
    const port = (canary.address() as AddressInfo).port;
    const violation = await h.page.evaluate(async (p: number) => {
      const seen = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true }));
      try {
        new WebSocket(`ws://127.0.0.1:${p}/`);
      } catch {
        return 'threw';
      }
      return seen;
    }, port);
    expect(['connect-src', 'threw']).toContain(violation);
    expect(canaryHits).toBe(0);
  });

  it('queues calls made before the socket opens', async () => {
    // Append a call to bridge.js itself: it runs in the same task that creates the socket, so the
    // socket is certainly still CONNECTING when the call is made.
    await h.page.route('**/__veil/bridge.js', async (route) => {
      const res = await route.fetch();
      const probe = `;window.__early = { state: 'pending' };
        window.veil.app.echo({ text: 'early bird' }).then((o) => { window.__early.state = 'ok:' + o.text; }, (e) => { window.__early.state = 'error:' + e.code; });`;
      await route.fulfill({ response: res, body: (await res.text()) + probe });
    });
    await goto();
    await expect.poll(() => h.page.evaluate(() => (window as unknown as { __early: { state: string } }).__early.state)).toBe('ok:early bird');
    await h.page.unroute('**/__veil/bridge.js');
  });

  it('fails pending and later calls with BRIDGE_DISCONNECTED when the server goes away', async () => {
    await goto();
    await h.page.evaluate(() => {
      const w = window as unknown as { __stream: Promise<string> };
      w.__stream = window.veil.app.ticks({ count: 10_000, intervalMs: 50 }, () => undefined).done.then(
        () => 'ended',
        (e: { code: string }) => e.code,
      );
    });
    await h.preview.close();
    expect(await h.page.evaluate(() => (window as unknown as { __stream: Promise<string> }).__stream)).toBe('BRIDGE_DISCONNECTED');
    const later = await h.page.evaluate(() => window.veil.app.echo({ text: 'anyone?' }).then(() => 'resolved', (e: { code: string }) => e.code));
    expect(later).toBe('BRIDGE_DISCONNECTED');
  });
});
