// RPC latency: the same 1 KB app.echo through the real preview WebSocket bridge (Node `ws` client
// speaking the wire protocol via createWireTransport + buildApi) and straight through core.rpc.call.
// The difference is the cost of the bridge: JSON framing, the socket and the session.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryLogger } from '../../electron/core/log/logger';
import { startPreview } from '../../electron/preview/server';
import { connectBridge } from '../electron/preview/bridge-client';
import { percentile, round, timeRuns, type BenchResult } from './harness';

const SAMPLES = 2000;
const WARMUP = 200;
const TEXT = 'x'.repeat(1024);

export default async function rpcBench(): Promise<BenchResult[]> {
  const tmp = mkdtempSync(join(tmpdir(), 'veil-bench-rpc-'));
  const preview = await startPreview({ dataDir: join(tmp, 'data'), port: 0, open: false, rendererDir: join(tmp, 'none'), logger: memoryLogger('warn').logger });
  const client = await connectBridge(preview.port, preview.token);
  try {
    const bridge = await timeRuns(SAMPLES, async () => {
      const r = await client.veil.app.echo({ text: TEXT });
      if (r.text.length !== TEXT.length) throw new Error('bridge echo returned the wrong text');
    }, WARMUP);
    const direct = await timeRuns(SAMPLES, async () => {
      const r = await preview.core.rpc.call('app.echo', { text: TEXT });
      if (!r.ok) throw new Error(`direct echo failed: ${r.error.code}`);
    }, WARMUP);
    const note = (s: number[]) => `1 KB app.echo, ${SAMPLES} samples after ${WARMUP} warm-up; p95 ${round(percentile(s, 95))} ms`;
    return [
      { name: 'rpc.bridge_roundtrip_p50_ms', value: round(percentile(bridge, 50)), unit: 'ms', note: `${note(bridge)}; preview WebSocket on 127.0.0.1` },
      { name: 'rpc.direct_call_p50_ms', value: round(percentile(direct, 50), 4), unit: 'ms', note: `${note(direct)}; core.rpc.call in process` },
    ];
  } finally {
    await client.close();
    await preview.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
