// Where main.ts finds the native modules built for Electron, in development and inside a package.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { electronNativeModules, nativeDirName, nativeModuleDir, unpackedRoot } from '../../../electron/shell/native-modules';

const target = { electronVersion: '39.8.10', platform: 'linux', arch: 'x64' };
const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('native module paths', () => {
  it('names one directory per Electron version, platform and arch', () => {
    expect(nativeDirName(target)).toBe('electron-39.8.10-linux-x64');
    expect(() => nativeDirName({ ...target, electronVersion: '../../x' })).toThrow();
  });

  it('uses app.asar.unpacked inside a package', () => {
    expect(unpackedRoot('/opt/Veil/resources/app.asar')).toBe('/opt/Veil/resources/app.asar.unpacked');
    expect(unpackedRoot('/home/u/veil')).toBe('/home/u/veil');
    expect(nativeModuleDir('/opt/Veil/resources/app.asar', target, 'keytar')).toBe(
      '/opt/Veil/resources/app.asar.unpacked/.native/electron-39.8.10-linux-x64/keytar',
    );
  });

  it('gives the vault the better-sqlite3 binary path for its nativeBinding option', () => {
    const m = electronNativeModules('/home/u/veil', target);
    expect(m.sqliteNativeBinding).toBe('/home/u/veil/.native/electron-39.8.10-linux-x64/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node');
  });

  it('explains a missing Electron build of keytar instead of falling back to node_modules', () => {
    const root = mkdtempSync(join(tmpdir(), 'veil-native-'));
    tmp.push(root);
    expect(() => electronNativeModules(root, target).loadKeychain()).toThrow(/keytar for Electron 39\.8\.10 is missing/);
  });

  it('loads keytar from the .native copy', () => {
    // node_modules/keytar is N-API and built for this Node: copied into the .native layout it stands
    // in for the Electron build and proves main.ts loads the copy, not node_modules.
    const root = mkdtempSync(join(tmpdir(), 'veil-native-'));
    tmp.push(root);
    cpSync(resolve('node_modules/keytar'), nativeModuleDir(root, target, 'keytar'), { recursive: true });
    const keytar = electronNativeModules(root, target).loadKeychain();
    expect(typeof keytar.getPassword).toBe('function');
    expect(Object.keys(createRequire(import.meta.url).cache).some((k) => k.startsWith(join(root, '.native')))).toBe(true);
  });
});
