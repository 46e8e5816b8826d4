// Certificates for the egress TLS tests, made with the system openssl: a self-signed leaf with
// the subject alternative names a test needs (a made-up DNS name the test proxy resolves, a LAN IP).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spkiSha256 } from '../../../../electron/core/egress/index';

export interface TestCert {
  key: string;
  cert: string;
  spki: string;
}

export function makeCert(san: { dns?: string[]; ips?: string[] }): TestCert {
  const dir = mkdtempSync(join(tmpdir(), 'veil-egress-cert-'));
  try {
    const names = [...(san.dns ?? []).map((d) => `DNS:${d}`), ...(san.ips ?? []).map((ip) => `IP:${ip}`)].join(',');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem'), '-days', '2', '-subj', '/CN=veil-test', '-addext', `subjectAltName=${names}`],
      { stdio: 'pipe' },
    );
    const cert = readFileSync(join(dir, 'c.pem'), 'utf8');
    const der = Buffer.from(cert.replace(/-----[^-]+-----|\s/g, ''), 'base64');
    return { key: readFileSync(join(dir, 'k.pem'), 'utf8'), cert, spki: spkiSha256(der) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** This machine's first non-loopback IPv4 address (the tests need one to show a non-loopback refusal). */
export function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  throw new Error('egress tests need a non-loopback IPv4 interface');
}
