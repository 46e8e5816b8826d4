// Child-process entry: runs one bench file and prints its results as the last stdout line.
import { pathToFileURL } from 'node:url';
import type { Bench } from './harness';

const file = process.argv[2];
if (!file) throw new Error('usage: one.ts <file.bench.ts>');
const mod = (await import(pathToFileURL(file).href)) as { default: Bench };
const results = await mod.default();
process.stdout.write(`\n__BENCH__${JSON.stringify(results)}\n`);
process.exit(0);
