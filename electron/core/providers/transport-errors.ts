// Classifies what a transport throws (undici, fetch, Electron net) into NETWORK / TLS / TIMEOUT
// by walking the error's cause chain for Node and undici error codes. Messages name the host,
// never the URL path or query.
import { VeilError } from '../errors/veil-error';
import { ProviderErrorCode } from './error-codes';

const TLS_CODE = /^(?:ERR_TLS_|ERR_SSL_|ERR_OSSL|CERT_|EPROTO$)|SELF_SIGNED|UNABLE_TO_(?:GET|VERIFY)|HOSTNAME|ALTNAME|UND_ERR_PIN/;
const TLS_TEXT = /\b(?:certificate|ssl|tls handshake|wrong version number|alert protocol)\b/i;
const TIMEOUT_CODE = /^(?:ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT)$/;

function chain(err: unknown): { codes: string[]; texts: string[] } {
  const codes: string[] = [];
  const texts: string[] = [];
  let cur: unknown = err;
  for (let depth = 0; cur && depth < 6; depth++) {
    if (typeof cur === 'object') {
      const rec = cur as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
      if (typeof rec.code === 'string') codes.push(rec.code);
      if (typeof rec.message === 'string') texts.push(rec.message);
      // AggregateError (happy eyeballs) keeps the real reasons in `errors`.
      if (Array.isArray(rec.errors) && rec.errors.length > 0 && rec.cause === undefined) cur = rec.errors[0];
      else cur = rec.cause;
    } else break;
  }
  return { codes, texts };
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the provider';
  }
}

/** Maps a thrown transport error; `midStream` says whether part of the reply had already arrived. */
export function transportFailure(err: unknown, opts: { url: string; providerName: string; midStream: boolean }): VeilError {
  if (err instanceof VeilError) return err;
  const { codes, texts } = chain(err);
  const host = hostOf(opts.url);
  const code = codes[0];
  const details: Record<string, unknown> = code ? { host, systemCode: code } : { host };
  if (codes.some((c) => TLS_CODE.test(c)) || texts.some((t) => TLS_TEXT.test(t))) {
    return new VeilError(ProviderErrorCode.TLS, `The secure connection to ${host} could not be verified, so nothing more was sent.`, { cause: err, details });
  }
  if (codes.some((c) => TIMEOUT_CODE.test(c))) {
    return new VeilError(ProviderErrorCode.TIMEOUT, `${opts.providerName} at ${host} did not answer in time.`, { cause: err, details: { ...details, phase: 'connect' } });
  }
  if (opts.midStream) {
    return new VeilError(ProviderErrorCode.NETWORK, `The connection to ${host} was lost before the reply was complete.`, { cause: err, details });
  }
  const reason =
    codes.includes('ECONNREFUSED') ? 'the connection was refused (is the server running?)'
    : codes.includes('ENOTFOUND') || codes.includes('EAI_AGAIN') ? 'the host name could not be resolved'
    : codes.includes('ECONNRESET') || codes.includes('UND_ERR_SOCKET') ? 'the connection was closed'
    : 'the network failed';
  return new VeilError(ProviderErrorCode.NETWORK, `Could not reach ${opts.providerName} at ${host}: ${reason}.`, { cause: err, details });
}
