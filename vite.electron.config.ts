// Vite build of the Electron main process and preload (the renderer has its own vite.config.ts).
// Two separate builds, chosen by --mode, so that no chunk is shared between them:
//   main    -> dist-electron/main.cjs     Node/CJS; everything bundled except electron and Node built-ins
//                                         (native modules are loaded at run time from .native/).
//   preload -> dist-electron/preload.cjs  runs sandboxed: one self-contained file that requires only 'electron'.
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = `${root}dist-electron`;
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const mainConfig: UserConfig = {
  root,
  publicDir: false,
  build: {
    outDir,
    emptyOutDir: true,
    target: 'node22',
    ssr: `${root}electron/main.ts`,
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: {
      external: ['electron', ...nodeBuiltins],
      output: { format: 'cjs', entryFileNames: 'main.cjs' },
    },
  },
  // Bundle every npm dependency: the packaged app ships no node_modules.
  ssr: { noExternal: true, external: ['electron'], target: 'node' },
};

const preloadConfig: UserConfig = {
  root,
  publicDir: false,
  build: {
    outDir,
    emptyOutDir: false,
    target: 'chrome120',
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    lib: { entry: `${root}electron/preload.ts`, formats: ['cjs'], fileName: () => 'preload.cjs' },
    rollupOptions: {
      external: ['electron'],
      output: { codeSplitting: false },
    },
  },
};

export default defineConfig(({ mode }) => {
  if (mode === 'main') return mainConfig;
  if (mode === 'preload') return preloadConfig;
  throw new Error(`vite.electron.config.ts: use --mode main or --mode preload (got ${mode})`);
});
