// Developer view of the masking corpus: scores the Standard preset (or --preset NAME) on the
// development corpus and lists leaks (--leaks) or false positives (--fp) with context.
// Dev corpus only on purpose: the held-out set must not guide recognizer changes.
import { readFileSync } from 'node:fs';
import { findSpans, isPresetName } from '../shared/masking/index';
import { CORPUS_PATH } from '../test/fixtures/masking/generate';
import type { CorpusExample } from '../test/fixtures/masking/gen/markup';
import { fullyCovered, scoreCorpus } from '../test/fixtures/masking/scorer';

const args = process.argv.slice(2);
const presetArg = args[args.indexOf('--preset') + 1];
const preset = args.includes('--preset') && presetArg && isPresetName(presetArg) ? presetArg : 'standard';
const corpus = readFileSync(CORPUS_PATH, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as CorpusExample);
const options = { preset };
const runs = corpus.map((e) => ({ e, gold: e.spans, predicted: findSpans(e.text, options) }));
const score = scoreCorpus(runs);
const f = (v: number): string => v.toFixed(3);
for (const [type, s] of Object.entries(score.byType).sort()) {
  console.log(`${type.padEnd(16)} gold=${String(s.gold).padStart(4)} pred=${String(s.predicted).padStart(4)} P=${f(s.precision)} R=${f(s.recall)} F1=${f(s.f1)} leak=${f(s.leakRate)}`);
}
console.log(`overall (${preset}): precision ${f(score.precisionOverall)} recall ${f(score.recallOverall)} leak ${f(score.leakRateOverall)} false positives ${score.falsePositives}`);
const around = (text: string, start: number, end: number): string => JSON.stringify(text.slice(Math.max(0, start - 30), end + 15));
for (const { e, gold, predicted } of runs) {
  if (args.includes('--leaks')) {
    for (const g of gold) if (!fullyCovered(g, predicted)) console.log(`LEAK ${e.id} ${g.type} ${JSON.stringify(e.text.slice(g.start, g.end))} in ${around(e.text, g.start, g.end)}`);
  }
  if (args.includes('--fp')) {
    for (const p of predicted) if (!gold.some((g) => g.start < p.end && p.start < g.end)) console.log(`FP ${e.id} ${p.type} (${p.source}) ${JSON.stringify(e.text.slice(p.start, p.end))} in ${around(e.text, p.start, p.end)}`);
  }
}
