// `npm run bench [filter]`: runs each test/bench/*.bench.ts in its own process (so memory
// figures are not polluted by other benchmarks), prints a table and writes bench/results.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './harness';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const filter = process.argv[2] ?? '';
const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts') && f.includes(filter)).sort();
const results: BenchResult[] = [];
let failed = 0;
for (const f of files) {
  console.log(`running ${f} ...`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'one.ts'), join(here, f)], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = r.stdout.split('\n').find((l) => l.startsWith('__BENCH__'));
  if (r.status !== 0 || !line) {
    failed++;
    console.error(`${f} failed (exit ${r.status})`);
    continue;
  }
  results.push(...(JSON.parse(line.slice('__BENCH__'.length)) as BenchResult[]));
}
const width = Math.max(10, ...results.map((r) => r.name.length));
console.log(`\n${'name'.padEnd(width)}  ${'value'.padStart(12)}  unit    note`);
for (const r of results) console.log(`${r.name.padEnd(width)}  ${String(r.value).padStart(12)}  ${r.unit.padEnd(6)}  ${r.note}`);
mkdirSync(join(root, 'bench'), { recursive: true });
const out = join(root, 'bench', 'results.json');
// A filtered run updates its own figures and keeps the others from the last full run.
const fresh = new Set(results.map((r) => r.name));
const kept = filter && existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as BenchResult[]).filter((r) => !fresh.has(r.name)) : [];
writeFileSync(out, `${JSON.stringify([...kept, ...results], null, 2)}\n`);
console.log(`\nwrote bench/results.json (${results.length} results${failed ? `, ${failed} bench files failed` : ''})`);
process.exit(failed ? 1 : 0);
