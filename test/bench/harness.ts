// Shared shape and helpers for benchmarks. Each test/bench/*.bench.ts default-exports an async
// function returning BenchResult[]; test/bench/run.ts runs every file in its own process.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export interface BenchResult {
  /** Stable dotted id, e.g. "rpc.bridge_roundtrip_p50_ms". */
  name: string;
  value: number;
  unit: string;
  note: string;
}

export type Bench = () => Promise<BenchResult[]>;

/** Nearest-rank percentile of a sample (p in 0..100). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of an empty sample');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Runs fn `warmup` times unmeasured, then `n` times, returning the durations in ms. */
export async function timeRuns(n: number, fn: () => unknown, warmup = Math.min(50, n)): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export const round = (v: number, digits = 3): number => Number(v.toFixed(digits));

/** Peak RSS growth (MiB) while fn runs: the kernel's high-water mark, reset first (Linux). */
export async function peakRssGrowth(fn: () => Promise<unknown>): Promise<{ ms: number; mb: number; how: string }> {
  const status = '/proc/self/status';
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(status, 'utf8'))?.[1] ?? NaN);
  if (existsSync(status)) {
    writeFileSync('/proc/self/clear_refs', '5'); // resets VmHWM to the current RSS
    const before = kb('VmRSS');
    const t0 = performance.now();
    await fn();
    const ms = performance.now() - t0;
    return { ms, mb: (kb('VmHWM') - before) / 1024, how: 'VmHWM after reset' };
  }
  // Elsewhere: sample RSS on a timer (coarser: samples only when the loop is free).
  const before = process.memoryUsage.rss();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 1);
  const t0 = performance.now();
  await fn();
  const ms = performance.now() - t0;
  clearInterval(timer);
  return { ms, mb: (Math.max(peak, process.memoryUsage.rss()) - before) / 2 ** 20, how: 'sampled' };
}
