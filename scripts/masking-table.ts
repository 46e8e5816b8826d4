// Prints the README's masking comparison table (Markdown) from bench/results.json, so the table is
// always the figures of one `npm run bench masking` run: `npx tsx scripts/masking-table.ts`.
import { readFileSync } from 'node:fs';

interface Result {
  name: string;
  value: number;
  unit: string;
  note: string;
}

const results = JSON.parse(readFileSync('bench/results.json', 'utf8')) as Result[];
const get = (name: string): number | undefined => results.find((r) => r.name === name)?.value;
const fmt = (v: number | undefined, digits = 3): string => (v === undefined ? '–' : v.toFixed(digits).replace(/\.?0+$/, '') || '0');
const pct = (v: number | undefined): string => (v === undefined ? '–' : `${(v * 100).toFixed(1)}%`);

const rows: [string, string][] = [['Veil (Standard preset)', 'masking.corpus']];
for (const r of results) {
  const m = /^masking\.peer\.([^.]+)\.precision_overall$/.exec(r.name);
  if (m) rows.push([r.note.split(',')[0] as string, `masking.peer.${m[1]}`]);
}
const GOAL = ['EMAIL', 'PHONE', 'CREDIT_CARD', 'IBAN', 'US_SSN', 'IP_ADDRESS', 'SECRET', 'PERSON', 'STREET_ADDRESS'];
function table(title: string, prefixOf: (p: string) => string, withSpeed: boolean): string[] {
  const head = `| ${title} | Precision | Recall | Leak rate | ${GOAL.map((t) => `${t} leak`).join(' | ')} |${withSpeed ? ' MB/s (corpus) | p50 ms / example | MB/s warm | p50 ms warm |' : ''}`;
  const rule = `| --- | ---: | ---: | ---: | ${GOAL.map(() => '---:').join(' | ')} |${withSpeed ? ' ---: | ---: | ---: | ---: |' : ''}`;
  const lines = [head, rule];
  for (const [label, p] of rows) {
    const q = prefixOf(p);
    const typeLeak = (t: string): string => pct(get(`${q}.${t}.leak_rate`));
    const speed = withSpeed
      ? ` ${fmt(get(`${p}.corpus_mb_s`), 2)} | ${fmt(get(`${p}.example_p50_ms`), 4)} | ${fmt(get(`${p}.warm_corpus_mb_s`), 2)} | ${fmt(get(`${p}.warm_example_p50_ms`), 4)} |`
      : '';
    lines.push(`| ${label} | ${fmt(get(`${q}.precision_overall`))} | ${fmt(get(`${q}.recall_overall`))} | ${pct(get(`${q}.leak_rate_overall`))} | ${GOAL.map(typeLeak).join(' | ')} |${speed}`);
  }
  return lines;
}

const lines = [
  ...table('Development corpus', (p) => p, true),
  '',
  ...table('Held-out set', (p) => (p === 'masking.corpus' ? 'masking.holdout' : `${p}.holdout`), false),
];
console.log(lines.join('\n'));
console.log(
  `\nVeil: ${fmt(get('masking.throughput_mb_s'), 2)} MB/s on mixed text; findSpans p50 ${fmt(get('masking.latency_2kb_p50_ms'))} ms for 2 KB and ${fmt(get('masking.latency_50kb_p50_ms'), 1)} ms for 50 KB; 10 MB masked in ${fmt(get('masking.mask_10mb_s'), 2)} s.`,
);
