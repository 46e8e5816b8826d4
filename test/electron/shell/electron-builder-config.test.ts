// electron-builder.yml: every Electron fuse pinned, native modules from .native (never rebuilt from
// node_modules), and the file validated by electron-builder's own schema validator.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const config = parse(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  files: string[];
  asarUnpack: string[];
};

describe('electron-builder.yml', () => {
  it('flips every security fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packages the app as Veil inside an asar', () => {
    expect(config.productName).toBe('Veil');
    expect(config.appId).toMatch(/^[a-z0-9.-]+$/);
    expect(config.asar).toBe(true);
  });

  it('ships the bundles and the Electron-ABI native builds, never node_modules, and rebuilds nothing', () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['package.json', 'dist/renderer/**/*', 'dist-electron/main.cjs', 'dist-electron/preload.cjs', '.native/*/*/build/Release/*.node', '!node_modules{,/**/*}']),
    );
    expect(config.asarUnpack).toEqual(['.native/**/*.node']);
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
    expect(config.buildDependenciesFromSource).toBe(false);
  });

  it("passes electron-builder's own configuration schema", async () => {
    const require = createRequire(import.meta.url);
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(c: unknown, log: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
    // The validator really checks: an unknown fuse is rejected.
    const loosened = structuredClone(config);
    loosened.electronFuses = { ...loosened.electronFuses, runAsNodeTypo: false };
    await expect(validateConfiguration(loosened, new DebugLogger(false))).rejects.toThrow(/electronFuses/);
  });
});
