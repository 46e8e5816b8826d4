// Builds keytar and better-sqlite3-multiple-ciphers for Electron's ABI into
// .native/electron-<version>-<platform>-<arch>/<module>/, never touching node_modules (which stays
// built for Node so `npm test` keeps working). Runs node-gyp as Electron's docs describe
// ("Using Native Node Modules": --target, --arch, --dist-url, a separate header dir), and writes a
// stamp so it does nothing until the Electron or module version changes.
//   tsx scripts/native-electron.ts [--dry-run] [--force] [--electron-version X] [--arch A]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NATIVE_BINARIES, NATIVE_MODULES, nativeDirName, type NativeModuleName, type NativeTarget } from '../electron/shell/native-modules';

export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

export interface NativeStamp {
  electron: string;
  platform: string;
  arch: string;
  modules: Record<string, string>;
}

export interface ModuleStep {
  name: NativeModuleName;
  source: string;
  dest: string;
  binary: string;
  command: { file: string; args: string[]; cwd: string };
}

export interface NativePlan {
  dir: string;
  stampFile: string;
  stamp: NativeStamp;
  steps: ModuleStep[];
  env: NodeJS.ProcessEnv;
}

export interface PlanOptions {
  appRoot: string;
  target: NativeTarget;
  env?: NodeJS.ProcessEnv;
  /** Where node-gyp keeps Electron headers; kept apart from Node's header cache. */
  devDir?: string;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const pkgVersion = (dir: string): string => (readJson(join(dir, 'package.json')) as { version: string }).version;

/** npm exports its config as npm_config_* variables, and node-gyp obeys them: drop the ones that would pick Node's headers. */
export function nodeGypEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const redirecting = /^npm_config_(nodedir|target|target_arch|arch|runtime|disturl|dist_url|devdir|build_from_source)$/i;
  return Object.fromEntries(Object.entries(env).filter(([k]) => !redirecting.test(k)));
}

export function planNativeBuild(options: PlanOptions): NativePlan {
  const { appRoot, target } = options;
  const dir = join(appRoot, '.native', nativeDirName(target));
  const nodeGyp = join(appRoot, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const devDir = options.devDir ?? join(homedir(), '.electron-gyp');
  const modules: Record<string, string> = {};
  const steps = NATIVE_MODULES.map((name): ModuleStep => {
    const source = join(appRoot, 'node_modules', name);
    const dest = join(dir, name);
    modules[name] = pkgVersion(source);
    return {
      name,
      source,
      dest,
      binary: join(dest, NATIVE_BINARIES[name]),
      command: {
        file: process.execPath,
        args: [
          nodeGyp,
          'rebuild',
          '--release',
          `--target=${target.electronVersion}`,
          `--arch=${target.arch}`,
          `--dist-url=${ELECTRON_HEADERS_URL}`,
          `--devdir=${devDir}`,
        ],
        cwd: dest,
      },
    };
  });
  return {
    dir,
    stampFile: join(dir, 'stamp.json'),
    stamp: { electron: target.electronVersion, platform: target.platform, arch: target.arch, modules },
    steps,
    env: nodeGypEnv(options.env ?? process.env),
  };
}

/** Up to date when the stamp matches exactly and every binary exists. */
export function isUpToDate(plan: NativePlan): boolean {
  if (!existsSync(plan.stampFile)) return false;
  let stamp: unknown;
  try {
    stamp = readJson(plan.stampFile);
  } catch {
    return false;
  }
  return JSON.stringify(stamp) === JSON.stringify(plan.stamp) && plan.steps.every((s) => existsSync(s.binary));
}

/** Copies a package directory without its build output (which is Node's, in node_modules). */
export function copyModuleSources(source: string, dest: string): void {
  const inside = (p: string, parent: string) => p === parent || p.startsWith(parent + sep);
  if (inside(resolve(dest), resolve(source))) throw new Error(`refusing to copy ${source} into itself`);
  if (resolve(dest).split(sep).includes('node_modules')) throw new Error(`refusing to write inside node_modules: ${dest}`);
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dirname(dest), { recursive: true });
  cpSync(source, dest, {
    recursive: true,
    filter: (src) => {
      const rel = relative(source, src);
      return rel !== 'build' && rel.split(sep)[0] !== 'build' && basename(src) !== 'node_modules';
    },
  });
}

/** Removes builds for other Electron versions or architectures so packaging picks up only the current one. */
export function removeStaleBuilds(appRoot: string, keep: string): string[] {
  const base = join(appRoot, '.native');
  if (!existsSync(base)) return [];
  const stale = readdirSync(base).filter((d) => d.startsWith('electron-') && join(base, d) !== keep);
  for (const d of stale) rmSync(join(base, d), { recursive: true, force: true });
  return stale;
}

export function runPlan(plan: NativePlan, appRoot: string): void {
  rmSync(plan.stampFile, { force: true });
  for (const step of plan.steps) {
    console.error(`Veil: building ${step.name} for Electron ${plan.stamp.electron} (${plan.stamp.platform}-${plan.stamp.arch})…`);
    copyModuleSources(step.source, step.dest);
    const r = spawnSync(step.command.file, step.command.args, { cwd: step.command.cwd, env: plan.env, stdio: 'inherit' });
    if (r.status !== 0 || !existsSync(step.binary)) {
      throw new Error(
        `building ${step.name} for Electron failed. node-gyp needs a C++ toolchain, Python 3 and the Electron headers from ${ELECTRON_HEADERS_URL} (internet access)${step.name === 'keytar' && process.platform === 'linux' ? ', and libsecret-1-dev' : ''}.`,
      );
    }
  }
  writeFileSync(plan.stampFile, `${JSON.stringify(plan.stamp, null, 2)}\n`);
  removeStaleBuilds(appRoot, plan.dir);
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function main(args: string[]): void {
  const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const electronVersion =
    argValue(args, '--electron-version') ?? (readJson(join(appRoot, 'node_modules', 'electron', 'package.json')) as { version: string }).version;
  const target: NativeTarget = { electronVersion, platform: process.platform, arch: argValue(args, '--arch') ?? process.arch };
  const plan = planNativeBuild({ appRoot, target });
  if (args.includes('--dry-run')) {
    console.log(JSON.stringify({ upToDate: isUpToDate(plan), dir: plan.dir, stamp: plan.stamp, steps: plan.steps }, null, 2));
    return;
  }
  if (!args.includes('--force') && isUpToDate(plan)) return;
  try {
    runPlan(plan, appRoot);
  } catch (err) {
    console.error(`Veil: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
