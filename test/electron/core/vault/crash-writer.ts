// Child process for the crash-safety test: appends messages forever and reports each id on
// stdout only after the append returned (committed). The parent SIGKILLs it at random moments.
import { ConversationRepo } from '../../../../electron/core/vault/conversation-repo';
import { migrate } from '../../../../electron/core/vault/migrations';
import { openVaultDb } from '../../../../electron/core/vault/open-vault';

const [dir, keyHex] = process.argv.slice(2);
if (!dir || !keyHex) throw new Error('usage: crash-writer.ts <dir> <keyhex>');
const db = openVaultDb(dir, Buffer.from(keyHex, 'hex'));
migrate(db);
const repo = new ConversationRepo(db);
const conv = repo.list(1)[0] ?? repo.create({ title: 'crash test' });
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const m = repo.appendMessage(conv.id, { role: i % 2 ? 'assistant' : 'user', content: `message ${i} `.repeat(1 + (i % 50)) });
  process.stdout.write(`ok ${m.id}\n`);
}
