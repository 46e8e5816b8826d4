// Steady-state speed of one library on the development corpus, in a process of its own:
// `node --import tsx test/bench/masking-steady.ts <veil | peer name> <detect | run> [timed passes]`
// prints one JSON line (SteadyRun). `detect` is Veil's maskText (Standard preset) or a peer with the span
// alignment the benchmark adds; `run` is a peer's own call alone.
//
// A process of its own because what ran before changes the figures: measured after Veil's benchmark runs in
// the same process, @redactpii/node took 1.8 times as long per pass as in a fresh one (2026-11-27), which made
// Veil look as fast as it per example when it is not. The parent (masking.bench.ts, scripts/masking-speed.ts)
// starts one child at a time and waits idle.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { maskText } from '../../shared/masking/index';
import { CORPUS_PATH } from '../fixtures/masking/generate';
import { percentile } from './harness';
import { loadPeers } from './masking-peers';

export interface SteadyRun {
  /** Each timed pass over the corpus, ms. */
  passMs: number[];
  /** Median over the examples of each example's median over the timed passes, ms. */
  exampleP50Ms: number;
  /** UTF-8 bytes per pass. */
  bytes: number;
  examples: number;
}

/** V8 takes about this many passes over the corpus to settle, for Veil as for the peers. */
export const STEADY_WARM_UP = 20;

/** Runs the child for one library and mode, synchronously (the caller waits idle). */
export function steadyRun(library: string, mode: 'detect' | 'run', passes: number): SteadyRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), library, mode, String(passes)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`masking-steady.ts ${library} ${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as SteadyRun;
}

async function main(library: string, mode: string, passes: number): Promise<SteadyRun> {
  const texts = readFileSync(CORPUS_PATH, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
  if (mode !== 'detect' && mode !== 'run') throw new Error(`mode must be detect or run, not ${mode}`);
  let each: (text: string) => Promise<unknown>;
  if (library === 'veil') {
    const standard = { preset: 'standard' } as const;
    each = async (t) => maskText(t, standard);
  } else {
    const peer = loadPeers().peers.find((p) => p.name === library);
    if (!peer) throw new Error(`no peer named ${library}`);
    each = mode === 'run' ? (t) => peer.run(t) : (t) => peer.detect(t);
  }
  // An example that throws counts as done, as in the benchmark.
  for (let p = 0; p < STEADY_WARM_UP; p++) for (const t of texts) await each(t).catch(() => null);
  const passMs: number[] = [];
  const perExample: number[][] = texts.map(() => []);
  for (let p = 0; p < passes; p++) {
    const t0 = performance.now();
    for (const [i, t] of texts.entries()) {
      const t1 = performance.now();
      await each(t).catch(() => null);
      perExample[i]?.push(performance.now() - t1);
    }
    passMs.push(performance.now() - t0);
  }
  return {
    passMs,
    exampleP50Ms: percentile(perExample.map((ms) => percentile(ms, 50)), 50),
    bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0),
    examples: texts.length,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [library = '', mode = 'detect', passes = '5'] = process.argv.slice(2);
  process.stdout.write(`${JSON.stringify(await main(library, mode, Number(passes)))}\n`);
}
