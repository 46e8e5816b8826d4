// A real encrypted vault for the WriteBatcher tests: one conversation to append to, and second
// connections that see only what was committed. Call closeBatcherVaults() in afterEach.
import { ConversationRepo } from '../../../../electron/core/vault/conversation-repo';
import { migrate } from '../../../../electron/core/vault/migrations';
import { openVaultDb, type Db } from '../../../../electron/core/vault/open-vault';
import { cleanupDirs, newKey, tempDataDir } from './vault-fixture';

const open: Db[] = [];

export function closeBatcherVaults(): void {
  for (const db of open.splice(0)) db.close();
  cleanupDirs();
}

export function batcherVault(title: string) {
  const dir = tempDataDir();
  const key = newKey();
  const db = openVaultDb(dir, key);
  migrate(db);
  open.push(db);
  const repo = new ConversationRepo(db);
  const conv = repo.create({ title });
  /** A second connection: sees only what was committed. */
  const other = () => {
    const o = openVaultDb(dir, key);
    open.push(o);
    return o;
  };
  const committedTexts = (o: Db) => (o.prepare('SELECT content FROM messages ORDER BY id').all() as Array<{ content: string }>).map((r) => r.content);
  return { db, repo, conv, other, committedTexts };
}
