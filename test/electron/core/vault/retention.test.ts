import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../../electron/core/log/logger';
import { VaultDomain } from '../../../../electron/core/vault/vault-domain';
import { realKeychain, type KeychainFixture } from '../secrets/keychain-fixture';
import { cleanupDirs, tempDataDir } from './vault-fixture';

const DAY = 86_400_000;
let fx: KeychainFixture | undefined;
let domain: VaultDomain | undefined;
afterEach(async () => {
  domain?.close();
  await fx?.cleanup();
  cleanupDirs();
});

describe('retention purge', () => {
  it('deletes expired conversations with mappings and ledger rows, honours keep/override, audits counts, truncates the WAL', async () => {
    fx = await realKeychain();
    const now = 1_800_000_000_000;
    const dataDir = tempDataDir();
    domain = await VaultDomain.open({ dataDir, keychainService: fx.service, now: () => now, log: memoryLogger().logger });
    const { vault } = domain;
    await vault.setRetention({ conversationDays: 30, ledgerDays: 7 });
    const ids = await vault.use(({ conversations: repo, db }) => {
      const mk = (title: string, ageDays: number) => {
        const c = repo.create({ title }, undefined, now - ageDays * DAY);
        repo.appendMessage(c.id, { role: 'user', content: `${title} body`, createdAt: now - ageDays * DAY });
        repo.putMapping(c.id, '[EMAIL_1]', 'x@y.example', 'EMAIL');
        db.prepare(`INSERT INTO ledger_entries (id, conversation_id, created_at, provider, outcome) VALUES (?, ?, ?, 'deepseek', 'ok')`).run(`l-${title}`, c.id, now - 1 * DAY);
        return c.id;
      };
      const old = mk('old', 40);
      const kept = mk('kept', 400);
      repo.setKeep(kept, true);
      const forever = mk('forever', 400);
      repo.setRetention(forever, 0);
      const longer = mk('longer', 40);
      repo.setRetention(longer, 60);
      const shorter = mk('shorter', 10);
      repo.setRetention(shorter, 5);
      const fresh = mk('fresh', 1);
      // setKeep/setRetention bumped updated_at to now: put the ages back.
      for (const [id, age] of [[kept, 400], [forever, 400], [longer, 40], [shorter, 10]] as const) {
        db.prepare('UPDATE conversations SET updated_at = ? WHERE id = ?').run(now - age * DAY, id);
      }
      db.prepare(`INSERT INTO ledger_entries (id, created_at, provider, outcome) VALUES ('l-ancient', ?, 'openai', 'error')`).run(now - 8 * DAY);
      db.prepare(`INSERT INTO audit_events (at, kind) VALUES (?, 'old.event')`).run(now - 8 * DAY);
      return { old, kept, forever, longer, shorter, fresh };
    });

    const counts = await vault.purge();
    expect(counts).toEqual({ conversations: 2, messages: 2, mappings: 2, ledgerEntries: 3, auditEvents: 1 });
    const left = await vault.use((o) => o.conversations.list().map((c) => c.id).sort());
    expect(left).toEqual([ids.kept, ids.forever, ids.longer, ids.fresh].sort());
    const events = await vault.use((o) => o.audit.list());
    expect(events[0]).toMatchObject({ kind: 'retention.purge', detail: counts });
    expect(JSON.stringify(events)).not.toContain('body');
    expect(statSync(join(dataDir, 'vault.db-wal')).size).toBe(0);
    expect(await vault.use((o) => o.search.search('old'))).toEqual([]);
    // Nothing left to expire: a second purge deletes nothing and adds no audit noise.
    expect(await vault.purge()).toEqual({ conversations: 0, messages: 0, mappings: 0, ledgerEntries: 0, auditEvents: 0 });
    expect((await vault.use((o) => o.audit.list())).length).toBe(events.length);
  });
});
