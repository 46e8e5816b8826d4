// Canary scan: after conversations holding canary strings, an encrypted archive export, a key
// rotation and a wipe, no file under the data dir contains a canary (UTF-8, UTF-16LE, base64),
// and copies of the database taken before the wipe cannot be opened with any key Veil still holds.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openVaultDb } from '../../../../electron/core/vault/open-vault';
import { closeCores, testCore } from '../export/export-fixture';
import { cleanupDirs, tempDataDir } from './vault-fixture';

afterEach(async () => {
  await closeCores();
  cleanupDirs();
});

const CANARIES = ['CANARY-title-7f3a9c1e', 'CANARY-body-b81c44d0 with more words', 'canary.e5d2f0@example.org', 'CANARY-system-94aa0b3f', '金丝雀测试九七三一'];

/** Byte patterns of a string as it could sit in a file: UTF-8, UTF-16LE and base64 at each of the 3 alignments. */
function needles(s: string): Buffer[] {
  const utf8 = Buffer.from(s, 'utf8');
  const out = [utf8, Buffer.from(s, 'utf16le')];
  for (let shift = 0; shift < 3; shift++) {
    const enc = Buffer.concat([Buffer.alloc(shift), utf8]).toString('base64');
    out.push(Buffer.from(enc.slice(4, enc.length - 4)));
  }
  return out;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

function findCanaries(dir: string): string[] {
  const found: string[] = [];
  for (const file of filesUnder(dir)) {
    const bytes = readFileSync(file);
    for (const c of CANARIES) if (needles(c).some((n) => bytes.includes(n))) found.push(`${file}: ${c}`);
  }
  return found;
}

describe('canary scan after export, rotation and wipe (real keychain)', () => {
  it('leaves no canary bytes and no usable key for the old database', async () => {
    const t = await testCore({ keychain: true });
    const domain = await t.core.storage();
    await domain.vault.use((o) => {
      const c = o.conversations.create({ title: CANARIES[0]!, systemPrompt: CANARIES[3]! });
      o.conversations.putMapping(c.id, '[EMAIL_1]', CANARIES[2]!, 'EMAIL');
      o.conversations.appendMessage(c.id, { role: 'user', content: `${CANARIES[1]} ${CANARIES[2]}`, maskedContent: `${CANARIES[1]} [EMAIL_1]` });
      o.conversations.appendMessage(c.id, { role: 'assistant', content: CANARIES[4]! });
    });
    // The canaries really are in the vault's files' plaintext: the scan would see them otherwise.
    expect(((await t.call('search.query', { query: '金丝雀' })).hits as unknown[]).length).toBe(1);
    mkdirSync(join(t.dataDir, 'exports'));
    await t.call('export.run', { format: 'archive', path: join(t.dataDir, 'exports', 'backup.veil'), passphrase: 'archive passphrase' });

    // The scanner finds canaries in each encoding: a plain export and encoded copies are flagged.
    const probe = tempDataDir();
    await t.call('export.run', { format: 'json', path: join(probe, 'plain.json') });
    writeFileSync(join(probe, 'u16.bin'), Buffer.from(`x${CANARIES[3]}`, 'utf16le'));
    writeFileSync(join(probe, 'b64.txt'), Buffer.from(`ab${CANARIES[4]}`).toString('base64'));
    expect(findCanaries(probe).length).toBeGreaterThanOrEqual(CANARIES.length + 2);
    expect(findCanaries(probe).filter((f) => !f.includes('plain.json')).map((f) => f.slice(probe.length))).toEqual([`/b64.txt: ${CANARIES[4]}`, `/u16.bin: ${CANARIES[3]}`]);

    // Copies of the database under the original key and (after rotation) the rotated key.
    const aside = tempDataDir();
    const copyVault = (name: string) => {
      domain.vault.close(); // checkpoints the WAL into vault.db
      mkdirSync(join(aside, name));
      copyFileSync(join(t.dataDir, 'vault.db'), join(aside, name, 'vault.db'));
      return join(aside, name);
    };
    const key0 = Buffer.from(domain.secrets.vaultKey());
    const copy0 = copyVault('before-rotation');
    expect(await t.call('vault.rotateKey')).toEqual({ rotated: true });
    const key1 = Buffer.from(domain.secrets.vaultKey());
    expect(key1.equals(key0)).toBe(false);
    const copy1 = copyVault('before-wipe');

    await t.call('vault.wipe', { confirm: 'WIPE', includeApiKeys: true });
    expect(findCanaries(t.dataDir)).toEqual([]);
    expect(filesUnder(t.dataDir).map((f) => f.slice(t.dataDir.length))).toContain('/exports/backup.veil');

    // Every key Veil still holds: its current vault key and everything under its keychain service.
    const held = [Buffer.from(domain.secrets.vaultKey())];
    for (const { password } of await t.fx!.keytar.findCredentials(t.fx!.service)) if (/^[0-9a-f]{64}$/.test(password)) held.push(Buffer.from(password, 'hex'));
    expect(held.length).toBeGreaterThan(0);
    for (const k of held) expect(k.equals(key0) || k.equals(key1)).toBe(false);
    for (const [dir, recorded] of [[copy0, key0], [copy1, key1]] as const) {
      for (const k of held) expect(() => openVaultDb(dir, k, { readonly: true }), dir).toThrow(expect.objectContaining({ code: 'VAULT_KEY_MISMATCH' }));
      // Only the key the test recorded opens the copy, and the canaries are in it.
      const db = openVaultDb(dir, recorded, { readonly: true });
      expect(db.prepare('SELECT title FROM conversations').all()).toEqual([{ title: CANARIES[0] }]);
      db.close();
    }
    // No old key material is left in the data dir either.
    for (const k of [key0, key1]) for (const f of filesUnder(t.dataDir)) expect(readFileSync(f).includes(Buffer.from(k.toString('hex'))), f).toBe(false);

    // The encrypted export still restores everything with its passphrase.
    expect(await t.call('import.run', { path: join(t.dataDir, 'exports', 'backup.veil'), passphrase: 'archive passphrase' })).toMatchObject({ conversations: 1, messages: 2, mappings: 1 });
    expect(((await t.call('search.query', { query: '金丝雀' })).hits as unknown[]).length).toBe(1);
  });
});
