// Crash safety of group commit: a writer queuing bursts of concurrent appends through the
// WriteBatcher is SIGKILLed at random moments; every append it acknowledged (promise resolved) is
// still there afterwards, and the file and its full-text index stay consistent.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/vault/migrations';
import { openVaultDb } from '../../../../electron/core/vault/open-vault';
import { cleanupDirs, newKey, tempDataDir } from './vault-fixture';

afterEach(cleanupDirs);

const writer = fileURLToPath(new URL('./batch-crash-writer.ts', import.meta.url));

function runAndKill(dir: string, keyHex: string, delayMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dir, keyHex], { stdio: ['ignore', 'pipe', 'pipe'] });
    const ids: number[] = [];
    let buf = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), delayMs);
        else if (line.startsWith('ok ')) ids.push(Number(line.slice(3)));
      }
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(ids) : reject(new Error(`writer exited without being killed: ${err}`))));
  });
}

describe('group commit crash safety', () => {
  it('survives 25 SIGKILLs mid-batch: integrity ok and every acknowledged message present', { timeout: 240_000 }, async () => {
    const dir = tempDataDir();
    const key = newKey();
    const acknowledged = new Set<number>();
    for (let round = 0; round < 25; round++) {
      const ids = await runAndKill(dir, key.toString('hex'), 5 + Math.floor(Math.random() * 120));
      for (const id of ids) acknowledged.add(id);
      const db = openVaultDb(dir, key);
      migrate(db);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const present = new Set((db.prepare('SELECT id FROM messages').all() as Array<{ id: number }>).map((r) => r.id));
      const missing = [...acknowledged].filter((id) => !present.has(id));
      expect(missing, `round ${round}`).toEqual([]);
      const fts = db.prepare('SELECT count(*) AS n FROM messages_fts').get() as { n: number };
      expect(fts.n).toBe(present.size);
      db.close();
    }
    expect(acknowledged.size).toBeGreaterThan(100);
  });
});
