// Helpers for vault tests: unique temp data dirs, random keys, and a digest of every file in a
// directory (to prove a failed open changed nothing).
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dirs: string[] = [];

export function tempDataDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'veil-vault-'));
  dirs.push(d);
  return d;
}

export function cleanupDirs(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

export const newKey = (): Buffer => randomBytes(32);

/** name -> sha256 of every regular file in dir (non-recursive). */
export function dirDigest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isFile()) out[name] = createHash('sha256').update(readFileSync(p)).digest('hex');
  }
  return out;
}
