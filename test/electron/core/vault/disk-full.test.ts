// Disk full: the vault's data dir is an 8 MiB tmpfs mounted in a private mount namespace of a
// child process (`unshare --user --map-root-user --mount`, so no root and no cleanup are needed:
// the mount vanishes with the child). Writes fail with ENOSPC for real; the transaction rolls
// back, VAULT_DISK_FULL reaches the caller, and everything committed before stays intact.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupDirs, tempDataDir } from './vault-fixture';

afterEach(cleanupDirs);

function runChild(mountDir: string, importFile: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = join(import.meta.dirname, 'disk-full-child.ts');
  const script = `mount -t tmpfs -o size=8m,mode=0700 tmpfs "$1" && exec "$2" --import tsx "$3" "$1/data" "$4"`;
  const p = spawn('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', script, 'sh', mountDir, process.execPath, child, importFile], {
    cwd: join(import.meta.dirname, '../../../..'),
  });
  let stdout = '';
  let stderr = '';
  p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => p.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('disk full during a write (real ENOSPC on a tiny tmpfs)', () => {
  it('rolls the transaction back, reports VAULT_DISK_FULL and keeps committed data', async () => {
    const dir = tempDataDir();
    const mountDir = join(dir, 'mnt');
    mkdirSync(mountDir);
    // ~1.5 MB of messages in one Veil export: more than the tmpfs has left.
    const messages = Array.from({ length: 3000 }, (_, i) => ({
      role: i % 2 ? 'assistant' : 'user', content: `imported message ${i} ${'lorem ipsum dolor '.repeat(25)}`, maskedContent: null, status: 'complete', createdAt: 1_700_000_000_000 + i, tokensIn: null, tokensOut: null,
    }));
    const doc = { format: 'veil-export', version: 1, exportedAt: 1, app: { name: 'Veil', version: '0.1.0' }, maskedOnly: false, conversations: [
      { id: 'c_bigimport0001', title: 'Big', provider: null, model: null, systemPrompt: null, createdAt: 1, updatedAt: 1, keep: false, retentionDays: null, mappings: [], messages },
    ] };
    const importFile = join(dir, 'big.json');
    writeFileSync(importFile, JSON.stringify(doc));

    const r = await runChild(mountDir, importFile);
    const line = r.stdout.split('\n').find((l) => l.startsWith('__RESULT__'));
    if (!line) throw new Error(`disk-full child failed (exit ${r.code}); unprivileged user namespaces must be allowed for unshare:\n${r.stderr.slice(-3000)}`);
    const res = JSON.parse(line.slice('__RESULT__'.length)) as Record<string, unknown>;
    expect(res.before).toBe(20);
    expect(res.importResult).toMatchObject({ ok: false, error: { code: 'VAULT_DISK_FULL', message: expect.stringContaining('disk is full') } });
    expect(res.appendError).toMatchObject({ code: 'VAULT_DISK_FULL' });
    expect(res.afterFail).toBe(20);
    expect(res.integrity).toBe('ok');
    expect(res.conversationsAfterFail).toBe(1);
    // With space freed the same import succeeds, and a new process sees everything.
    expect(res.retry, JSON.stringify(res.retry)).toMatchObject({ ok: true, output: { conversations: 1, messages: 3000 } });
    expect(res.reopened).toEqual({ committed: 20, total: 3020, integrity: 'ok' });
  }, 60_000);
});
