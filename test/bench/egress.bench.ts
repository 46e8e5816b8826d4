// The send pipeline end to end, as the renderer sees it: chat.send over the real preview bridge
// into a real core (masking, vault group commit, egress gate + ledger, streamChat + undici) and a
// loopback mock provider. The core runs in this process; the renderer side of the bridge and the
// mock run in a child process (egress-world.ts), as the renderer and the provider do in the app,
// so the core's work is not queued behind theirs and theirs not behind the core's.
// send_to_first_byte: the chat.send call -> first request byte at the mock (socket-level time).
// first_token_to_event: the mock writing its first response bytes (headers, then the first delta
// in the same tick) -> that delta event arriving at the client. Both ends of each figure are read
// in the child, on one clock. VEIL_BENCH_EGRESS_INPROCESS=1 runs the world in this process instead
// (the earlier shape of this bench, where client, core and mock share one event loop).
// c20 figures: 20 sends made in the same instant (a burst: each waits for the others' work too);
// c20_steady (supplementary): one send made while 19 other streams are in flight.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultMaskWorkers } from '../../electron/core/chat/mask-pool';
import { memoryLogger } from '../../electron/core/log/logger';
import { startPreview, type PreviewServer } from '../../electron/preview/server';
import type { WorldMessage } from './egress-world-child';
import { CONCURRENT, ROUNDS_C20, runWorld, SAMPLES, STEADY_REPLY, type Sample, type WorldResult } from './egress-world';
import { percentile, round, type BenchResult } from './harness';

const CHILD = fileURLToPath(new URL('./egress-world-child.ts', import.meta.url));

export default async function egressBench(): Promise<BenchResult[]> {
  // The bench must never touch the user's real keychain: with no session bus the vault falls back
  // to passphrase mode (API key inside the encrypted vault), set up by the world.
  process.env.DBUS_SESSION_BUS_ADDRESS = 'unix:path=/nonexistent/veil-bench-bus';
  delete process.env.DISPLAY;
  const inProcess = process.env.VEIL_BENCH_EGRESS_INPROCESS === '1';
  const tmp = mkdtempSync(join(tmpdir(), 'veil-bench-egress-'));
  const preview = await startPreview({ dataDir: join(tmp, 'data'), port: 0, open: false, rendererDir: join(tmp, 'none'), logger: memoryLogger('warn').logger });
  const configure = async (mockUrl: string) =>
    preview.core.chat.providers.setCustomEndpoints([{ slug: 'bench', displayName: 'Bench mock', baseUrl: `${mockUrl}/v1`, apiKey: 'required', models: ['mock-model'], streamUsage: true }]);
  try {
    const { single, c20, steady } = inProcess ? await runWorld(preview.port, preview.token, configure) : await runWorldInChild(preview, configure);
    const fig = (s: Sample[], k: keyof Sample) => s.map((x) => x[k]);
    const p = (s: number[], q: number) => round(percentile(s, q));
    const where = inProcess
      ? 'client, core and mock in ONE process (VEIL_BENCH_EGRESS_INPROCESS=1): their work queues behind each other'
      : 'bridge client + mock in a child process, core (preview WebSocket bridge, passphrase-mode vault, egress gate + ledger) in the bench process';
    return [
      {
        name: 'egress.send_to_first_byte_p50_ms',
        value: p(fig(single, 'toFirstByte'), 50),
        unit: 'ms',
        note: `chat.send call -> first request byte at the mock; 2 KB prompt with PII (masking, turn start and ledger entry committed together, key from the vault, request); ${SAMPLES} samples, p95 ${p(fig(single, 'toFirstByte'), 95)} ms; ${where}`,
      },
      {
        name: 'egress.first_token_to_event_p50_ms',
        value: p(fig(single, 'tokenToEvent'), 50),
        unit: 'ms',
        note: `mock writes first token -> delta event at the bridge client; ${SAMPLES} samples, p95 ${p(fig(single, 'tokenToEvent'), 95)} ms`,
      },
      {
        name: 'egress.send_to_first_byte_c20_p50_ms',
        value: p(fig(c20, 'toFirstByte'), 50),
        unit: 'ms',
        note: `${CONCURRENT} concurrent sends x ${ROUNDS_C20} rounds; p95 ${p(fig(c20, 'toFirstByte'), 95)} ms; the core's one thread serves all ${CONCURRENT} (masking workers: ${defaultMaskWorkers()}, ${availableParallelism()} cores), so the median send waits for the others' masking and vault work`,
      },
      {
        name: 'egress.first_token_to_event_c20_p50_ms',
        value: p(fig(c20, 'tokenToEvent'), 50),
        unit: 'ms',
        note: `${CONCURRENT} concurrent streams x ${ROUNDS_C20} rounds; p95 ${p(fig(c20, 'tokenToEvent'), 95)} ms`,
      },
      {
        name: 'egress.send_to_first_byte_c20_steady_p50_ms',
        value: p(fig(steady, 'toFirstByte'), 50),
        unit: 'ms',
        note: `supplementary to the c20 burst figure above (which is the issue's): one send made while 19 other streams are in flight (20 lanes, each sending again when its reply is done; replies start ${STEADY_REPLY.headersDelayMs} ms after the request, chunks ${STEADY_REPLY.chunkDelayMs} ms apart); ${steady.length} samples, p95 ${p(fig(steady, 'toFirstByte'), 95)} ms`,
      },
      {
        name: 'egress.first_token_to_event_c20_steady_p50_ms',
        value: p(fig(steady, 'tokenToEvent'), 50),
        unit: 'ms',
        note: `supplementary: first token -> event for those sends, 19 other streams in flight; p95 ${p(fig(steady, 'tokenToEvent'), 95)} ms`,
      },
    ];
  } finally {
    await preview.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

function runWorldInChild(preview: PreviewServer, configure: (mockUrl: string) => Promise<void>): Promise<WorldResult> {
  const child = fork(CHILD, [String(preview.port), preview.token], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return new Promise<WorldResult>((resolve, reject) => {
    child.on('message', (m: WorldMessage) => {
      if (m.type === 'configure') void configure(m.mockUrl).then(() => child.send({ type: 'configured' }), reject);
      else if (m.type === 'result') resolve(m.result);
      else reject(new Error(`egress world failed: ${m.message}`));
    });
    child.once('exit', (code) => reject(new Error(`egress world exited (${code}) without a result`)));
  });
}
