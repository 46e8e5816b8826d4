// Lint config. Besides style, it enforces the layer rules of DESIGN.md §2:
// renderer -> shared only; shared -> nothing platform-specific; core -> never electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const restrict = (paths, patterns) => ['error', { paths, patterns }];
const msg = (what) => ({ message: what });

export const layerRules = [
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        [
          { name: 'electron', ...msg('renderer/ talks to the Node side only through window.veil (DESIGN.md §2).') },
          ...nodeBuiltins.map((name) => ({ name, ...msg('renderer/ must not import Node built-ins (DESIGN.md §2).') })),
        ],
        [
          { group: ['**/electron/**', '**/electron'], ...msg('renderer/ must not import electron/ code (DESIGN.md §2).') },
          { group: ['node:*'], ...msg('renderer/ must not import Node built-ins (DESIGN.md §2).') },
        ],
      ),
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [
          { name: 'electron', ...msg('shared/ is platform-free (DESIGN.md §2).') },
          { name: 'react', ...msg('shared/ is platform-free (DESIGN.md §2).') },
          ...nodeBuiltins.map((name) => ({ name, ...msg('shared/ must not import Node built-ins (DESIGN.md §2).') })),
        ],
        [
          { group: ['**/electron/**', '**/renderer/**', '**/electron', '**/renderer'], ...msg('shared/ must not import electron/ or renderer/ (DESIGN.md §2).') },
          { group: ['node:*', 'react-dom', 'react-dom/*'], ...msg('shared/ is platform-free (DESIGN.md §2).') },
        ],
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [{ name: 'electron', ...msg('electron/core runs under plain Node; receive Electron capabilities from main.ts (DESIGN.md §2).') }],
        [
          { group: ['**/renderer/**', '**/renderer'], ...msg('electron/core must not import renderer/ (DESIGN.md §2).') },
          { group: ['**/shell/**', '**/shell', '**/preview/**', '**/main', '**/preload'], ...msg('electron/core is a lower layer than shell/, preview/ and main (DESIGN.md §2).') },
        ],
      ),
    },
  },
  {
    files: ['electron/preview/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [{ name: 'electron', ...msg('the preview runs under plain Node, without Electron.') }],
        [{ group: ['**/shell/**', '**/renderer/**'], ...msg('the preview serves the built renderer; it does not import it.') }],
      ),
    },
  },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'dist-electron/**', 'release/**', '.native/**', 'bench/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  { files: ['test/**', 'scripts/**', 'electron/preview/cli.ts', 'electron/cli/**'], rules: { 'no-console': 'off' } },
  ...layerRules,
);
