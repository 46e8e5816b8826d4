// The egress gate: the single choke point for outbound traffic (DESIGN.md §3–4). For every
// request it decides (allowlist, https, TLS rules, pins, proxy, limits, headers), writes the
// ledger entry BEFORE sending, sends through the transport, and closes the entry with status,
// bytes and timing. A refused request is recorded as blocked and never reaches the transport.
import { randomUUID } from 'node:crypto';
import type { LedgerEntry } from '../../../shared/contract/channels/ledger';
import type { EgressPolicy, NetworkSettings } from '../../../shared/egress/network-settings';
import type { ProviderEntry } from '../../../shared/providers';
import { VeilError } from '../errors/veil-error';
import type { Logger } from '../log/logger';
import type { LedgerPatch, LedgerStore } from '../ledger/ledger-store';
import type { Db } from '../vault/open-vault';
import type { ByteSource, ProviderRequest } from '../providers/types';
import { assertWithinLimit, effectiveLimit, startOfLocalDay } from './daily-limits';
import { allowlistFrom, planRequest, type RequestPlan } from './egress-rules';
import { neutralUserAgent, outgoingHeaders } from './outgoing-headers';
import { baseEntry, connectionPatch } from './ledger-entry';
import { classifySendFailure } from './send-failure';
import type { ConnectionInfo, EgressMeta, EgressResponse, EgressTransport } from './types';

export interface EgressGateOptions {
  /**
   * Looks up a configured provider (catalog or custom endpoint) by id. The allowlist is derived
   * from it: a request may only go to the origin of the provider it is sent for, as configured
   * here (not as the caller describes it), so a request can never carry one provider's key elsewhere.
   */
  configuredProvider: (id: string) => Pick<ProviderEntry, 'id' | 'baseUrl'> | undefined;
  settings: () => NetworkSettings;
  policy?: () => EgressPolicy | null;
  ledger: LedgerStore;
  transport: EgressTransport;
  log?: Logger;
  now?: () => number;
}

/** How the caller saw the exchange end (the stream driver knows about tokens and parse errors). */
export interface ExchangeResult {
  outcome: 'ok' | 'error' | 'cancelled';
  status?: number;
  errorCode?: string;
  errorMessage?: string;
  bytesReceived?: number;
  firstTokenMs?: number;
  inputTokens?: number;
  outputTokens?: number;
}

export interface SendOptions {
  signal?: AbortSignal;
  /** Told the ledger id as soon as the entry exists (also for blocked requests). */
  onLedgerId?: (id: string) => void;
}

/** What `admit` found before a request is recorded: the network settings its checks use. */
export interface Admission {
  network: NetworkSettings;
}

/** A request the gate decided on and recorded (pending, or blocked with its refusal). */
export interface RecordedRequest {
  readonly ledgerId: string;
  entry: LedgerEntry;
  readonly wire: ProviderRequest;
  plan: RequestPlan | null;
  /** Set when the gate refused the request (recorded as blocked): `transmit` throws it. */
  refusal: VeilError | null;
  readonly t0: number;
}

export interface EgressGate {
  /** Decides, records (its own commit) and sends one request. */
  send(request: ProviderRequest, meta: EgressMeta, options?: SendOptions): Promise<EgressResponse>;
  /**
   * The split form of `send`, for a caller that records the request inside its own transaction
   * (the send pipeline commits a turn and its first request's entry with one fsync):
   * `admit` checks the daily limit (throws LIMIT_REACHED, nothing recorded); `record` decides
   * (allowlist, TLS, proxy, headers) and writes the entry synchronously on the caller's vault
   * connection (db; null for an ephemeral conversation's in-memory entry), throwing if it cannot;
   * `transmit` sends it once the caller's commit returned, or throws the recorded refusal.
   */
  admit(provider: Pick<ProviderEntry, 'id' | 'displayName'>): Promise<Admission>;
  record(request: ProviderRequest, meta: EgressMeta, admission: Admission, db: Db | null): RecordedRequest;
  transmit(recorded: RecordedRequest, options?: SendOptions): Promise<EgressResponse>;
  /** Closes a ledger entry with the caller's view of the exchange; a blocked entry stays blocked. */
  finish(ledgerId: string, result: ExchangeResult): Promise<void>;
  /** Adds token usage (known only once the stream is over) to an entry. */
  annotate(ledgerId: string, usage: { inputTokens?: number; outputTokens?: number }): Promise<void>;
  /** Throws LIMIT_REACHED when the provider's daily limit is used up. */
  checkLimits(provider: Pick<ProviderEntry, 'id' | 'displayName'>): Promise<void>;
  close(): Promise<void>;
}

/** A request whose entry has not been closed yet. */
interface Live {
  t0: number;
  /** Status and connection facts from the response headers, not yet written (see HEADERS_PATCH_DELAY_MS). */
  headers?: LedgerPatch;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * The facts known when response headers arrive (status, TLS, remote address) are written with the
 * entry's closing update, or after this delay for a long reply, instead of in a commit of their own
 * between the headers and the first token: one fsync fewer per request, off the token path.
 * The entry itself (with the exact bytes sent) was committed before the request left.
 */
const HEADERS_PATCH_DELAY_MS = 500;

type Patch = LedgerPatch | ((current: LedgerEntry) => LedgerPatch);

export function createEgressGate(opts: EgressGateOptions): EgressGate {
  const now = opts.now ?? Date.now;
  const live = new Map<string, Live>();
  // Ledger updates not yet committed (close() waits for them).
  const inFlight = new Set<Promise<void>>();
  const policy = () => opts.policy?.() ?? null;

  // The ledger applies writes in call order, so the updates of one entry need no chain of their
  // own; waiting for each other's commit would only cost extra fsyncs.
  const write = (id: string, patch: Patch): Promise<void> => {
    const next = opts.ledger.update(id, patch).then(
      () => undefined,
      (err: unknown) => opts.log?.warn('egress: could not update a ledger entry', err),
    );
    inFlight.add(next);
    void next.then(() => inFlight.delete(next));
    return next;
  };

  const checkLimitsWith = async (provider: Pick<ProviderEntry, 'id' | 'displayName'>, network: NetworkSettings): Promise<void> => {
    const limit = effectiveLimit(provider.id, network, policy());
    if (limit.requestsPerDay === null && limit.tokensPerDay === null) return;
    const used = await opts.ledger.usageSince(provider.id, startOfLocalDay(now()));
    assertWithinLimit(provider.displayName, provider.id, limit, used);
  };
  const checkLimits = (provider: Pick<ProviderEntry, 'id' | 'displayName'>): Promise<void> => checkLimitsWith(provider, opts.settings());

  /** Everything decided about one request before it is recorded: its entry, and a plan or a refusal. */
  const decide = (req: ProviderRequest, meta: EgressMeta, network: NetworkSettings): RecordedRequest => {
    const id = `l_${randomUUID()}`;
    const startedAt = now();
    const t0 = performance.now();
    const { headers } = outgoingHeaders(req.headers, neutralUserAgent(policy()?.userAgent));
    const wire: ProviderRequest = { ...req, headers };
    const decided: RecordedRequest = { ledgerId: id, entry: baseEntry(wire, headers, meta, id, startedAt), wire, plan: null, refusal: null, t0 };
    try {
      const allow = allowlistFrom([opts.configuredProvider(meta.provider.id)?.baseUrl ?? null]);
      decided.plan = planRequest(wire, meta, { allow, settings: network, policy: policy(), transport: opts.transport });
      decided.entry.proxy = decided.plan.proxy.kind === 'explicit' ? 'explicit' : decided.plan.proxy.kind;
    } catch (err) {
      refuse(decided, err);
    }
    return decided;
  };

  const refuse = (d: RecordedRequest, err: unknown): void => {
    const error = err instanceof VeilError ? err : new VeilError('EGRESS_BLOCKED', 'Veil could not check this request, so it was not sent.', { cause: err });
    d.plan = null;
    d.refusal = error;
    d.entry = { ...d.entry, outcome: 'blocked', proxy: 'direct', endedAt: now(), durationMs: 0, errorCode: error.code, errorMessage: error.message };
  };

  const send = async (req: ProviderRequest, meta: EgressMeta, options: SendOptions = {}): Promise<EgressResponse> => {
    const network = opts.settings();
    const d = decide(req, meta, network);
    if (!d.refusal) await checkLimitsWith(meta.provider, network).catch((err: unknown) => refuse(d, err));
    if (d.refusal) {
      await opts.ledger.open(d.entry);
      options.onLedgerId?.(d.ledgerId);
      throw d.refusal;
    }
    // Recorded before sending: if the ledger cannot be written, nothing goes out.
    try {
      await opts.ledger.open(d.entry);
    } catch (err) {
      if (err instanceof VeilError && err.code !== 'INTERNAL') throw err;
      throw new VeilError('LEDGER_WRITE_FAILED', `Veil could not record this request to ${d.entry.host} in the ledger, so it was not sent.`, { cause: err });
    }
    options.onLedgerId?.(d.ledgerId);
    return transmitNow(d, options);
  };

  const admit = async (provider: Pick<ProviderEntry, 'id' | 'displayName'>): Promise<Admission> => {
    const network = opts.settings();
    await checkLimitsWith(provider, network);
    return { network };
  };

  const record = (req: ProviderRequest, meta: EgressMeta, admission: Admission, db: Db | null): RecordedRequest => {
    const d = decide(req, meta, admission.network);
    // Throws when the entry cannot be written: the caller's transaction fails, so nothing is sent.
    opts.ledger.recordIn(db, d.entry);
    return d;
  };

  const transmit = async (d: RecordedRequest, options: SendOptions = {}): Promise<EgressResponse> => {
    options.onLedgerId?.(d.ledgerId);
    if (d.refusal) throw d.refusal;
    return transmitNow(d, options);
  };

  /** Sends a request whose entry is committed (pending); closes the entry when sending fails. */
  const transmitNow = async (d: RecordedRequest, options: SendOptions): Promise<EgressResponse> => {
    const { ledgerId: id, wire, entry, t0 } = d;
    const plan = d.plan as RequestPlan;
    const signal = options.signal ?? new AbortController().signal;
    live.set(id, { t0 });
    let conn: ConnectionInfo = {};
    try {
      const res = await opts.transport.send(wire, { signal, tls: plan.tls, proxy: plan.proxy, onSent: (info) => (conn = info) });
      const headersMs = performance.now() - t0;
      const headers: LedgerPatch = { status: res.status, headersMs, ...connectionPatch(conn, entry) };
      const l = live.get(id);
      if (l && res.body) {
        l.headers = headers;
        l.timer = setTimeout(() => {
          const patch = takeHeaders(id);
          if (patch) void write(id, patch);
        }, HEADERS_PATCH_DELAY_MS);
        l.timer.unref?.();
      } else {
        void write(id, headers);
      }
      return { status: res.status, header: res.header, body: res.body ? countBody(id, res.body, res.status) : null, ledgerId: id };
    } catch (err) {
      const { error, outcome } = classifySendFailure(err, { url: wire.url, providerName: entry.providerName, tls: plan.tls, aborted: signal.aborted });
      takeHeaders(id);
      await write(id, { ...connectionPatch(conn, entry), outcome, errorCode: error.code, errorMessage: error.message, endedAt: now(), durationMs: performance.now() - t0, responseBytes: 0 });
      live.delete(id);
      throw error;
    }
  };

  /** Counts the response body and closes the entry when it ends, unless the caller closed it first. */
  async function* countBody(id: string, body: ByteSource, status: number): AsyncGenerator<Uint8Array> {
    let bytes = 0;
    let outcome: LedgerEntry['outcome'] = status >= 200 && status < 300 ? 'ok' : 'error';
    try {
      for await (const chunk of body as AsyncIterable<Uint8Array>) {
        bytes += chunk.byteLength;
        yield chunk;
      }
    } catch (err) {
      outcome = (err as { name?: string }).name === 'AbortError' ? 'cancelled' : 'error';
      throw err;
    } finally {
      const headers = takeHeaders(id);
      const l = live.get(id);
      live.delete(id);
      void write(id, l ? { ...headers, responseBytes: bytes, outcome, endedAt: now(), durationMs: performance.now() - l.t0 } : { responseBytes: bytes });
    }
  }

  /** The unwritten header facts of an entry (the caller writes them with its own update). */
  function takeHeaders(id: string): LedgerPatch | undefined {
    const l = live.get(id);
    if (!l?.headers) return undefined;
    clearTimeout(l.timer);
    const { headers } = l;
    delete l.headers;
    return headers;
  }

  const finish = async (ledgerId: string, r: ExchangeResult): Promise<void> => {
    const headers = takeHeaders(ledgerId);
    const l = live.get(ledgerId);
    live.delete(ledgerId);
    const fields: LedgerPatch = {
      ...headers,
      outcome: r.outcome,
      ...(r.status !== undefined ? { status: r.status } : {}),
      ...(r.errorCode !== undefined ? { errorCode: r.errorCode } : {}),
      ...(r.errorMessage !== undefined ? { errorMessage: r.errorMessage } : {}),
      ...(r.firstTokenMs !== undefined ? { firstTokenMs: r.firstTokenMs } : {}),
      ...(r.inputTokens !== undefined ? { inputTokens: r.inputTokens } : {}),
      ...(r.outputTokens !== undefined ? { outputTokens: r.outputTokens } : {}),
      ...(l ? { endedAt: now(), durationMs: performance.now() - l.t0 } : {}),
    };
    await write(ledgerId, (cur) => {
      // Veil's own refusal is the truth about a blocked request, whatever the caller saw after it.
      if (cur.outcome === 'blocked') return {};
      // The gate counts the bytes it handed over; the caller's count only fills a gap.
      const bytes = cur.responseBytes === null && r.bytesReceived !== undefined ? { responseBytes: r.bytesReceived } : {};
      return { ...fields, ...bytes };
    });
  };

  const annotate = (ledgerId: string, usage: { inputTokens?: number; outputTokens?: number }): Promise<void> =>
    write(ledgerId, {
      ...(usage.inputTokens !== undefined ? { inputTokens: usage.inputTokens } : {}),
      ...(usage.outputTokens !== undefined ? { outputTokens: usage.outputTokens } : {}),
    });

  return {
    send,
    admit,
    record,
    transmit,
    finish,
    annotate,
    checkLimits,
    close: async () => {
      for (const id of live.keys()) {
        const headers = takeHeaders(id);
        if (headers) void write(id, headers);
      }
      await Promise.all([...inFlight]);
      live.clear();
      await opts.transport.close?.();
    },
  };
}
