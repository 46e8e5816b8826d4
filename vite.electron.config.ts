// Vite build of the Electron main process, preload and masking worker (the renderer has its own
// vite.config.ts). Three separate builds, chosen by --mode, so that no chunk is shared between them:
//   main    -> dist-electron/main.cjs     Node/CJS; everything bundled except electron and Node built-ins
//                                         (native modules are loaded at run time from .native/).
//   preload -> dist-electron/preload.cjs  runs sandboxed: one self-contained file that requires only 'electron'.
//   worker  -> dist-electron/mask-worker.cjs  the masking worker thread of the core (chat/mask-pool.ts),
//                                         found next to main.cjs; Node built-ins only.
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

const workerConfig: UserConfig = {
  ...mainConfig,
  build: {
    ...mainConfig.build,
    emptyOutDir: false,
    ssr: `${root}electron/core/chat/mask-worker.ts`,
    rollupOptions: {
      external: nodeBuiltins,
      output: { format: 'cjs', entryFileNames: 'mask-worker.cjs' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
};

export default defineConfig(({ mode }) => {
  if (mode === 'main') return mainConfig;
  if (mode === 'worker') return workerConfig;
  if (mode === 'preload') return preloadConfig;
  throw new Error(`vite.electron.config.ts: use --mode main, --mode preload or --mode worker (got ${mode})`);
});
