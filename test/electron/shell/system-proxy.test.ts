import { describe, expect, it } from 'vitest';
import { routeFromPacResult } from '../../../electron/shell/system-proxy';

describe('routeFromPacResult (Electron session.resolveProxy answers)', () => {
  it.each([
    ['DIRECT', { kind: 'direct' }],
    ['', { kind: 'direct' }],
    ['PROXY proxy.corp:3128', { kind: 'explicit', url: 'http://proxy.corp:3128' }],
    ['PROXY 10.0.0.1:8080; DIRECT', { kind: 'explicit', url: 'http://10.0.0.1:8080' }],
    [' HTTPS secure.corp:443 ; PROXY b:1', { kind: 'explicit', url: 'https://secure.corp:443' }],
  ])('%j', (pac, route) => {
    expect(routeFromPacResult(pac)).toEqual(route);
  });

  it.each(['SOCKS5 127.0.0.1:1080', 'SOCKS proxy:1080; DIRECT', 'QUIC x:443'])('%j fails closed instead of going direct', (pac) => {
    expect(() => routeFromPacResult(pac)).toThrow(expect.objectContaining({ code: 'EGRESS_PROXY_UNSUPPORTED' }));
  });
});
