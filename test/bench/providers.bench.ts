// Provider-layer costs, a lower bound for the egress benchmarks (which add masking,
// persistence and the ledger): request-to-first-token through streamChat + undici against the
// loopback mock, alone and at 20 concurrent streams, and raw SSE parse throughput in memory.
import { adapterFor } from '../../electron/core/providers/adapters';
import { parseOpenAiStream } from '../../electron/core/providers/openai-adapter';
import { streamChat } from '../../electron/core/providers/stream-chat';
import { undiciTransport } from '../../electron/core/providers/transport';
import type { ChatMessage, ProviderTarget } from '../../electron/core/providers/types';
import { findProvider } from '../../shared/providers';
import { startMockProvider } from '../fixtures/mock-provider';
import { percentile, round, type BenchResult } from './harness';

const PROMPT: ChatMessage[] = [{ role: 'user', content: 'Lorem ipsum dolor sit amet. '.repeat(74) }]; // ~2 KB
const SAMPLES = 300;
const CONCURRENT = 20;
const ROUNDS_C20 = 15;

export default async function providersBench(): Promise<BenchResult[]> {
  const mock = await startMockProvider({ replyDefaults: { text: 'ok '.repeat(40), chunkSize: 6 } });
  const entry = findProvider('deepseek')!;
  const target: ProviderTarget = { provider: { ...entry, baseUrl: `${mock.url}/v1` }, apiKey: 'bench-key-not-secret' };
  const adapter = adapterFor('openai');
  const transport = undiciTransport();
  const once = async (): Promise<number> => {
    const r = await streamChat({ transport, request: adapter.buildRequest(target, 'deepseek-chat', PROMPT), adapter, providerName: 'bench' });
    if (r.outcome !== 'ok' || r.timing.firstTokenMs === undefined) throw new Error(`bench stream failed: ${r.error?.code}`);
    return r.timing.firstTokenMs;
  };
  try {
    for (let i = 0; i < 50; i++) await once();
    const single: number[] = [];
    for (let i = 0; i < SAMPLES; i++) single.push(await once());
    const c20: number[] = [];
    for (let round = 0; round < ROUNDS_C20; round++) c20.push(...(await Promise.all(Array.from({ length: CONCURRENT }, once))));
    const parse = await sseThroughput();
    return [
      {
        name: 'providers.request_to_first_token_p50_ms',
        value: round(percentile(single, 50)),
        unit: 'ms',
        note: `streamChat + undici request -> mock on 127.0.0.1, 2 KB prompt, ${SAMPLES} samples; p95 ${round(percentile(single, 95))} ms. Lower bound for egress.send_to_first_byte (no masking/vault/ledger)`,
      },
      {
        name: 'providers.request_to_first_token_c20_p50_ms',
        value: round(percentile(c20, 50)),
        unit: 'ms',
        note: `${CONCURRENT} concurrent streams x ${ROUNDS_C20} rounds; p95 ${round(percentile(c20, 95))} ms; the mock shares this process and event loop, so its own work is included`,
      },
      { name: 'providers.sse_parse_mb_s', value: round(parse, 1), unit: 'MB/s', note: 'parseOpenAiStream over an in-memory 8 MB stream of 16-char deltas in 16 KB reads' },
    ];
  } finally {
    await mock.close();
  }
}

async function sseThroughput(): Promise<number> {
  const frame = `data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: 'abcdefghijklmnop' }, finish_reason: null }] })}\n\n`;
  const end = `data: ${JSON.stringify({ id: 'x', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\ndata: [DONE]\n\n`;
  const whole = new TextEncoder().encode(frame.repeat(Math.ceil((8 * 1024 * 1024) / frame.length)) + end);
  async function* reads(): AsyncGenerator<Uint8Array> {
    for (let i = 0; i < whole.length; i += 16 * 1024) yield whole.subarray(i, i + 16 * 1024);
  }
  const best: number[] = [];
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    let chars = 0;
    for await (const e of parseOpenAiStream(reads())) if (e.type === 'text') chars += e.text.length;
    if (chars === 0) throw new Error('parse bench produced no text');
    best.push(whole.length / 1024 / 1024 / ((performance.now() - t0) / 1000));
  }
  return Math.max(...best);
}
