// Child process for the disk-full test. It runs inside a private mount namespace whose data dir
// is a tiny tmpfs (see disk-full.test.ts), so writes really fail with ENOSPC. It drives a real
// core in passphrase mode and prints what happened as one JSON line.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../../../electron/core/index';
import { memoryLogger } from '../../../../electron/core/log/logger';

const [dataDir, importFile] = process.argv.slice(2) as [string, string];
const PASS = 'disk full passphrase';

async function open() {
  const core = await createCore({ dataDir, host: 'test', logger: memoryLogger().logger, loadKeychain: () => { throw new Error('no Secret Service'); } });
  const call = async (channel: string, input: unknown = {}) => core.rpc.call(channel, input);
  return { core, call };
}

const { core, call } = await open();
await call('vault.setupPassphrase', { passphrase: PASS });
const vault = (await core.storage()).vault;
const conv = await vault.use((o) => o.conversations.create({ title: 'Committed before the disk filled' }));
await vault.use((o) => {
  for (let i = 0; i < 20; i++) o.conversations.appendMessage(conv.id, { role: 'user', content: `committed message ${i}` });
});
const count = () => vault.use((o) => (o.db.prepare('SELECT count(*) AS n FROM messages').get() as { n: number }).n);
const before = await count();

// Fill the disk, leaving a little room: the vault's next big write cannot fit.
const filler = join(dataDir, 'filler.bin');
let free = 0;
for (let size = 8 * 1024 * 1024; size >= 4096; size >>= 1) {
  try {
    writeFileSync(`${filler}.${size}`, Buffer.alloc(size));
  } catch {
    free = size; // this size no longer fitted
  }
}

const importResult = await call('import.run', { path: importFile });
let appendError: { code: string; message: string } | null = null;
try {
  await vault.use((o) => o.conversations.appendMessage(conv.id, { role: 'assistant', content: 'x'.repeat(2 * 1024 * 1024) }));
} catch (err) {
  appendError = { code: (err as { code: string }).code, message: (err as Error).message };
}
const afterFail = await count();
const integrity = await vault.use((o) => o.db.pragma('integrity_check', { simple: true }));
const conversationsAfterFail = (await call('conversations.list')) as { ok: boolean; output?: { conversations: unknown[] } };

// Free the space: writing works again, and a fresh process sees every committed message.
for (let size = 8 * 1024 * 1024; size >= 4096; size >>= 1) rmSync(`${filler}.${size}`, { force: true });
const retry = await call('import.run', { path: importFile });
await core.close();
const again = await open();
await again.call('vault.unlock', { passphrase: PASS });
const v2 = (await again.core.storage()).vault;
const reopened = await v2.use((o) => ({
  committed: (o.db.prepare('SELECT count(*) AS n FROM messages WHERE conversation_id = ?').get(conv.id) as { n: number }).n,
  total: (o.db.prepare('SELECT count(*) AS n FROM messages').get() as { n: number }).n,
  integrity: o.db.pragma('integrity_check', { simple: true }),
}));
await again.core.close();
console.log(
  `__RESULT__${JSON.stringify({ before, free, importResult, appendError, afterFail, integrity, conversationsAfterFail: conversationsAfterFail.output?.conversations.length, retry, reopened })}`,
);
