// `npm test`: the one command CI runs. Typecheck, lint (with the layer rules), unit and integration
// tests under Node (inside a real Secret Service when none is reachable), e2e in Debian's Chromium
// against the preview bridge, and Electronegativity over the Electron code.
// Ends with a line "N passed, M failed" counting every test case and every check.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';

const only = process.argv.slice(2); // e.g. `npm test -- unit e2e` runs just those steps
const vitest = (project) => [
  'npx', 'vitest', 'run', '--project', project,
  '--reporter=default', '--reporter=json', `--outputFile.json=test-results/${project}.json`,
];
const keyring = existsSync('scripts/with-keyring.sh') ? ['bash', 'scripts/with-keyring.sh'] : [];

const steps = [
  { name: 'typecheck', cmd: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', cmd: ['npx', 'eslint', '.', '--max-warnings=0'] },
  { name: 'unit', cmd: [...keyring, ...vitest('unit')], report: 'test-results/unit.json' },
  { name: 'build', cmd: ['npm', 'run', '--silent', 'build:renderer'], when: () => hasScript('build:renderer') },
  { name: 'e2e', cmd: [...keyring, ...vitest('e2e')], report: 'test-results/e2e.json', when: () => hasE2e() },
  { name: 'electronegativity', cmd: ['npm', 'run', '--silent', 'lint:electron'], when: () => hasScript('lint:electron') },
];

const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts ?? {};
function hasScript(name) {
  return Boolean(scripts[name]);
}
function hasE2e() {
  return existsSync('test/e2e') && readdirSync('test/e2e').some((f) => f.endsWith('.test.ts'));
}
mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;
const summary = [];
for (const step of steps) {
  if (only.length && !only.includes(step.name)) continue;
  if (step.when && !step.when()) {
    summary.push(`${step.name}: not configured`);
    continue;
  }
  console.log(`\n=== ${step.name}: ${step.cmd.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit', env: process.env });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  let counted = false;
  if (step.report && existsSync(step.report)) {
    try {
      const rep = JSON.parse(readFileSync(step.report, 'utf8'));
      passed += rep.numPassedTests;
      failed += rep.numFailedTests + (r.status !== 0 && rep.numFailedTests === 0 ? 1 : 0);
      counted = true;
      summary.push(`${step.name}: ${rep.numPassedTests} passed, ${rep.numFailedTests} failed (${secs}s)`);
    } catch {
      /* fall through: counted as one check */
    }
  }
  if (!counted) {
    if (r.status === 0) passed++;
    else failed++;
    summary.push(`${step.name}: ${r.status === 0 ? 'ok' : `FAILED (exit ${r.status})`} (${secs}s)`);
  }
}
console.log(`\n=== summary\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
