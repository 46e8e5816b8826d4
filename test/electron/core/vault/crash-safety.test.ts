// Crash safety: a writer process appends messages in a loop — one transaction per message
// (crash-writer.ts), or bursts of concurrent appends sharing a group commit through the
// WriteBatcher (batch-crash-writer.ts) — and is SIGKILLed at random moments. After each kill the
// vault opens, integrity_check is ok, every append the writer acknowledged is present, and the
// full-text index matches the table. A third writer runs imports as long writes (one
// transaction across event-loop turns on a second connection) beside group-committed appends:
// every import is there whole or not at all.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/vault/migrations';
import { openVaultDb } from '../../../../electron/core/vault/open-vault';
import { cleanupDirs, newKey, tempDataDir } from './vault-fixture';

afterEach(cleanupDirs);

/** Messages per import in long-write-crash-writer.ts (kept in step by hand: importing it would run it). */
const IMPORT_MESSAGES = 1500;

/** Runs the writer, kills it with SIGKILL `delayMs` after it is ready, returns the ids it reported. */
function runAndKill(writer: string, dir: string, keyHex: string, delayMs: number, imported: string[] = []): Promise<number[]> {
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
        else if (line.startsWith('imported ')) imported.push(line.slice(9));
      }
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(ids) : reject(new Error(`writer exited without being killed: ${err}`))));
  });
}

describe('crash safety', () => {
  it.each([
    { name: 'one transaction per message', writer: 'crash-writer.ts', kills: 50, minAcknowledged: 50 },
    { name: 'group commit (WriteBatcher bursts)', writer: 'batch-crash-writer.ts', kills: 25, minAcknowledged: 100 },
  ])('$name: survives $kills SIGKILLs mid-write, integrity ok, every acknowledged message present', { timeout: 240_000 }, async ({ writer, kills, minAcknowledged }) => {
    const script = fileURLToPath(new URL(`./${writer}`, import.meta.url));
    const dir = tempDataDir();
    const key = newKey();
    const acknowledged = new Set<number>();
    for (let round = 0; round < kills; round++) {
      const ids = await runAndKill(script, dir, key.toString('hex'), 5 + Math.floor(Math.random() * 120));
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
    expect(acknowledged.size).toBeGreaterThan(minAcknowledged);
  });

  it('long writes (imports) beside group commits: survive 20 SIGKILLs, each import whole or absent, every acknowledged write present', { timeout: 240_000 }, async () => {
    const script = fileURLToPath(new URL('./long-write-crash-writer.ts', import.meta.url));
    const dir = tempDataDir();
    const key = newKey();
    const acknowledged = new Set<number>();
    const imported: string[] = [];
    for (let round = 0; round < 20; round++) {
      const ids = await runAndKill(script, dir, key.toString('hex'), 20 + Math.floor(Math.random() * 600), imported);
      for (const id of ids) acknowledged.add(id);
      const db = openVaultDb(dir, key);
      migrate(db);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const present = new Set((db.prepare('SELECT id FROM messages').all() as Array<{ id: number }>).map((r) => r.id));
      expect([...acknowledged].filter((id) => !present.has(id)), `round ${round}`).toEqual([]);
      const imports = db.prepare(`SELECT c.id, count(m.id) AS n FROM conversations c LEFT JOIN messages m ON m.conversation_id = c.id WHERE c.title = 'import' GROUP BY c.id`).all() as Array<{ id: string; n: number }>;
      // All or nothing: no import is stored in part, and every import reported committed is there.
      expect(imports.filter((i) => i.n !== IMPORT_MESSAGES), `round ${round}`).toEqual([]);
      expect(imported.filter((id) => !imports.some((i) => i.id === id))).toEqual([]);
      const fts = db.prepare('SELECT count(*) AS n FROM messages_fts').get() as { n: number };
      expect(fts.n).toBe(present.size);
      db.close();
    }
    expect(imported.length).toBeGreaterThan(0);
    expect(acknowledged.size).toBeGreaterThan(50);
  });
});
