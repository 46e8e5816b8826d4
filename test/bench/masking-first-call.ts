// One fresh process's first findSpans on a short draft, as the composer's first preview runs it: cold,
// or after warmUp (which the composer runs while the window is idle). Spawned by masking.bench.ts;
// prints the milliseconds of that first call. `--warm` runs warmUp first (its time printed too).
import { findSpans, warmUp, type MaskOptions } from '../../shared/masking/index';

const DRAFT = 'Hi Maria, can you send the invoice to jonas.weber@example.org and call me on +49 30 1234 5678 tomorrow? Thanks, Tom';
const options: MaskOptions = { preset: 'standard' };
let warmMs = 0;
if (process.argv.includes('--warm')) {
  const t0 = performance.now();
  warmUp(options);
  warmMs = performance.now() - t0;
}
const t1 = performance.now();
findSpans(DRAFT, options);
console.log(JSON.stringify({ firstMs: performance.now() - t1, warmMs }));
