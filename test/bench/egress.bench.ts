// The send pipeline end to end, as the renderer sees it: chat.send over the real preview bridge
// (WebSocket client built with createWireTransport + buildApi) into a real core (masking, vault
// transaction, egress port, streamChat + undici) against the loopback mock in this process.
// send_to_first_byte: the chat.send call -> first request byte at the mock (socket-level time).
// first_token_to_event: the mock writing its first response bytes (headers, then the first delta
// in the same tick) -> that delta event arriving at the client.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryLogger } from '../../electron/core/log/logger';
import { startPreview } from '../../electron/preview/server';
import { startMockProvider, type RecordedRequest } from '../fixtures/mock-provider';
import { connectBridge, type BridgeClient } from '../electron/preview/bridge-client';
import { percentile, round, type BenchResult } from './harness';

const SAMPLES = 300;
const WARMUP = 40;
const CONCURRENT = 20;
const ROUNDS_C20 = 15;
const PII = 'Contact Anna Schmidt at anna.schmidt@example.com or +49 170 1234567. ';
const MARKER_LENGTH = 13; // "sample-000123"
const FILLER = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. ';

/** ~2 KB prompt with a unique marker (to find its request at the mock) and some PII to mask. */
const prompt = (n: number): string => {
  const head = `sample-${String(n).padStart(6, '0')} ${PII}`;
  return head + FILLER.repeat(Math.ceil((2048 - head.length) / FILLER.length)).slice(0, 2048 - head.length);
};

interface Sample {
  toFirstByte: number;
  tokenToEvent: number;
}

export default async function egressBench(): Promise<BenchResult[]> {
  // The bench must never touch the user's real keychain: with no session bus the vault falls back
  // to passphrase mode (API key inside the encrypted vault), set up below.
  process.env.DBUS_SESSION_BUS_ADDRESS = 'unix:path=/nonexistent/veil-bench-bus';
  delete process.env.DISPLAY;
  const tmp = mkdtempSync(join(tmpdir(), 'veil-bench-egress-'));
  // Requests by prompt marker, filled as they arrive (a scan of all recorded bodies would itself
  // load the event loop the concurrent samples share).
  const byMarker = new Map<string, RecordedRequest>();
  const mock = await startMockProvider({
    replyDefaults: { text: 'ok '.repeat(40), chunkSize: 6 },
    onRequest: (rec) => {
      const messages = (rec.json as { messages?: Array<{ content: string }> } | undefined)?.messages;
      const last = messages?.[messages.length - 1]?.content;
      if (last) byMarker.set(last.slice(0, MARKER_LENGTH), rec);
    },
  });
  const preview = await startPreview({ dataDir: join(tmp, 'data'), port: 0, open: false, rendererDir: join(tmp, 'none'), logger: memoryLogger('warn').logger });
  const client = await connectBridge(preview.port, preview.token);
  try {
    const { veil } = client;
    const lock = await veil.vault.lockStatus({});
    if (lock.state === 'setup-required') await veil.vault.setupPassphrase({ passphrase: 'bench-passphrase-not-secret' });
    else if (lock.mode === 'keychain') throw new Error('refusing to run against an OS keychain');
    preview.core.chat.providers.setCustomEndpoints([{ slug: 'bench', displayName: 'Bench mock', baseUrl: `${mock.url}/v1`, apiKey: 'required', models: ['mock-model'], streamUsage: true }]);
    await veil.secrets.set({ id: 'custom-bench', label: 'bench', value: 'bench-key-not-secret-0123456789' });

    // A fresh conversation per sample, created before the clock starts: every send carries the
    // same 2 KB prompt and no growing history.
    let n = 0;
    const conversations = async (count: number) =>
      Promise.all(Array.from({ length: count }, async () => {
        const i = n++;
        const conv = await veil.conversations.create({ title: `bench ${i}`, provider: 'custom-bench', model: 'mock-model' });
        return { id: conv.id, text: prompt(i) };
      }));
    const run = (c: { id: string; text: string }) => sendOnce(client, byMarker, c.id, c.text);
    for (const c of await conversations(WARMUP)) await run(c);
    const single: Sample[] = [];
    for (const c of await conversations(SAMPLES)) single.push(await run(c));
    const c20: Sample[] = [];
    for (let r = 0; r < ROUNDS_C20; r++) c20.push(...(await Promise.all((await conversations(CONCURRENT)).map(run))));

    const fig = (s: Sample[], k: keyof Sample) => s.map((x) => x[k]);
    const p = (s: number[], q: number) => round(percentile(s, q));
    const where = 'preview WebSocket bridge -> core (passphrase-mode vault) -> custom endpoint on 127.0.0.1 (mock in this process)';
    return [
      {
        name: 'egress.send_to_first_byte_p50_ms',
        value: p(fig(single, 'toFirstByte'), 50),
        unit: 'ms',
        note: `chat.send call -> first request byte at the mock; 2 KB prompt with PII (masking, vault transaction, key from the vault, request); ${SAMPLES} samples, p95 ${p(fig(single, 'toFirstByte'), 95)} ms; ${where}; egress gate/ledger not yet in the path (loopback-only stand-in)`,
      },
      {
        name: 'egress.first_token_to_event_p50_ms',
        value: p(fig(single, 'tokenToEvent'), 50),
        unit: 'ms',
        note: `mock writes first token -> delta event at the bridge client; ${SAMPLES} samples, p95 ${p(fig(single, 'tokenToEvent'), 95)} ms; ${where}`,
      },
      {
        name: 'egress.send_to_first_byte_c20_p50_ms',
        value: p(fig(c20, 'toFirstByte'), 50),
        unit: 'ms',
        note: `${CONCURRENT} concurrent sends x ${ROUNDS_C20} rounds; p95 ${p(fig(c20, 'toFirstByte'), 95)} ms; one event loop runs client, core and mock, so their work queues behind each other`,
      },
      {
        name: 'egress.first_token_to_event_c20_p50_ms',
        value: p(fig(c20, 'tokenToEvent'), 50),
        unit: 'ms',
        note: `${CONCURRENT} concurrent streams x ${ROUNDS_C20} rounds; p95 ${p(fig(c20, 'tokenToEvent'), 95)} ms`,
      },
    ];
  } finally {
    await client.close();
    await preview.close();
    await mock.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function sendOnce(client: BridgeClient, byMarker: Map<string, RecordedRequest>, conversationId: string, text: string): Promise<Sample> {
  let firstDeltaAt: number | undefined;
  let failure: string | undefined;
  const t0 = performance.now();
  const handle = client.veil.chat.send({ conversationId, text }, (e) => {
    if (e.type === 'delta') firstDeltaAt ??= performance.now();
    if (e.type === 'done' && e.status !== 'complete') failure = e.error?.code ?? e.status;
  });
  await handle.done;
  if (failure || firstDeltaAt === undefined) throw new Error(`bench send failed: ${failure ?? 'no delta'}`);
  const rec = byMarker.get(text.slice(0, MARKER_LENGTH));
  if (!rec || rec.responseStartedAt === undefined) throw new Error('bench request not found at the mock');
  return { toFirstByte: rec.firstByteAt - t0, tokenToEvent: firstDeltaAt - rec.responseStartedAt };
}
