// Proxy routing through a real HTTP CONNECT proxy on 127.0.0.1: requests tunnel through it when a
// proxy URL is configured (TLS and pins still end at the provider), hosts on the no-proxy list
// and loopback go direct, and the "system" route in plain Node follows HTTPS_PROXY.
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { connect as netConnect, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { undiciEgressTransport } from '../../../../electron/core/egress/index';
import { VeilError } from '../../../../electron/core/errors/veil-error';
import { systemProxyResolver } from '../../../../electron/shell/system-proxy';
import { startMockProvider, type MockProvider } from '../../../fixtures/mock-provider';
import { chatRequest, closeHarnesses, drain, gateHarness, meta, settle, testProvider } from './egress-fixture';
import { lanAddress, makeCert, type TestCert } from './test-certs';

const NAME = 'provider.veil.test';
let cert: TestCert;
let mock: MockProvider;
let lan: string;
let proxy: { url: string; tunnels: string[]; server: HttpServer; sockets: Set<Socket> };
let lanServer: { server: HttpsServer; url: string; requests: number };

/** A CONNECT proxy that resolves NAME to 127.0.0.1 itself (the client never resolves it). */
async function startConnectProxy(): Promise<typeof proxy> {
  const tunnels: string[] = [];
  const sockets = new Set<Socket>();
  const server = createHttpServer((_q, r) => r.writeHead(405).end());
  server.on('connect', (req, client: Socket, head: Buffer) => {
    tunnels.push(req.url ?? '');
    const [host, port] = (req.url ?? '').split(':');
    const upstream = netConnect(Number(port), host === NAME ? '127.0.0.1' : host!, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, tunnels, server, sockets };
}

beforeAll(async () => {
  lan = lanAddress();
  cert = makeCert({ dns: [NAME], ips: ['127.0.0.1', lan] });
  mock = await startMockProvider({ tls: { key: cert.key, cert: cert.cert } });
  proxy = await startConnectProxy();
  const state = { requests: 0 };
  const server = createHttpsServer({ key: cert.key, cert: cert.cert }, (_q, r) => {
    state.requests++;
    r.writeHead(200, { 'content-type': 'text/event-stream' }).end('data: [DONE]\n\n');
  });
  await new Promise<void>((r) => server.listen(0, lan, r));
  lanServer = Object.assign(state, { server, url: `https://${lan}:${(server.address() as { port: number }).port}/v1` });
});
afterAll(async () => {
  await mock.close();
  for (const s of proxy.sockets) s.destroy();
  await new Promise<void>((r) => proxy.server.close(() => r()));
  await new Promise<void>((r) => lanServer.server.close(() => r()));
});
afterEach(async () => {
  mock.reset();
  proxy.tunnels.length = 0;
  lanServer.requests = 0;
  await closeHarnesses();
});

const transport = (env: Record<string, string> = {}) => undiciEgressTransport({ env, trustedRoots: [cert.cert] });

describe('egress proxy', () => {
  it('tunnels through the configured proxy; the ledger names the proxy', async () => {
    const p = testProvider('named', `https://${NAME}:${mock.port}/v1`);
    const h = gateHarness({ providers: [p], transport: transport(), settings: { proxy: { mode: 'explicit', url: proxy.url, noProxy: [] } } });
    const res = await h.gate.send(chatRequest(p.baseUrl!), meta(p));
    expect(res.status).toBe(200);
    await drain(res.body);
    expect(proxy.tunnels).toEqual([`${NAME}:${mock.port}`]);
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]!.headers.host).toBe(`${NAME}:${mock.port}`);
    const e = await settle(h, res.ledgerId);
    expect(e).toMatchObject({ outcome: 'ok', proxy: proxy.url, host: NAME, tlsVersion: 'TLSv1.3', certSpkiSha256: cert.spki, remoteAddress: null });
  });

  it('pins still apply inside the tunnel', async () => {
    const p = testProvider('named', `https://${NAME}:${mock.port}/v1`);
    const wrong = makeCert({ dns: [NAME] });
    const h = gateHarness({ providers: [p], transport: transport(), settings: { proxy: { mode: 'explicit', url: proxy.url, noProxy: [] } }, policy: { pins: { [NAME]: [wrong.spki] } } });
    const err = await h.gate.send(chatRequest(p.baseUrl!), meta(p)).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(VeilError);
    expect((err as VeilError).code).toBe('EGRESS_PIN_MISMATCH');
    expect(proxy.tunnels).toHaveLength(1);
    expect(mock.requests).toHaveLength(0);
  });

  it('bypasses the proxy for no-proxy hosts (CIDR) and for loopback', async () => {
    const subnet = `${lan.split('.').slice(0, 3).join('.')}.0/24`;
    const remote = testProvider('lan', lanServer.url);
    const local = testProvider('local', `${mock.url}/v1`);
    const h = gateHarness({ providers: [remote, local], transport: transport(), settings: { proxy: { mode: 'explicit', url: proxy.url, noProxy: [subnet] } } });
    const r1 = await h.gate.send(chatRequest(remote.baseUrl!), meta(remote));
    await drain(r1.body);
    const r2 = await h.gate.send(chatRequest(local.baseUrl!), meta(local));
    await drain(r2.body);
    expect(proxy.tunnels).toEqual([]);
    expect(lanServer.requests).toBe(1);
    expect(mock.requests).toHaveLength(1);
    expect(await settle(h, r1.ledgerId)).toMatchObject({ proxy: 'direct', remoteAddress: lan });
  });

  it('"system" in plain Node follows HTTPS_PROXY and NO_PROXY', async () => {
    const p = testProvider('named', `https://${NAME}:${mock.port}/v1`);
    const remote = testProvider('lan', lanServer.url);
    const h = gateHarness({ providers: [p, remote], transport: transport({ HTTPS_PROXY: proxy.url, NO_PROXY: lan }) });
    expect(h.settings.proxy.mode).toBe('system');
    await drain((await h.gate.send(chatRequest(p.baseUrl!), meta(p))).body);
    await drain((await h.gate.send(chatRequest(remote.baseUrl!), meta(remote))).body);
    expect(proxy.tunnels).toEqual([`${NAME}:${mock.port}`]);
    expect(lanServer.requests).toBe(1);
  });

  it('"system" in the app asks the session (PAC answer): PROXY tunnels, DIRECT does not, SOCKS fails closed', async () => {
    const p = testProvider('named', `https://${NAME}:${mock.port}/v1`);
    const answers: string[] = [`PROXY ${new URL(proxy.url).host}; DIRECT`, 'DIRECT', 'SOCKS5 127.0.0.1:1080'];
    const asked: string[] = [];
    const session = { resolveProxy: async (url: string) => (asked.push(url), answers.shift() ?? 'DIRECT') };
    const t = undiciEgressTransport({ env: { HTTPS_PROXY: 'http://127.0.0.1:9' }, trustedRoots: [cert.cert], systemProxy: systemProxyResolver(session) });
    const remote = testProvider('lan', lanServer.url);
    const h = gateHarness({ providers: [p, remote], transport: t });
    await drain((await h.gate.send(chatRequest(p.baseUrl!), meta(p))).body);
    expect(proxy.tunnels).toEqual([`${NAME}:${mock.port}`]);
    await drain((await h.gate.send(chatRequest(remote.baseUrl!), meta(remote))).body);
    expect(proxy.tunnels).toHaveLength(1);
    expect(lanServer.requests).toBe(1);
    const err = await h.gate.send(chatRequest(p.baseUrl!), meta(p)).then(() => null, (e: unknown) => e);
    expect(err).toMatchObject({ code: 'EGRESS_PROXY_UNSUPPORTED' });
    expect(mock.requests).toHaveLength(1);
    expect(asked).toHaveLength(3);
  });

  it('an explicit proxy without a URL blocks instead of going direct', async () => {
    const p = testProvider('lan', lanServer.url);
    const h = gateHarness({ providers: [p], transport: transport(), settings: { proxy: { mode: 'explicit', url: null, noProxy: [] } } });
    const err = await h.gate.send(chatRequest(p.baseUrl!), meta(p)).then(() => null, (e: unknown) => e);
    expect((err as VeilError).details).toMatchObject({ reason: 'proxy-missing' });
    expect(lanServer.requests).toBe(0);
  });
});
