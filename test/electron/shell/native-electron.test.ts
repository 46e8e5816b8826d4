// scripts/native-electron.ts: the node-gyp command line for Electron, the stamp, and copying
// sources without touching node_modules. The build itself needs Electron's headers from the
// internet and is not run here.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  copyModuleSources,
  ELECTRON_HEADERS_URL,
  isUpToDate,
  nodeGypEnv,
  planNativeBuild,
  removeStaleBuilds,
} from '../../../scripts/native-electron';

const appRoot = resolve('.');
const target = { electronVersion: '39.8.10', platform: 'linux', arch: 'x64' };
const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => rmSync(d, { recursive: true, force: true })));
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

describe('planNativeBuild', () => {
  const plan = planNativeBuild({ appRoot, target, devDir: '/h/.electron-gyp', env: { PATH: '/bin', npm_config_nodedir: '/usr', npm_config_target: '20.0.0', npm_config_cache: '/c' } });

  it('builds each module in .native with node-gyp against Electron headers', () => {
    expect(plan.dir).toBe(join(appRoot, '.native', 'electron-39.8.10-linux-x64'));
    expect(plan.steps.map((s) => s.name)).toEqual(['keytar', 'better-sqlite3-multiple-ciphers']);
    for (const step of plan.steps) {
      expect(step.source).toBe(join(appRoot, 'node_modules', step.name));
      expect(step.dest).toBe(join(plan.dir, step.name));
      expect(step.command.cwd).toBe(step.dest);
      expect(step.command.cwd.includes('node_modules')).toBe(false);
      expect(step.command.args).toEqual([
        join(appRoot, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
        'rebuild',
        '--release',
        '--target=39.8.10',
        '--arch=x64',
        `--dist-url=${ELECTRON_HEADERS_URL}`,
        '--devdir=/h/.electron-gyp',
      ]);
    }
  });

  it("drops npm's header-redirecting variables so node-gyp cannot pick Node's headers", () => {
    expect(plan.env).toEqual({ PATH: '/bin', npm_config_cache: '/c' });
    expect(nodeGypEnv({ NPM_CONFIG_DISTURL: 'x', npm_config_runtime: 'node', HOME: '/h' })).toEqual({ HOME: '/h' });
  });

  it('stamps the Electron version and each module version', () => {
    const pkg = (n: string) => (JSON.parse(readFileSync(join(appRoot, 'node_modules', n, 'package.json'), 'utf8')) as { version: string }).version;
    expect(plan.stamp).toEqual({
      electron: '39.8.10',
      platform: 'linux',
      arch: 'x64',
      modules: { keytar: pkg('keytar'), 'better-sqlite3-multiple-ciphers': pkg('better-sqlite3-multiple-ciphers') },
    });
  });
});

describe('isUpToDate', () => {
  it('is true only with the same stamp and every binary present', () => {
    const root = mkdtempSync(join(tmpdir(), 'veil-stamp-'));
    tmp.push(root);
    mkdirSync(join(root, 'node_modules'));
    for (const m of ['keytar', 'better-sqlite3-multiple-ciphers']) {
      mkdirSync(join(root, 'node_modules', m), { recursive: true });
      writeFileSync(join(root, 'node_modules', m, 'package.json'), JSON.stringify({ version: '1.0.0' }));
    }
    const plan = planNativeBuild({ appRoot: root, target });
    expect(isUpToDate(plan)).toBe(false);
    for (const s of plan.steps) {
      mkdirSync(join(s.binary, '..'), { recursive: true });
      writeFileSync(s.binary, 'bin');
    }
    expect(isUpToDate(plan)).toBe(false); // no stamp yet
    writeFileSync(plan.stampFile, JSON.stringify(plan.stamp));
    expect(isUpToDate(plan)).toBe(true);
    // A new Electron version gets its own directory and a fresh build.
    expect(isUpToDate(planNativeBuild({ appRoot: root, target: { ...target, electronVersion: '40.0.0' } }))).toBe(false);
    // A module upgrade invalidates the stamp.
    writeFileSync(join(root, 'node_modules', 'keytar', 'package.json'), JSON.stringify({ version: '1.0.1' }));
    expect(isUpToDate(planNativeBuild({ appRoot: root, target }))).toBe(false);
    writeFileSync(join(root, 'node_modules', 'keytar', 'package.json'), JSON.stringify({ version: '1.0.0' }));
    rmSync(plan.steps[0]!.binary);
    expect(isUpToDate(plan)).toBe(false);
  });
});

describe('copyModuleSources', () => {
  it("copies sources without Node's build output and leaves node_modules untouched", () => {
    const root = mkdtempSync(join(tmpdir(), 'veil-copy-'));
    tmp.push(root);
    const source = resolve('node_modules/keytar');
    const nodeBinary = join(source, 'build', 'Release', 'keytar.node');
    const before = sha(nodeBinary);
    const dest = join(root, '.native', 'electron-39.8.10-linux-x64', 'keytar');
    copyModuleSources(source, dest);
    expect(existsSync(join(dest, 'binding.gyp'))).toBe(true);
    expect(existsSync(join(dest, 'src'))).toBe(true);
    expect(existsSync(join(dest, 'build'))).toBe(false);
    expect(sha(nodeBinary)).toBe(before);
  });

  it('refuses to write inside node_modules or into its own source', () => {
    const source = resolve('node_modules/keytar');
    expect(() => copyModuleSources(source, resolve('node_modules/keytar-electron'))).toThrow(/node_modules/);
    expect(() => copyModuleSources(source, join(source, 'sub'))).toThrow(/into itself/);
  });
});

describe('removeStaleBuilds', () => {
  it('keeps only the current Electron build so packaging ships one set of binaries', () => {
    const root = mkdtempSync(join(tmpdir(), 'veil-stale-'));
    tmp.push(root);
    for (const d of ['electron-38.0.0-linux-x64', 'electron-39.8.10-linux-x64', 'electron-39.8.10-linux-arm64']) mkdirSync(join(root, '.native', d), { recursive: true });
    const removed = removeStaleBuilds(root, join(root, '.native', 'electron-39.8.10-linux-x64'));
    expect(removed.sort()).toEqual(['electron-38.0.0-linux-x64', 'electron-39.8.10-linux-arm64']);
    expect(readdirSync(join(root, '.native'))).toEqual(['electron-39.8.10-linux-x64']);
  });
});
