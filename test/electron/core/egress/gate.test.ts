// The egress gate over real loopback HTTP: allowlist, https rule, minimal headers, the ledger
// written before sending and matching the wire byte for byte, limits, and the canary key.
import { createServer, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { VeilError } from '../../../../electron/core/errors/veil-error';
import { rateLimited, reply, startMockProvider, type MockProvider } from '../../../fixtures/mock-provider';
import { CANARY_KEY, chatRequest, closeHarnesses, drain, gateHarness, meta, settle, testProvider } from './egress-fixture';
import { lanAddress } from './test-certs';

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
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

describe('egress gate', () => {
  it('sends an allowed request with only the minimal headers and records it before and after', async () => {
    const p = testProvider('mock', `${mock.url}/v1`);
    const h = gateHarness({ providers: [p] });
    const fingerprinting = { 'X-Stainless-OS': 'Linux', 'x-stainless-arch': 'x64', 'X-Stainless-Runtime-Version': 'v20.20.0', 'User-Agent': 'OpenAI/JS 4.80.0', 'Accept-Language': 'de', Cookie: 'a=b' };
    let seenPending = false;
    mock.setDefault({ kind: 'reply', text: 'Hi there' });
    const res = await h.gate.send(chatRequest(p.baseUrl!, { extraHeaders: fingerprinting }), meta(p), {
      onLedgerId: (id) => {
        // The entry exists before the transport is called.
        seenPending = h.transport.calls === 0 && h.rawRows().some((r) => r.includes(id));
      },
    });
    expect(seenPending).toBe(true);
    expect(res.status).toBe(200);
    await drain(res.body);
    const [rec] = await mock.waitForRequests(1);
    expect(Object.keys(rec!.headers).sort()).toEqual(['accept', 'authorization', 'connection', 'content-length', 'content-type', 'host', 'user-agent']);
    expect(rec!.headers['user-agent']).toBe('Veil');

    const e = await settle(h, res.ledgerId);
    expect(e).toMatchObject({ outcome: 'ok', status: 200, provider: 'mock', model: 'mock-model', method: 'POST', host: '127.0.0.1', port: mock.port, path: '/v1/chat/completions', proxy: 'direct', remoteAddress: '127.0.0.1', jurisdiction: 'Processed in DE', jurisdictionRegions: ['DE'], maskedCounts: { EMAIL: 1 }, tlsVersion: null });
    expect(Buffer.from(e.requestBody, 'utf8').equals(rec!.body)).toBe(true);
    expect(e.requestBodyBytes).toBe(rec!.body.byteLength);
    expect(e.requestBytes).toBeGreaterThan(e.requestBodyBytes);
    expect(e.responseBytes).toBeGreaterThan(0);
    expect(e.endedAt).toBeGreaterThanOrEqual(e.startedAt);
    expect(Object.entries(e.requestHeaders).find(([n]) => n.toLowerCase() === 'authorization')?.[1]).toBe('Bearer [REDACTED]');
    expect(Object.keys(e.requestHeaders).map((n) => n.toLowerCase()).sort()).toEqual(Object.keys(rec!.headers).sort());
    expect(h.rawRows().join('\n')).not.toContain(CANARY_KEY);
  });

  it('policy sets the User-Agent', async () => {
    const p = testProvider('mock', `${mock.url}/v1`);
    const h = gateHarness({ providers: [p], policy: { userAgent: 'AcmeCorp-Client' } });
    await drain((await h.gate.send(chatRequest(p.baseUrl!), meta(p))).body);
    expect(mock.requests[0]!.headers['user-agent']).toBe('AcmeCorp-Client');
  });

  it('blocks a host that is not a configured provider: never contacted, recorded as blocked', async () => {
    const other = testProvider('other', 'https://api.other.example/v1');
    const p = testProvider('mock', `${mock.url}/v1`);
    const h = gateHarness({ providers: [other] });
    // Not configured at all.
    const e1 = await refusal(h.gate.send(chatRequest(p.baseUrl!), meta(p)));
    expect(e1.code).toBe('EGRESS_BLOCKED');
    expect(e1.message).toContain(`127.0.0.1:${mock.port}`);
    // Configured, but the request points somewhere else than the provider's address.
    const e2 = await refusal(h.gate.send(chatRequest(p.baseUrl!), meta({ ...other, baseUrl: p.baseUrl })));
    expect(e2.code).toBe('EGRESS_BLOCKED');
    expect(mock.requests).toHaveLength(0);
    expect(h.transport.calls).toBe(0);
    const rows = h.entries();
    expect(rows.map((r) => [r.outcome, r.errorCode, r.host])).toEqual([
      ['blocked', 'EGRESS_BLOCKED', '127.0.0.1'],
      ['blocked', 'EGRESS_BLOCKED', '127.0.0.1'],
    ]);
    expect(rows.every((r) => r.endedAt !== null && r.requestBody.length > 0)).toBe(true);
  });

  it('policy deny and allow lists tighten the allowlist', async () => {
    const p = testProvider('mock', `${mock.url}/v1`);
    const h = gateHarness({ providers: [p], policy: { denyHosts: [`127.0.0.1:${mock.port}`] } });
    expect((await refusal(h.gate.send(chatRequest(p.baseUrl!), meta(p)))).details).toMatchObject({ reason: 'policy-deny' });
    h.policy = { allowHosts: ['api.deepseek.com'] };
    expect((await refusal(h.gate.send(chatRequest(p.baseUrl!), meta(p)))).details).toMatchObject({ reason: 'policy-allow' });
    h.policy = { allowHosts: ['127.0.0.1'] };
    await drain((await h.gate.send(chatRequest(p.baseUrl!), meta(p))).body);
    expect(mock.requests).toHaveLength(1);
  });

  it('refuses plain http to a non-loopback host without opening a connection', async () => {
    const lan = lanAddress();
    let connections = 0;
    const server: Server = createServer((_q, r) => r.end('{}'));
    server.on('connection', () => connections++);
    await new Promise<void>((r) => server.listen(0, lan, r));
    try {
      const port = (server.address() as { port: number }).port;
      const p = testProvider('lan', `http://${lan}:${port}/v1`);
      const h = gateHarness({ providers: [p] });
      const err = await refusal(h.gate.send(chatRequest(p.baseUrl!), meta(p)));
      expect(err.code).toBe('EGRESS_BLOCKED');
      expect(err.details).toMatchObject({ reason: 'insecure-scheme' });
      expect(err.message).toMatch(/https/);
      // The same server is reachable, so 0 connections means the gate stopped it.
      await fetch(`http://${lan}:${port}/`).then((r) => r.text());
      expect(connections).toBe(1);
      expect(h.transport.calls).toBe(0);
      expect(h.entries()[0]).toMatchObject({ outcome: 'blocked', scheme: 'http', host: lan });
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('never sends a request whose body or URL carries the API key', async () => {
    const p = testProvider('mock', `${mock.url}/v1`);
    const h = gateHarness({ providers: [p] });
    const err = await refusal(h.gate.send(chatRequest(p.baseUrl!, { text: `my key is ${CANARY_KEY}` }), meta(p)));
    expect(err.details).toMatchObject({ reason: 'key-in-body' });
    expect(err.message).not.toContain(CANARY_KEY);
    expect(mock.requests).toHaveLength(0);
  });

  it('every request the mock received matches exactly one ledger entry, byte for byte (retries included)', async () => {
    const p = testProvider('mock', `${mock.url}/v1`);
    const h = gateHarness({ providers: [p] });
    mock.script(rateLimited(0), reply({ text: 'ok' }));
    const bodies = ['first ü €', 'second \u{1F600}', 'third'];
    for (const text of bodies) {
      for (let attempt = 1; attempt <= 2; attempt++) {
        const res = await h.gate.send(chatRequest(p.baseUrl!, { text }), meta(p, { attempt }));
        await drain(res.body);
        await settle(h, res.ledgerId);
        if (res.status === 200) break;
      }
    }
    // A blocked request is in the ledger but not on the wire.
    await refusal(h.gate.send(chatRequest('https://elsewhere.example/v1'), meta(p)));
    const received = await mock.waitForRequests(4);
    const sent = h.entries().filter((e) => e.outcome !== 'blocked');
    expect(sent).toHaveLength(received.length);
    for (const rec of received) {
      const matching = sent.filter((e) => Buffer.from(e.requestBody, 'utf8').equals(rec.body) && e.path === rec.url);
      expect(matching.length).toBeGreaterThanOrEqual(1);
    }
    // Bodies differ per message; the 429 and its retry carry the same body in two entries.
    expect(sent.map((e) => [e.status, e.attempt])).toEqual([[429, 1], [200, 2], [200, 1], [200, 1]]);
    sent.forEach((e, i) => expect(Buffer.from(e.requestBody, 'utf8').equals(received[i]!.body)).toBe(true));
    expect(sent[0]!.outcome).toBe('error');
  });
});
