// Vault benchmarks: insert cost of encryption vs plain SQLite, open time, search latency and
// wipe time on a 100k-message vault. Export benches are not here yet (export is not built).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { migrate } from '../../electron/core/vault/migrations';
import { openVaultDb, type Db } from '../../electron/core/vault/open-vault';
import { SearchRepo } from '../../electron/core/vault/search-repo';
import { percentile, round, type BenchResult } from './harness';

const N = 100_000;
// A Zipf-like vocabulary (a few very common words, a long tail), as in real conversations.
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'to', 'sa', 'vel', 'pri', 'no', 'da', 'qu', 'est', 'ion', 'ar', 'bel', 'cor'];
const COMMON = 'the a to of and is in it you that for privacy model request answer'.split(' ');
const NAMED = 'budget meeting travel Tokyo Berlin vault export policy stream mask 東京 寿司 北京烤鸭 会议 预算'.split(' ');
const VOCAB: string[] = [...COMMON, ...NAMED];
for (let i = 0; VOCAB.length < 20_000; i++) VOCAB.push(`${SYLLABLES[i % 16]}${SYLLABLES[(i >> 4) % 16]}${SYLLABLES[(i >> 8) % 16]}${i >> 12 || ''}`);

function realisticText(i: number): string {
  const len = 20 + ((i * 7919) % 120);
  const out: string[] = [];
  let x = (i * 2654435761) >>> 0;
  for (let j = 0; j < len; j++) {
    x = (x * 1103515245 + 12345) >>> 0;
    // Zipf-ish: rank ~ VOCAB.length ^ u, so low ranks (common words) dominate.
    const u = x / 2 ** 32;
    out.push(VOCAB[Math.min(VOCAB.length - 1, Math.floor(VOCAB.length ** u) - 1)]!);
  }
  return out.join(' ');
}

function fill(db: Db): number {
  const t0 = performance.now();
  const conv = db.prepare(`INSERT INTO conversations (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)`);
  const msg = db.prepare(`INSERT INTO messages (conversation_id, role, content, masked_content, status, created_at) VALUES (?, ?, ?, ?, 'complete', ?)`);
  const batch = db.transaction((from: number) => {
    for (let i = from; i < from + 1000; i++) {
      const cid = `c_bench${String(Math.floor(i / 50)).padStart(8, '0')}`;
      if (i % 50 === 0) conv.run(cid, `Conversation ${i / 50}`, i, i);
      const text = realisticText(i);
      msg.run(cid, i % 2 ? 'assistant' : 'user', text, text, i);
    }
  });
  for (let i = 0; i < N; i += 1000) batch(i);
  return performance.now() - t0;
}

export default async function vaultBench(): Promise<BenchResult[]> {
  const root = mkdtempSync(join(tmpdir(), 'veil-bench-'));
  try {
    const key = randomBytes(32);
    const encDir = join(root, 'enc');
    let db = openVaultDb(encDir, key);
    migrate(db);
    const encMs = fill(db);
    db.close();

    // The same schema, pragmas and inserts without encryption (plain SQLite in the same build).
    const plain = new Database(join(root, 'plain.db'));
    for (const p of ['journal_mode = WAL', 'synchronous = FULL', 'secure_delete = ON', 'temp_store = MEMORY', 'foreign_keys = ON']) plain.pragma(p);
    migrate(plain);
    const plainMs = fill(plain);
    plain.close();

    const t0 = performance.now();
    db = openVaultDb(encDir, key);
    migrate(db);
    db.prepare('SELECT id, title FROM conversations ORDER BY updated_at DESC LIMIT 50').all();
    const openMs = performance.now() - t0;

    const search = new SearchRepo(db);
    const queries = ['privacy', 'budget meeting', '寿司', '北京烤鸭', 'Tok', 'vault key export', '会议', 'stream mask', 'Berlin travel', '预算'];
    for (const q of queries) search.search(q, 50);
    const samples: number[] = [];
    for (let r = 0; r < 5; r++) {
      for (const q of queries) {
        const s = performance.now();
        search.search(q, 50);
        samples.push(performance.now() - s);
      }
    }
    db.close();

    const w0 = performance.now();
    rmSync(encDir, { recursive: true, force: true });
    const wipeMs = performance.now() - w0;

    return [
      { name: 'vault.insert_100k_ratio_vs_plain', value: round(encMs / plainMs), unit: 'ratio', note: `encrypted ${Math.round(encMs)} ms vs plain ${Math.round(plainMs)} ms, 1000 messages per transaction, FTS triggers on; goal <= 1.3` },
      { name: 'vault.open_100k_ms', value: round(openMs, 1), unit: 'ms', note: 'open + key check + migrate check + first conversations query; goal <= 150' },
      { name: 'vault.search_100k_p50_ms', value: round(percentile(samples, 50), 2), unit: 'ms', note: `${queries.length} fixed queries x5, limit 50, with snippets; goal p50 <= 20` },
      { name: 'vault.search_100k_p95_ms', value: round(percentile(samples, 95), 2), unit: 'ms', note: 'same sample' },
      { name: 'vault.wipe_ms', value: round(wipeMs, 1), unit: 'ms', note: 'deleting the closed 100k-message vault files (key destruction excluded)' },
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
