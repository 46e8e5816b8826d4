// What a failed send means for the user and the ledger. Refusals by Veil's own TLS rules (pin
// mismatch, a TLS version below the floor, an untrusted certificate) are "blocked": the handshake
// stopped before any request byte was written. Everything else is a network error or a cancel.
import type { LedgerOutcome } from '../../../shared/contract/channels/ledger';
import { VeilError } from '../errors/veil-error';
import { ProviderErrorCode } from '../providers/error-codes';
import { transportFailure } from '../providers/transport-errors';
import { PIN_MISMATCH_CODE } from './tls-identity';
import type { TlsRules } from './types';

const VERSION_CODES = /^(?:ERR_SSL_(?:UNSUPPORTED_PROTOCOL|NO_PROTOCOLS_AVAILABLE|TLSV1_ALERT_PROTOCOL_VERSION|WRONG_VERSION_NUMBER|TLSV13_ALERT_PROTOCOL_VERSION)|ERR_SSL_.*PROTOCOL_VERSION.*)$/;

function codesOf(err: unknown): string[] {
  const codes: string[] = [];
  let cur: unknown = err;
  for (let i = 0; cur && typeof cur === 'object' && i < 8; i++) {
    const rec = cur as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof rec.code === 'string') codes.push(rec.code);
    cur = Array.isArray(rec.errors) && rec.errors.length > 0 && rec.cause === undefined ? rec.errors[0] : rec.cause;
  }
  return codes;
}

export function classifySendFailure(err: unknown, ctx: { url: string; providerName: string; tls: TlsRules; aborted: boolean }): { error: VeilError; outcome: LedgerOutcome } {
  if (err instanceof VeilError) return { error: err, outcome: err.code === 'CANCELLED' ? 'cancelled' : 'error' };
  const host = new URL(ctx.url).host;
  if (ctx.aborted) return { error: new VeilError(ProviderErrorCode.CANCELLED, 'Stopped before the reply started.', { cause: err }), outcome: 'cancelled' };
  const codes = codesOf(err);
  if (codes.includes(PIN_MISMATCH_CODE)) {
    return {
      error: new VeilError('EGRESS_PIN_MISMATCH', `The certificate of ${host} does not match the key pinned by policy, so Veil stopped before sending anything. Someone may be intercepting the connection.`, { cause: err, details: { host, reason: 'pin-mismatch' } }),
      outcome: 'blocked',
    };
  }
  if (codes.some((c) => VERSION_CODES.test(c))) {
    const floor = ctx.tls.minVersion === 'TLSv1.3' ? 'TLS 1.3' : 'TLS 1.2 or newer';
    return {
      error: new VeilError(ProviderErrorCode.TLS, `${host} does not offer ${floor}, which Veil requires, so nothing was sent.`, { cause: err, details: { host, reason: 'tls-version', minVersion: ctx.tls.minVersion } }),
      outcome: 'blocked',
    };
  }
  const mapped = transportFailure(err, { url: ctx.url, providerName: ctx.providerName, midStream: false });
  if (mapped.code === ProviderErrorCode.TLS) {
    const hint = ctx.tls.customCaPem ? '' : ' If your network uses its own certificate authority, add it in Settings → Network.';
    return {
      error: new VeilError(ProviderErrorCode.TLS, `The certificate of ${host} is not trusted, so Veil stopped before sending anything.${hint}`, { cause: err, details: { host, reason: 'certificate', systemCode: codes[0] ?? null } }),
      outcome: 'blocked',
    };
  }
  return { error: mapped, outcome: 'error' };
}
