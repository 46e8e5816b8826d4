// Child process for the group-commit crash test: queues bursts of concurrent appends through the
// vault's WriteBatcher and reports each id on stdout only once its promise resolved (committed).
// The parent SIGKILLs it at random moments.
import { ConversationRepo } from '../../../../electron/core/vault/conversation-repo';
import { migrate } from '../../../../electron/core/vault/migrations';
import { openVaultDb } from '../../../../electron/core/vault/open-vault';
import { writeBatcherFor } from '../../../../electron/core/vault/write-batcher';

const [dir, keyHex] = process.argv.slice(2);
if (!dir || !keyHex) throw new Error('usage: batch-crash-writer.ts <dir> <keyhex>');
const db = openVaultDb(dir, Buffer.from(keyHex, 'hex'));
migrate(db);
const repo = new ConversationRepo(db);
const batcher = writeBatcherFor(db);
const conv = repo.list(1)[0] ?? repo.create({ title: 'batch crash test' });
process.stdout.write('ready\n');
for (let round = 0; ; round++) {
  const burst = Array.from({ length: 1 + (round % 20) }, (_, i) =>
    batcher
      .run(() => repo.appendMessage(conv.id, { role: i % 2 ? 'assistant' : 'user', content: `burst ${round} message ${i} `.repeat(1 + (i % 30)) }).id)
      .then((id) => process.stdout.write(`ok ${id}\n`)),
  );
  await Promise.all(burst);
}
