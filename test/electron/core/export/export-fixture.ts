// Shared setup for export/import tests: a real core (real keychain or passphrase mode, real
// SQLite), an RPC caller that throws the wire error, sample conversations with every stored
// field set, and a full dump of the vault's tables for before/after comparisons.
import { createCore, type Core } from '../../../../electron/core/index';
import { memoryLogger } from '../../../../electron/core/log/logger';
import type { Db } from '../../../../electron/core/vault/open-vault';
import { realKeychain, type KeychainFixture } from '../secrets/keychain-fixture';
import { tempDataDir } from '../vault/vault-fixture';

export interface TestCore {
  core: Core;
  dataDir: string;
  call(channel: string, input?: unknown): Promise<Record<string, unknown>>;
  db(): Promise<Db>;
}

const cores: Core[] = [];
const fixtures: KeychainFixture[] = [];

export async function closeCores(): Promise<void> {
  for (const c of cores.splice(0)) await c.close();
  for (const fx of fixtures.splice(0)) await fx.cleanup();
}

export async function testCore(opts: { keychain: boolean; dataDir?: string }): Promise<TestCore & { fx?: KeychainFixture }> {
  const dataDir = opts.dataDir ?? tempDataDir();
  const fx = opts.keychain ? await realKeychain() : undefined;
  if (fx) fixtures.push(fx);
  const core = await createCore({
    dataDir,
    host: 'test',
    logger: memoryLogger().logger,
    ...(fx ? { keychainService: fx.service } : { loadKeychain: () => { throw new Error('no Secret Service'); } }),
  });
  cores.push(core);
  const call = async (channel: string, input: unknown = {}) => {
    const r = await core.rpc.call(channel, input);
    if (!r.ok) throw Object.assign(new Error(`${r.error.code}: ${r.error.message}`), r.error);
    return r.output as Record<string, unknown>;
  };
  const db = async () => (await core.storage()).vault.use((o) => o.db);
  return { core, dataDir, call, db, ...(fx ? { fx } : {}) };
}

/** Three conversations exercising every stored field: mappings, masked forms, statuses, usage, keep, retention, CJK. */
export async function seedConversations(t: TestCore, extra = ''): Promise<string[]> {
  const { vault } = await t.core.storage();
  return vault.use((o) => {
    const a = o.conversations.create({ title: `Mail to Anna Berg ${extra}`, provider: 'deepseek', model: 'deepseek-chat', systemPrompt: 'You help Anna Berg <anna@example.org>.' }, undefined, 1_700_000_000_000);
    o.conversations.putMapping(a.id, '[PERSON_1]', 'Anna Berg', 'PERSON');
    o.conversations.putMapping(a.id, '[EMAIL_1]', 'anna@example.org', 'EMAIL');
    o.conversations.appendMessage(a.id, { role: 'user', content: `Write to Anna Berg at anna@example.org ${extra}`, maskedContent: 'Write to [PERSON_1] at [EMAIL_1]', createdAt: 1_700_000_001_000 });
    o.conversations.appendMessage(a.id, { role: 'assistant', content: 'Dear Anna Berg, …', maskedContent: 'Dear [PERSON_1], …', createdAt: 1_700_000_002_000, tokensIn: 31, tokensOut: 12 });
    o.conversations.appendMessage(a.id, { role: 'assistant', content: 'Half a rep', maskedContent: 'Half a rep', status: 'partial', createdAt: 1_700_000_003_000 });
    o.conversations.setKeep(a.id, true);
    const b = o.conversations.create({ title: '京都の紅葉', provider: 'anthropic', model: null }, undefined, 1_700_100_000_000);
    o.conversations.appendMessage(b.id, { role: 'user', content: '京都の紅葉はいつ見頃ですか', maskedContent: '京都の紅葉はいつ見頃ですか', createdAt: 1_700_100_001_000 });
    o.conversations.appendMessage(b.id, { role: 'assistant', content: '', maskedContent: '', status: 'error', createdAt: 1_700_100_002_000 });
    o.conversations.appendMessage(b.id, { role: 'user', content: 'never sent draft', maskedContent: null, createdAt: 1_700_100_003_000 });
    o.conversations.setRetention(b.id, 30);
    const c = o.conversations.create({ title: 'Empty one' }, undefined, 1_700_200_000_000);
    o.conversations.setRetention(c.id, 0);
    return [a.id, b.id, c.id];
  });
}

/** Every row a conversation export covers, in a stable order (message ids excluded: they are re-assigned). */
export function dumpVault(db: Db): unknown {
  return {
    conversations: db.prepare('SELECT * FROM conversations ORDER BY id').all(),
    messages: db
      .prepare('SELECT conversation_id, role, content, masked_content, status, created_at, tokens_in, tokens_out FROM messages ORDER BY conversation_id, id')
      .all(),
    mappings: db.prepare('SELECT * FROM placeholder_mappings ORDER BY conversation_id, placeholder').all(),
  };
}
