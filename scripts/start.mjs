#!/usr/bin/env node
// `npm start`: builds and runs the Electron app in development. Without the Electron binary (our
// build machines set ELECTRON_SKIP_BINARY_DOWNLOAD) it prints one line pointing at the browser
// preview and exits non-zero, without a stack trace.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const MISSING_ELECTRON_MESSAGE =
  'Veil: the Electron binary is not installed on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD?). Run `npm run preview` to open Veil in your browser instead.';

/** The Electron executable, or null when the npm package has no binary (require throws or the path is missing). */
export function electronBinary(requireFrom = createRequire(join(root, 'package.json'))) {
  try {
    const path = requireFrom('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error(`Veil: \`${[cmd, ...args].join(' ')}\` failed.`);
    process.exit(r.status ?? 1);
  }
}

function main() {
  const electron = electronBinary();
  if (!electron) {
    console.error(MISSING_ELECTRON_MESSAGE);
    process.exit(1);
  }
  const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts ?? {};
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  if (scripts['build:renderer']) run(npm, ['run', '--silent', 'build:renderer']);
  run(npm, ['run', '--silent', 'build:electron']);
  // Native modules for Electron's ABI, in .native/ (node_modules stays built for Node).
  run(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'native-electron.ts')]);

  const env = { ...process.env };
  // Set in some shells and CI images; it would make the binary behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electron, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
