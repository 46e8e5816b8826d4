// Steady-state masking speed over the development corpus, one library at a time: Veil (maskText, Standard
// preset) and each npm peer, pass after pass in one process, reporting the fastest pass after 20 warm-up
// passes (V8 takes about that many passes over the corpus to settle, for Veil as for the peers). For the peers it
// times the library's own call and the call plus the span alignment the benchmark's adapter adds (the
// benchmark's figures include it). `npx tsx scripts/masking-speed.ts [passes]` (default 30).
//
// Each library runs in its own block of passes, as in the benchmark: interleaving them evicts the compiled
// alignment patterns from V8's regexp cache and makes the peers look several times slower than they are.
import { readFileSync } from 'node:fs';
import { maskText, type MaskOptions } from '../shared/masking';
import { loadPeers } from '../test/bench/masking-peers';
import { CORPUS_PATH } from '../test/fixtures/masking/generate';

const texts = readFileSync(CORPUS_PATH, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
const bytes = texts.reduce((n, t) => n + new TextEncoder().encode(t).length, 0);
const passes = Number(process.argv[2] ?? 30);
const standard: MaskOptions = { preset: 'standard' };

const WARM_UP = 20;

/** Fastest of `passes` passes of `each` over every text after the warm-up, in ms; an example that throws counts as done (as in the benchmark). */
async function fastestPass(each: (text: string) => Promise<unknown>): Promise<number> {
  let best = Infinity;
  for (let p = 0; p < WARM_UP + passes; p++) {
    const t0 = performance.now();
    for (const t of texts) await each(t).catch(() => null);
    if (p >= WARM_UP) best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const row = (name: string, ms: number): string =>
  `| ${name} | ${ms.toFixed(2)} | ${(ms / texts.length).toFixed(4)} | ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} |`;

const lines = [
  `${texts.length} examples, ${(bytes / 1e3).toFixed(0)} KB per pass; fastest of ${passes} passes after ${WARM_UP} warm-up passes, one library at a time`,
  '| Library | ms per pass | ms per example | MB/s |',
  '| --- | ---: | ---: | ---: |',
  row('Veil (Standard preset, maskText)', await fastestPass(async (t) => maskText(t, standard))),
];
for (const peer of loadPeers().peers) {
  const name = `${peer.name}@${peer.version}`;
  lines.push(row(`${name}, its own call`, await fastestPass((t) => peer.run(t))));
  lines.push(row(`${name}, with span alignment (as benchmarked)`, await fastestPass((t) => peer.detect(t))));
}
console.log(lines.join('\n'));
