import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Proves the layer rules of DESIGN.md §2 are active: each snippet is linted as if it lived at
// the given path, with the project's real eslint.config.js.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layer rules', () => {
  it.each([
    ['renderer/features/bad.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['renderer/features/bad.ts', "import { createCore } from '../../electron/core/index';\nexport const x = createCore;\n"],
    ['renderer/features/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['renderer/features/bad.tsx', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n"],
    ['shared/masking/bad.ts', "import { createHash } from 'node:crypto';\nexport const x = createHash;\n"],
    ['shared/contract/bad.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['shared/contract/bad.ts', "import { veil } from '../../renderer/api';\nexport const x = veil;\n"],
    ['electron/core/vault/bad.ts', "import { safeStorage } from 'electron';\nexport const x = safeStorage;\n"],
    ['electron/core/vault/bad.ts', "import { something } from '../../shell/window';\nexport const x = something;\n"],
  ])('%s: forbidden import is a lint error', async (path, code) => {
    expect(await ruleIds(path, code)).toContain('no-restricted-imports');
  });

  it('shared/ may not touch DOM or Node globals', async () => {
    expect(await ruleIds('shared/masking/bad.ts', 'export const x = () => window.location.href;\n')).toContain('no-restricted-globals');
    expect(await ruleIds('shared/masking/bad.ts', "export const x = () => Buffer.from('a');\n")).toContain('no-restricted-globals');
  });

  it.each([
    ['renderer/features/ok.ts', "import { contract } from '../../shared/contract/index';\nexport const x = contract;\n"],
    ['electron/core/vault/ok.ts', "import { createHash } from 'node:crypto';\nimport { contract } from '../../../shared/contract/index';\nexport const x = [createHash, contract];\n"],
    ['electron/shell/ok.ts', "import { app } from 'electron';\nexport const x = app;\n"],
  ])('%s: allowed import passes', async (path, code) => {
    expect(await ruleIds(path, code)).toEqual([]);
  });
});
