// Steady-state masking speed over the development corpus, one library at a time, each in a fresh process
// of its own (test/bench/masking-steady.ts): Veil (maskText, Standard preset) and each npm peer, reporting
// the fastest of the timed passes after 20 untimed ones (V8 takes about that many passes over the corpus to
// settle, for Veil as for the peers). For the peers it times the library's own call and the call plus the
// span alignment the benchmark's adapter adds (the benchmark's warm figures are the latter).
// `npx tsx scripts/masking-speed.ts [passes]` (default 30).
import { loadPeers } from '../test/bench/masking-peers';
import { STEADY_WARM_UP, steadyRun } from '../test/bench/masking-steady';

const passes = Number(process.argv[2] ?? 30);

const rows: string[] = [];
let shape = '';
const row = (name: string, library: string, mode: 'detect' | 'run'): void => {
  const r = steadyRun(library, mode, passes);
  const ms = Math.min(...r.passMs);
  shape = `${r.examples} examples, ${(r.bytes / 1e3).toFixed(0)} KB per pass`;
  rows.push(`| ${name} | ${ms.toFixed(2)} | ${(r.exampleP50Ms * 1000).toFixed(1)} | ${(r.bytes / 1e6 / (ms / 1000)).toFixed(2)} |`);
};

row('Veil (Standard preset, maskText)', 'veil', 'detect');
for (const peer of loadPeers().peers) {
  const name = `${peer.name}@${peer.version}`;
  row(`${name}, its own call`, peer.name, 'run');
  row(`${name}, with span alignment (as benchmarked)`, peer.name, 'detect');
}
console.log(
  [
    `${shape}; fastest of ${passes} passes after ${STEADY_WARM_UP} untimed ones, each library in a process of its own`,
    '| Library | ms per pass | µs per example (p50) | MB/s |',
    '| --- | ---: | ---: | ---: |',
    ...rows,
  ].join('\n'),
);
