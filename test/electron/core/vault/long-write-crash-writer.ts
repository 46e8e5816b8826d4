// Child process for the long-write crash test: imports run back to back as long writes on a
// second connection (as VaultService.longWrite does: group commit held, one transaction across
// event-loop turns), while chat-like appends go through the group commit. It reports each append
// ("ok <id>") and each import ("imported <conversation id>") only once committed; the parent
// SIGKILLs it at random moments and checks that every import is there whole or not at all.
import { ConversationRepo } from '../../../../electron/core/vault/conversation-repo';
import { runLongWrite } from '../../../../electron/core/vault/long-write';
import { migrate, registerVaultFunctions } from '../../../../electron/core/vault/migrations';
import { openVaultDb } from '../../../../electron/core/vault/open-vault';
import { writeBatcherFor } from '../../../../electron/core/vault/write-batcher';

/** The parent (crash-safety.test.ts) checks every stored import has exactly this many. */
const IMPORT_MESSAGES = 1500;

const [dir, keyHex] = process.argv.slice(2);
if (!dir || !keyHex) throw new Error('usage: long-write-crash-writer.ts <dir> <keyhex>');
const key = Buffer.from(keyHex, 'hex');
const db = openVaultDb(dir, key);
migrate(db);
const repo = new ConversationRepo(db);
const batcher = writeBatcherFor(db);
const chat = repo.list(1000).find((c) => c.title === 'chat') ?? repo.create({ title: 'chat' });
process.stdout.write('ready\n');

async function chatLoop(): Promise<never> {
  for (let i = 0; ; i++) {
    const id = await batcher.run(() => repo.appendMessage(chat.id, { role: i % 2 ? 'assistant' : 'user', content: `chat ${i} `.repeat(1 + (i % 20)) }).id);
    process.stdout.write(`ok ${id}\n`);
  }
}

async function importLoop(): Promise<never> {
  for (;;) {
    const conn = openVaultDb(dir!, key);
    registerVaultFunctions(conn);
    const id = await batcher.hold(() =>
      runLongWrite(conn, async (c, pause) => {
        const r = new ConversationRepo(c);
        const conv = r.create({ title: 'import' });
        for (let i = 0; i < IMPORT_MESSAGES; i++) {
          r.appendMessage(conv.id, { role: i % 2 ? 'assistant' : 'user', content: `imported ${i} lorem ipsum dolor sit amet `.repeat(1 + (i % 10)) });
          await pause();
        }
        return conv.id;
      }, { sliceMs: 5 }),
    );
    conn.close();
    process.stdout.write(`imported ${id}\n`);
  }
}

await Promise.all([chatLoop(), importLoop()]);
