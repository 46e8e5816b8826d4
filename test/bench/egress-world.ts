// The world outside the core for the egress bench: the renderer side of the bridge (a real `ws`
// client through createWireTransport + buildApi) and the provider (the loopback mock). Both clocks
// are read here, so every figure compares timestamps of one process. egress.bench.ts runs this in
// a child process (as the renderer and the provider are, in the app); in-process for comparison.
import { connectBridge, type BridgeClient } from '../electron/preview/bridge-client';
import { slow, startMockProvider, type RecordedRequest } from '../fixtures/mock-provider';

export const SAMPLES = 300;
export const WARMUP = 40;
export const CONCURRENT = 20;
export const ROUNDS_C20 = 15;
export const STEADY_SAMPLES = 200;
/** Steady state: each reply starts 30 ms after the request and streams its 20 chunks 10 ms apart. */
export const STEADY_REPLY = { headersDelayMs: 30, chunkDelayMs: 10 };
const STEADY_STAGGER_MS = 12;
const PII = 'Contact Anna Schmidt at anna.schmidt@example.com or +49 170 1234567. ';
const MARKER_LENGTH = 13; // "sample-000123"
const FILLER = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. ';

/** ~2 KB prompt with a unique marker (to find its request at the mock) and some PII to mask. */
const prompt = (n: number): string => {
  const head = `sample-${String(n).padStart(6, '0')} ${PII}`;
  return head + FILLER.repeat(Math.ceil((2048 - head.length) / FILLER.length)).slice(0, 2048 - head.length);
};

export interface Sample {
  toFirstByte: number;
  tokenToEvent: number;
}

export interface WorldResult {
  single: Sample[];
  c20: Sample[];
  /** Sends made while the other 19 of 20 streams were in flight (see steadyState). */
  steady: Sample[];
}

/** What the world needs from the core's side: register the mock as a custom endpoint (core-only API). */
export type ConfigureMock = (mockUrl: string) => Promise<void>;

export async function runWorld(port: number, token: string, configure: ConfigureMock): Promise<WorldResult> {
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
  const client = await connectBridge(port, token);
  try {
    const { veil } = client;
    const lock = await veil.vault.lockStatus({});
    if (lock.state === 'setup-required') await veil.vault.setupPassphrase({ passphrase: 'bench-passphrase-not-secret' });
    else if (lock.mode === 'keychain') throw new Error('refusing to run against an OS keychain');
    await configure(mock.url);
    await veil.secrets.set({ id: 'custom-bench', label: 'bench', value: 'bench-key-not-secret-0123456789' });

    // A fresh conversation per sample, created before the clock starts: every send carries the
    // same 2 KB prompt and no growing history.
    let n = 0;
    const conversations = async (count: number) =>
      Promise.all(
        Array.from({ length: count }, async () => {
          const i = n++;
          const conv = await veil.conversations.create({ title: `bench ${i}`, provider: 'custom-bench', model: 'mock-model' });
          return { id: conv.id, text: prompt(i) };
        }),
      );
    const run = (c: { id: string; text: string }) => sendOnce(client, byMarker, c.id, c.text);
    for (const c of await conversations(WARMUP)) await run(c);
    const single: Sample[] = [];
    for (const c of await conversations(SAMPLES)) single.push(await run(c));
    const c20: Sample[] = [];
    for (let r = 0; r < ROUNDS_C20; r++) c20.push(...(await Promise.all((await conversations(CONCURRENT)).map(run))));
    const steady = await steadyState(await conversations(STEADY_SAMPLES + CONCURRENT), (c) => {
      mock.script(slow(STEADY_REPLY));
      return run(c);
    });
    return { single, c20, steady };
  } finally {
    await client.close();
    await mock.close();
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

/**
 * 20 lanes, started a little apart, each sending again as soon as its reply is done, so that 20
 * streams stay in flight. A send is sampled when the other 19 were streaming as it was made: the
 * latency of one send at 20 concurrent streams, where the c20 rounds measure a burst of 20 sends
 * made in the same instant (each also waiting for the others' work).
 */
async function steadyState<C>(convs: C[], run: (c: C) => Promise<Sample>): Promise<Sample[]> {
  const samples: Sample[] = [];
  let next = 0;
  let inFlight = 0;
  const lane = async (): Promise<void> => {
    while (next < convs.length) {
      const c = convs[next++] as C;
      const others = inFlight++;
      const sample = await run(c);
      inFlight--;
      if (others === CONCURRENT - 1) samples.push(sample);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT }, (_, i) => new Promise((r) => setTimeout(r, i * STEADY_STAGGER_MS)).then(lane)));
  return samples;
}
