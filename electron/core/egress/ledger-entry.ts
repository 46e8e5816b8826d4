// The ledger entry of one outbound request as the gate first records it (who, where, the exact
// bytes and redacted headers, jurisdiction, masked counts), and the facts a transport reports
// about the connection once the request is on the wire.
import type { LedgerEntry } from '../../../shared/contract/channels/ledger';
import { ledgerTarget } from '../../../shared/egress/ledger-url';
import type { LedgerPatch } from '../ledger/ledger-store';
import { redactHeaders } from '../providers/request-headers';
import type { ProviderRequest } from '../providers/types';
import type { ConnectionInfo, EgressMeta } from './types';

/** A pending entry for this request (headers already reduced to what may leave). */
export function baseEntry(req: ProviderRequest, headers: Record<string, string>, meta: EgressMeta, id: string, startedAt: number): LedgerEntry {
  let target = { scheme: '', host: 'invalid', port: 0, path: '' };
  try {
    target = ledgerTarget(req.url);
  } catch {
    // The gate blocks an unparsable URL; the entry still shows the attempt.
  }
  const j = meta.provider.privacy.jurisdiction;
  const bodyBytes = Buffer.byteLength(req.body, 'utf8');
  return {
    id,
    startedAt,
    endedAt: null,
    conversationId: meta.conversationId ?? null,
    ephemeral: meta.ephemeral ?? false,
    provider: meta.provider.id,
    providerName: meta.provider.displayName,
    model: meta.model ?? null,
    method: req.method,
    ...target,
    outcome: 'pending',
    status: null,
    durationMs: null,
    requestBytes: bodyBytes,
    responseBytes: null,
    jurisdiction: j.value,
    errorCode: null,
    userMessageId: meta.userMessageId ?? null,
    assistantMessageId: meta.assistantMessageId ?? null,
    attempt: meta.attempt ?? 1,
    jurisdictionRegions: 'regions' in j ? [...j.regions] : [],
    remoteAddress: null,
    remotePort: null,
    tlsVersion: null,
    certFingerprint256: null,
    certSpkiSha256: null,
    proxy: 'direct',
    requestHeaders: redactHeaders(headers),
    requestBody: req.body,
    requestBodyBytes: bodyBytes,
    headersMs: null,
    firstTokenMs: null,
    maskedCounts: { ...(meta.maskedCounts ?? {}) },
    inputTokens: null,
    outputTokens: null,
    errorMessage: null,
  };
}

/** The connection facts for an entry (TLS, certificate, remote address, bytes and header lines as written). */
export function connectionPatch(conn: ConnectionInfo, entry: LedgerEntry): LedgerPatch {
  const patch: LedgerPatch = {};
  if (conn.tlsVersion) patch.tlsVersion = conn.tlsVersion;
  if (conn.certFingerprint256) patch.certFingerprint256 = conn.certFingerprint256;
  if (conn.certSpkiSha256) patch.certSpkiSha256 = conn.certSpkiSha256;
  if (conn.remoteAddress) patch.remoteAddress = conn.remoteAddress;
  if (conn.remotePort !== undefined) patch.remotePort = conn.remotePort;
  if (conn.proxy) patch.proxy = conn.proxy;
  if (conn.headerBytes !== undefined) patch.requestBytes = conn.headerBytes + entry.requestBodyBytes;
  // The exact header lines as written (host, connection, content-length included), credentials redacted.
  if (conn.wireHeaders) patch.requestHeaders = redactHeaders(Object.fromEntries(conn.wireHeaders));
  return patch;
}
