// Server identity checks run inside the TLS handshake: the usual host name check, then the
// certificate pins. Failing here aborts the handshake before a single HTTP byte is written, so a
// server with the wrong key never sees the request. Also reads the facts the ledger records.
import { createHash, X509Certificate } from 'node:crypto';
import { checkServerIdentity, type PeerCertificate, type TLSSocket } from 'node:tls';
import { pinMatches } from '../../../shared/egress/pins';
import type { ConnectionInfo } from './types';

export const PIN_MISMATCH_CODE = 'ERR_VEIL_PIN_MISMATCH';

/** base64 SHA-256 of the certificate's DER SubjectPublicKeyInfo (the value pins are made of). */
export function spkiSha256(certDer: Buffer): string {
  const spki = new X509Certificate(certDer).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

export class PinMismatchError extends Error {
  readonly code = PIN_MISMATCH_CODE;
  constructor(
    readonly host: string,
    readonly presented: string,
  ) {
    super(`the public key of ${host} (sha256/${presented}) matches none of its pins`);
    this.name = 'PinMismatchError';
  }
}

/** A `checkServerIdentity` for tls.connect that also enforces `pins` (when there are any). */
export function identityCheck(pins: readonly string[]): (host: string, cert: PeerCertificate) => Error | undefined {
  return (host, cert) => {
    const err = checkServerIdentity(host, cert);
    if (err) return err;
    if (pins.length === 0) return undefined;
    const presented = spkiSha256(cert.raw);
    return pinMatches(pins, presented) ? undefined : new PinMismatchError(host, presented);
  };
}

/** What a connected socket can tell about itself: TLS version, certificate, peer address. */
export function socketFacts(socket: unknown, direct: boolean): ConnectionInfo {
  const info: ConnectionInfo = {};
  const s = socket as Partial<TLSSocket> & { remoteAddress?: string; remotePort?: number };
  const version = typeof s.getProtocol === 'function' ? s.getProtocol() : null;
  if (version) info.tlsVersion = version;
  const cert = typeof s.getPeerX509Certificate === 'function' ? s.getPeerX509Certificate() : undefined;
  if (cert) {
    info.certFingerprint256 = cert.fingerprint256;
    info.certSpkiSha256 = createHash('sha256').update(cert.publicKey.export({ type: 'spki', format: 'der' })).digest('base64');
  }
  // Through a proxy the socket's peer is the proxy, not the provider: not worth recording as its address.
  if (direct && typeof s.remoteAddress === 'string') {
    info.remoteAddress = s.remoteAddress;
    if (typeof s.remotePort === 'number') info.remotePort = s.remotePort;
  }
  return info;
}
