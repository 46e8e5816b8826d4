#!/usr/bin/env node
// `npm run lint:electron`: runs Electronegativity over the Electron code (main.ts, preload.ts,
// shell/, and the renderer's index.html) and fails on any finding of MEDIUM severity or above that
// is not accepted with a written reason. Electronegativity itself always exits 0, so this parses
// its CSV report.
//   Accepting a finding: a comment on the reported line (Electronegativity's own syntax, which it
//   then leaves out of the report) or, for a *_GLOBAL_CHECK, anywhere in the scanned files:
//     // eng-disable CHECK_ID [CHECK_ID…]: why this is safe (at least 20 characters)
//   An eng-disable comment without such a reason fails the run.
//   Options: --input DIR scans DIR instead (used by the tests).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BLOCKING = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);
const MIN_REASON = 20;

/** Minimal RFC 4180 parser (quoted fields, doubled quotes); Electronegativity writes ", " separators. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field.trim());
      field = '';
    }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field.trim());
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field.trim());
  if (row.some((f) => f !== '')) rows.push(row);
  const [header = [], ...data] = rows;
  return data.map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), r[i] ?? ''])));
}

/** Every eng-disable comment in the scanned files: { file, line, ids, reason }. */
export function findAcceptances(files) {
  const out = [];
  for (const [file, text] of files) {
    text.split('\n').forEach((line, i) => {
      const m = /(?:\/\/|\/\*|<!--)\s*eng-disable\s+([\w \t]+?)\s*(?::\s*(.*?))?\s*(?:\*\/|-->)?\s*$/.exec(line);
      if (m) out.push({ file, line: i + 1, ids: m[1].split(/\s+/).filter(Boolean), reason: (m[2] ?? '').trim() });
    });
  }
  return out;
}

/** Decides the run: blocking findings and unjustified acceptances. */
export function evaluate(findings, acceptances) {
  const unjustified = acceptances.filter((a) => a.reason.length < MIN_REASON);
  const acceptedGlobal = new Set(acceptances.filter((a) => a.reason.length >= MIN_REASON).flatMap((a) => a.ids));
  const blocking = findings.filter((f) => BLOCKING.has(f.severity.toUpperCase()) && !(f.issue.endsWith('_GLOBAL_CHECK') && acceptedGlobal.has(f.issue)));
  return { blocking, unjustified, ok: blocking.length === 0 && unjustified.length === 0 };
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}

function stageDefault() {
  const stage = mkdtempSync(join(tmpdir(), 'veil-electronegativity-'));
  cpSync(join(root, 'electron', 'main.ts'), join(stage, 'main.ts'));
  cpSync(join(root, 'electron', 'preload.ts'), join(stage, 'preload.ts'));
  cpSync(join(root, 'electron', 'shell'), join(stage, 'shell'), { recursive: true });
  if (existsSync(join(root, 'renderer', 'index.html'))) cpSync(join(root, 'renderer', 'index.html'), join(stage, 'index.html'));
  return stage;
}

function main(args) {
  const i = args.indexOf('--input');
  const input = i >= 0 ? args[i + 1] : stageDefault();
  const report = join(mkdtempSync(join(tmpdir(), 'veil-eng-report-')), 'report.csv');
  const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const bin = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
  // The security-fixes check downloads Electron's release list on every run (offline it only waits
  // for a timeout); Electron updates are tracked with npm instead.
  const r = spawnSync(process.execPath, ['--require', join(root, 'scripts', 'electronegativity-offline.cjs'), bin, '-i', input, '-o', report, '-r', '-v', 'false', '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck'], { encoding: 'utf8' });
  if (r.status !== 0 || !existsSync(report)) {
    console.error(`electronegativity failed to run:\n${r.stdout}\n${r.stderr}`);
    process.exit(2);
  }
  const findings = parseCsv(readFileSync(report, 'utf8'));
  // A healthy run always reports the global checks (at least as "N/A"): an empty report means the
  // tool did not really run, and is never taken as "clean".
  if (findings.length === 0) {
    console.error('electronegativity produced an empty report (not even its global checks); treating that as a failure.');
    process.exit(2);
  }
  const files = listFiles(input).filter((f) => /\.(ts|tsx|js|cjs|mjs|html)$/.test(f)).map((f) => [f.slice(input.length + 1), readFileSync(f, 'utf8')]);
  const result = evaluate(findings, findAcceptances(files));
  rmSync(dirname(report), { recursive: true, force: true });
  if (i < 0) rmSync(input, { recursive: true, force: true });

  for (const f of findings) console.log(`${f.severity.padEnd(13)} ${f.issue} ${f.filename}:${f.location} ${f.sample}`);
  for (const a of findAcceptances(files)) console.log(`accepted      ${a.ids.join(' ')} ${a.file}:${a.line} — ${a.reason || '(no reason)'}`);
  if (result.ok) {
    console.log(`electronegativity: no unaccepted finding of MEDIUM or above (${findings.length} reported in total).`);
    return;
  }
  for (const f of result.blocking) console.error(`BLOCKING ${f.severity} ${f.issue} at ${f.filename}:${f.location}: ${f.description}`);
  for (const a of result.unjustified) console.error(`UNJUSTIFIED eng-disable ${a.ids.join(' ')} at ${a.file}:${a.line}: add ": <reason>" (at least ${MIN_REASON} characters)`);
  process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
