// Test harness for the egress gate: a real encrypted vault database (migrated, so the ledger
// table is the real one), a ledger store on it, the real undici transport wrapped to count the
// calls that reach it, and providers pointing at loopback servers started by the tests.
import { randomBytes } from 'node:crypto';
import { createEgressGate, undiciEgressTransport, type EgressGate, type EgressMeta, type EgressTransport } from '../../../../electron/core/egress/index';
import { LedgerStore } from '../../../../electron/core/ledger/ledger-store';
import { migrate } from '../../../../electron/core/vault/migrations';
import { openVaultDb, type Db } from '../../../../electron/core/vault/open-vault';
import type { LedgerEntry } from '../../../../shared/contract/channels/ledger';
import { defaultNetworkSettings, type EgressPolicy, type NetworkSettings } from '../../../../shared/egress/network-settings';
import { unknownFact, type ProviderEntry } from '../../../../shared/providers';
import { cleanupDirs, tempDataDir } from '../vault/vault-fixture';

/** Matches no generic secret shape, so only the gate's own handling keeps it out of the ledger. */
export const CANARY_KEY = 'canary7Qm2veilEGRESSkeyNoLeak31';

export type TestProvider = Pick<ProviderEntry, 'id' | 'displayName' | 'baseUrl' | 'privacy'>;

export function testProvider(id: string, baseUrl: string, regions: string[] = ['DE']): TestProvider {
  const fact = { value: 'Test fact', source: 'https://example.com/privacy', asOf: '2026-11-27' };
  return {
    id,
    displayName: `Test ${id}`,
    baseUrl,
    privacy: {
      jurisdiction: { ...fact, value: `Processed in ${regions.join(', ')}`, regions },
      trainingByDefault: fact,
      trainingOptOut: fact,
      retention: fact,
      zeroDataRetention: unknownFact(),
      certifications: unknownFact(),
    },
  };
}

export interface CountingTransport extends EgressTransport {
  calls: number;
}

export function counting(inner: EgressTransport): CountingTransport {
  const t: CountingTransport = {
    name: inner.name,
    enforces: inner.enforces,
    calls: 0,
    send: (req, o) => {
      t.calls++;
      return inner.send(req, o);
    },
    close: () => inner.close?.() ?? Promise.resolve(),
  };
  return t;
}

export interface GateHarness {
  gate: EgressGate;
  ledger: LedgerStore;
  db: Db;
  transport: CountingTransport;
  settings: NetworkSettings;
  policy: EgressPolicy | null;
  providers: Map<string, TestProvider>;
  audit: Array<{ kind: string; detail: Record<string, unknown> }>;
  /** Every stored row's raw `data` JSON, straight from SQLite. */
  rawRows(): string[];
  entries(): LedgerEntry[];
  close(): Promise<void>;
}

const open: GateHarness[] = [];

export function gateHarness(opts: { providers?: TestProvider[]; settings?: Partial<NetworkSettings>; policy?: EgressPolicy | null; transport?: EgressTransport } = {}): GateHarness {
  const db = openVaultDb(tempDataDir(), randomBytes(32));
  migrate(db);
  const audit: GateHarness['audit'] = [];
  const ledger = new LedgerStore({ db: async () => db, audit: (kind, detail) => audit.push({ kind, detail }) });
  const transport = counting(opts.transport ?? undiciEgressTransport({ env: {} }));
  const providers = new Map((opts.providers ?? []).map((p) => [p.id, p]));
  const h: GateHarness = {
    db,
    ledger,
    transport,
    audit,
    providers,
    settings: { ...defaultNetworkSettings(), ...opts.settings },
    policy: opts.policy ?? null,
    gate: undefined as unknown as EgressGate,
    rawRows: () => (db.prepare('SELECT data FROM ledger_entries ORDER BY created_at, rowid').all() as Array<{ data: string }>).map((r) => r.data),
    entries: () => h.rawRows().map((d) => JSON.parse(d) as LedgerEntry),
    close: async () => {
      await h.gate.close();
      db.close();
    },
  };
  h.gate = createEgressGate({ configuredProvider: (id) => providers.get(id), settings: () => h.settings, policy: () => h.policy, ledger, transport });
  open.push(h);
  return h;
}

export async function closeHarnesses(): Promise<void> {
  for (const h of open.splice(0)) await h.close();
  cleanupDirs();
}

export function chatRequest(baseUrl: string, opts: { key?: string; extraHeaders?: Record<string, string>; text?: string } = {}) {
  return {
    url: `${baseUrl}/chat/completions`,
    method: 'POST' as const,
    headers: {
      ...(opts.key === undefined ? { Authorization: `Bearer ${CANARY_KEY}` } : opts.key ? { Authorization: `Bearer ${opts.key}` } : {}),
      'Content-Type': 'application/json',
      Accept: 'text/event-stream',
      'User-Agent': 'Veil',
      ...opts.extraHeaders,
    },
    body: JSON.stringify({ model: 'mock-model', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: opts.text ?? 'hello [EMAIL_1]' }] }),
  };
}

export const meta = (p: TestProvider, extra: Partial<EgressMeta> = {}): EgressMeta => ({ provider: p, model: 'mock-model', maskedCounts: { EMAIL: 1 }, ...extra });

/** Reads a response body to the end (closing the ledger entry the normal way). */
export async function drain(body: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array> | null): Promise<string> {
  if (!body) return '';
  const chunks: Buffer[] = [];
  for await (const c of body as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks).toString('utf8');
}

/** Waits until the ledger writes queued after a response have landed. */
export async function settle(h: GateHarness, id: string, done: (e: LedgerEntry) => boolean = (e) => e.outcome !== 'pending' && e.responseBytes !== null): Promise<LedgerEntry> {
  for (let i = 0; i < 200; i++) {
    const e = await h.ledger.detail(id);
    if (done(e)) return e;
    await new Promise((r) => setTimeout(r, 5));
  }
  return h.ledger.detail(id);
}
