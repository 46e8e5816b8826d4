// TLS rules of the gate against real loopback HTTPS servers with certificates made in the test:
// pins (checked in the handshake, before any request byte), the TLS 1.2 floor, "TLS 1.3 only",
// and a custom CA that is trusted only when configured (and then switches pins off).
import { createServer, type Server } from 'node:https';
import { connect } from 'node:tls';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { undiciEgressTransport } from '../../../../electron/core/egress/index';
import { VeilError } from '../../../../electron/core/errors/veil-error';
import { makeSelfSignedCert, startMockProvider, type MockProvider, type SelfSignedCert } from '../../../fixtures/mock-provider';
import { chatRequest, closeHarnesses, drain, gateHarness, meta, settle, testProvider } from './egress-fixture';
import { makeCert } from './test-certs';

let cert: SelfSignedCert;
let mock: MockProvider;
beforeAll(async () => {
  cert = makeSelfSignedCert();
  mock = await startMockProvider({ tls: { key: cert.key, cert: cert.cert } });
});
afterAll(() => mock.close());
afterEach(async () => {
  mock.reset();
  await closeHarnesses();
});

const refusal = async (p: Promise<unknown>): Promise<VeilError> => {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(VeilError);
  return err as VeilError;
};

/** A server that counts TLS handshakes and HTTP requests separately. */
async function legacyServer(options: { minVersion: 'TLSv1' | 'TLSv1.2'; maxVersion: 'TLSv1.1' | 'TLSv1.2'; ciphers?: string }) {
  const c = makeCert({ ips: ['127.0.0.1'] });
  const seen = { requests: 0 };
  const server: Server = createServer({ key: c.key, cert: c.cert, ...options }, (_q, r) => {
    seen.requests++;
    r.end('{}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { c, seen, port, url: `https://127.0.0.1:${port}/v1`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** What the server negotiates with a client that accepts anything down to TLS 1.0. */
function negotiated(port: number, ca: string): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const s = connect({ port, host: '127.0.0.1', ca, minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' }, () => {
      resolve(s.getProtocol());
      s.end();
    });
    s.on('error', reject);
  });
}

describe('egress TLS rules', () => {
  it('right pin -> sent, with TLS version, certificate fingerprint and address in the ledger', async () => {
    const p = testProvider('secure', `${mock.url}/v1`);
    const h = gateHarness({ providers: [p], transport: undiciEgressTransport({ env: {}, trustedRoots: [cert.cert] }), policy: { pins: { '127.0.0.1': [`sha256/${cert.spkiSha256}`] } } });
    const res = await h.gate.send(chatRequest(p.baseUrl!), meta(p));
    expect(res.status).toBe(200);
    await drain(res.body);
    const e = await settle(h, res.ledgerId);
    expect(e).toMatchObject({ outcome: 'ok', scheme: 'https', tlsVersion: 'TLSv1.3', certFingerprint256: cert.fingerprint256, certSpkiSha256: cert.spkiSha256, remoteAddress: '127.0.0.1', remotePort: mock.port });
    expect(mock.requests).toHaveLength(1);
  });

  it('every request over one kept-alive connection records the connection facts (read once per socket)', async () => {
    const p = testProvider('secure', `${mock.url}/v1`);
    const h = gateHarness({ providers: [p], transport: undiciEgressTransport({ env: {}, trustedRoots: [cert.cert] }) });
    const entries = [];
    for (let i = 0; i < 3; i++) {
      const res = await h.gate.send(chatRequest(p.baseUrl!), meta(p));
      await drain(res.body);
      entries.push(await settle(h, res.ledgerId));
    }
    // One connection served all three (the facts came from the cache for the later two).
    expect(new Set(mock.requests.map((r) => r.remotePort)).size).toBe(1);
    for (const e of entries) expect(e).toMatchObject({ tlsVersion: 'TLSv1.3', certFingerprint256: cert.fingerprint256, certSpkiSha256: cert.spkiSha256, remoteAddress: '127.0.0.1', remotePort: mock.port });
  });

  it('wrong pin -> blocked with a clear error; the server never sees an HTTP request', async () => {
    const p = testProvider('secure', `${mock.url}/v1`);
    const other = makeCert({ ips: ['127.0.0.1'] });
    const h = gateHarness({ providers: [p], transport: undiciEgressTransport({ env: {}, trustedRoots: [cert.cert] }), policy: { pins: { '127.0.0.1': [other.spki] } } });
    const err = await refusal(h.gate.send(chatRequest(p.baseUrl!), meta(p)));
    expect(err.code).toBe('EGRESS_PIN_MISMATCH');
    expect(err.message).toMatch(/does not match the key pinned by policy.*before sending anything/);
    expect(h.transport.calls).toBe(1); // it got as far as the handshake...
    expect(mock.requests).toHaveLength(0); // ...and not one request byte further
    expect(h.entries()[0]).toMatchObject({ outcome: 'blocked', errorCode: 'EGRESS_PIN_MISMATCH', status: null });
  });

  it('a custom CA switches pinning off (a re-signing proxy can never match public pins)', async () => {
    const p = testProvider('secure', `${mock.url}/v1`);
    const other = makeCert({ ips: ['127.0.0.1'] });
    const h = gateHarness({ providers: [p], settings: { customCaPem: cert.cert }, policy: { pins: { '127.0.0.1': [other.spki] } } });
    await drain((await h.gate.send(chatRequest(p.baseUrl!), meta(p))).body);
    expect(mock.requests).toHaveLength(1);
  });

  it('a self-signed certificate is refused without a custom CA and accepted with it', async () => {
    const p = testProvider('secure', `${mock.url}/v1`);
    const h = gateHarness({ providers: [p] });
    const err = await refusal(h.gate.send(chatRequest(p.baseUrl!), meta(p)));
    expect(err.code).toBe('TLS');
    expect(err.details).toMatchObject({ reason: 'certificate' });
    expect(err.message).toMatch(/not trusted.*Settings → Network/);
    expect(mock.requests).toHaveLength(0);
    expect(h.entries()[0]).toMatchObject({ outcome: 'blocked', errorCode: 'TLS' });

    h.settings = { ...h.settings, customCaPem: cert.cert };
    const res = await h.gate.send(chatRequest(p.baseUrl!), meta(p));
    await drain(res.body);
    expect(res.status).toBe(200);
    expect(mock.requests).toHaveLength(1);
  });

  it('a server offering only TLS 1.1 is refused', async () => {
    const legacy = await legacyServer({ minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' });
    try {
      // The server really does speak TLS 1.1 to a client that allows it.
      expect(await negotiated(legacy.port, legacy.c.cert)).toBe('TLSv1.1');
      const p = testProvider('legacy', legacy.url);
      const h = gateHarness({ providers: [p], settings: { customCaPem: legacy.c.cert } });
      const err = await refusal(h.gate.send(chatRequest(p.baseUrl!), meta(p)));
      expect(err.code).toBe('TLS');
      expect(err.details).toMatchObject({ reason: 'tls-version', minVersion: 'TLSv1.2' });
      expect(err.message).toMatch(/does not offer TLS 1\.2 or newer/);
      expect(legacy.seen.requests).toBe(0);
      expect(h.entries()[0]).toMatchObject({ outcome: 'blocked', errorCode: 'TLS' });
    } finally {
      await legacy.close();
    }
  });

  it('"TLS 1.3 only" refuses a TLS 1.2-only server that is fine otherwise', async () => {
    const tls12 = await legacyServer({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' });
    try {
      const p = testProvider('tls12', tls12.url);
      const h = gateHarness({ providers: [p], settings: { customCaPem: tls12.c.cert } });
      const ok = await h.gate.send(chatRequest(p.baseUrl!), meta(p));
      await drain(ok.body);
      expect((await settle(h, ok.ledgerId)).tlsVersion).toBe('TLSv1.2');
      expect(tls12.seen.requests).toBe(1);

      h.settings = { ...h.settings, tls13Only: true };
      const err = await refusal(h.gate.send(chatRequest(p.baseUrl!), meta(p)));
      expect(err.details).toMatchObject({ reason: 'tls-version', minVersion: 'TLSv1.3' });
      expect(err.message).toMatch(/does not offer TLS 1\.3/);
      expect(tls12.seen.requests).toBe(1);

      // Policy can demand it too, whatever the user chose.
      h.settings = { ...h.settings, tls13Only: false };
      h.policy = { tls13Only: true };
      expect((await refusal(h.gate.send(chatRequest(p.baseUrl!), meta(p)))).details).toMatchObject({ minVersion: 'TLSv1.3' });
      expect(tls12.seen.requests).toBe(1);
    } finally {
      await tls12.close();
    }
  });

  it('refuses rules the transport cannot enforce instead of sending with less protection', async () => {
    const p = testProvider('secure', `${mock.url}/v1`);
    const inner = undiciEgressTransport({ env: {}, trustedRoots: [cert.cert] });
    const weak = { ...inner, name: 'weak', enforces: { ...inner.enforces, pinning: false }, send: inner.send };
    const h = gateHarness({ providers: [p], transport: weak, policy: { pins: { '127.0.0.1': [cert.spkiSha256] } } });
    const err = await refusal(h.gate.send(chatRequest(p.baseUrl!), meta(p)));
    expect(err.details).toMatchObject({ reason: 'transport-cannot-enforce' });
    expect(h.transport.calls).toBe(0);
    await inner.close?.();
  });
});
