// Native modules built for Electron's ABI live apart from node_modules (which stays built for Node,
// for `npm test`): .native/electron-<version>-<platform>-<arch>/<module>/. scripts/native-electron.ts
// builds them; main.ts loads them from here. In a packaged app they sit in app.asar.unpacked.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import type { KeychainModule } from '../core/secrets/keychain';

export const NATIVE_MODULES = ['keytar', 'better-sqlite3-multiple-ciphers'] as const;
export type NativeModuleName = (typeof NATIVE_MODULES)[number];

/** The .node file each module loads, relative to its package directory. */
export const NATIVE_BINARIES: Readonly<Record<NativeModuleName, string>> = {
  keytar: join('build', 'Release', 'keytar.node'),
  'better-sqlite3-multiple-ciphers': join('build', 'Release', 'better_sqlite3.node'),
};

export interface NativeTarget {
  electronVersion: string;
  platform: string;
  arch: string;
}

export function nativeDirName(t: NativeTarget): string {
  if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(t.electronVersion)) throw new Error(`not an Electron version: ${t.electronVersion}`);
  return `electron-${t.electronVersion}-${t.platform}-${t.arch}`;
}

/** Native files cannot be loaded from inside an asar archive: use the unpacked twin. */
export function unpackedRoot(appRoot: string): string {
  const asar = `${sep}app.asar`;
  if (appRoot.endsWith(asar)) return `${appRoot}.unpacked`;
  return appRoot.split(`${asar}${sep}`).join(`${asar}.unpacked${sep}`);
}

export function nativeModuleDir(appRoot: string, target: NativeTarget, name: NativeModuleName): string {
  return join(unpackedRoot(appRoot), '.native', nativeDirName(target), name);
}

export interface ElectronNativeModules {
  /** Loads keytar built for Electron; pass to createCore({ loadKeychain }). Throws if it was not built. */
  loadKeychain(): KeychainModule;
  /**
   * Absolute path of better-sqlite3-multiple-ciphers' binary built for Electron. The vault passes it
   * as `new Database(file, { nativeBinding })` when running inside Electron, so the JS part of the
   * module (bundled into main.cjs) never looks for a binary in node_modules (built for Node).
   */
  sqliteNativeBinding: string;
}

export function electronNativeModules(appRoot: string, target: NativeTarget): ElectronNativeModules {
  const keytarDir = nativeModuleDir(appRoot, target, 'keytar');
  const sqliteDir = nativeModuleDir(appRoot, target, 'better-sqlite3-multiple-ciphers');
  return {
    loadKeychain() {
      const binary = join(keytarDir, NATIVE_BINARIES.keytar);
      if (!existsSync(binary)) {
        throw new Error(`keytar for Electron ${target.electronVersion} is missing (${binary}); run npm start or scripts/native-electron.ts`);
      }
      return createRequire(join(keytarDir, 'package.json'))(keytarDir) as KeychainModule;
    },
    sqliteNativeBinding: join(sqliteDir, NATIVE_BINARIES['better-sqlite3-multiple-ciphers']),
  };
}
