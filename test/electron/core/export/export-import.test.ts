import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VeilExportSchema } from '../../../../shared/contract/export-format';
import { cleanupDirs, tempDataDir } from '../vault/vault-fixture';
import { closeCores, dumpVault, seedConversations, testCore } from './export-fixture';

afterEach(async () => {
  await closeCores();
  cleanupDirs();
});

const PASS = 'correct horse battery staple';

describe('export and import over RPC (real keychain, real SQLite)', () => {
  it('JSON and encrypted archive round trips are lossless: export, wipe, import, compare every row', async () => {
    const t = await testCore({ keychain: true });
    await seedConversations(t);
    const before = dumpVault(await t.db());
    const out = tempDataDir();
    const json = await t.call('export.run', { format: 'json', path: join(out, 'all.json') });
    expect(json).toMatchObject({ format: 'json', conversations: 3, messages: 6, files: 1 });
    const archive = await t.call('export.run', { format: 'archive', path: join(out, 'all.veil'), passphrase: PASS });
    expect(archive).toMatchObject({ format: 'archive', conversations: 3, messages: 6 });
    // The file is valid against the documented schema and private.
    const parsed = VeilExportSchema.parse(JSON.parse(readFileSync(join(out, 'all.json'), 'utf8')));
    expect(parsed.conversations[0]!.mappings).toHaveLength(2);
    expect(statSync(join(out, 'all.json')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(out, 'all.veil')).includes(Buffer.from('Anna Berg'))).toBe(false);

    for (const [file, extra] of [['all.json', {}], ['all.veil', { passphrase: PASS }]] as const) {
      await t.call('vault.wipe', { confirm: 'WIPE', includeApiKeys: false });
      expect(dumpVault(await t.db())).toEqual({ conversations: [], messages: [], mappings: [] });
      const r = await t.call('import.run', { path: join(out, file), ...extra });
      expect(r).toEqual({ source: file.endsWith('json') ? 'veil-json' : 'veil-archive', conversations: 3, messages: 6, mappings: 2, renamed: 0 });
      expect(dumpVault(await t.db())).toEqual(before);
      // Imported text is searchable (the FTS triggers ran).
      expect(((await t.call('search.query', { query: '紅葉' })).hits as unknown[]).length).toBe(1);
    }
    const kinds = ((await t.call('audit.list')).events as Array<{ kind: string; detail: Record<string, unknown> }>);
    expect(kinds[0]).toMatchObject({ kind: 'import', detail: { source: 'veil-archive', conversations: 3, messages: 6 } });
  });

  it('importing into a vault that has the same conversations keeps both (new ids), in one step', async () => {
    const t = await testCore({ keychain: true });
    const ids = await seedConversations(t);
    const out = tempDataDir();
    await t.call('export.run', { format: 'json', path: join(out, 'two.json'), conversationIds: [ids[0], ids[1]] });
    expect(await t.call('import.run', { path: join(out, 'two.json') })).toMatchObject({ conversations: 2, messages: 6, renamed: 2 });
    expect(((await t.call('conversations.list')).conversations as unknown[]).length).toBe(5);
  });

  it('bad files get a clear error and leave the vault unchanged', async () => {
    const t = await testCore({ keychain: true });
    await seedConversations(t);
    const out = tempDataDir();
    await t.call('export.run', { format: 'json', path: join(out, 'good.json') });
    await t.call('export.run', { format: 'archive', path: join(out, 'good.veil'), passphrase: PASS });
    const good = JSON.parse(readFileSync(join(out, 'good.json'), 'utf8')) as { conversations: Array<{ messages: Array<Record<string, unknown>> }> };
    const before = dumpVault(await t.db());
    const write = (name: string, data: string | Buffer) => {
      writeFileSync(join(out, name), data);
      return join(out, name);
    };
    // The last conversation is broken: nothing of the earlier, valid ones may be imported.
    const lateBreak = structuredClone(good);
    lateBreak.conversations.at(-1)!.messages.push({ role: 'robot', content: 'x' });
    const dupPlaceholder = structuredClone(good) as unknown as { conversations: Array<{ mappings: unknown[] }> };
    dupPlaceholder.conversations[0]!.mappings.push(dupPlaceholder.conversations[0]!.mappings[0]);
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [write('not.json', 'this is { not json'), {}, 'IMPORT_INVALID'],
      [write('other.json', JSON.stringify({ hello: 'world' })), {}, 'IMPORT_INVALID'],
      [write('late-break.json', JSON.stringify(lateBreak)), {}, 'IMPORT_INVALID'],
      [write('dup.json', JSON.stringify(dupPlaceholder)), {}, 'IMPORT_INVALID'],
      [write('future.json', JSON.stringify({ ...good, version: 2 })), {}, 'IMPORT_UNSUPPORTED_VERSION'],
      [join(out, 'good.veil'), { passphrase: 'the wrong passphrase' }, 'IMPORT_WRONG_PASSPHRASE'],
      [join(out, 'good.veil'), {}, 'IMPORT_PASSPHRASE_REQUIRED'],
      [write('cut.veil', readFileSync(join(out, 'good.veil')).subarray(0, 120)), { passphrase: PASS }, 'IMPORT_TRUNCATED'],
      [join(out, 'good.json'), { source: 'chatgpt' }, 'IMPORT_INVALID'],
      ['relative/path.json', {}, 'IMPORT_PATH_INVALID'],
      [join(out, 'missing.json'), {}, 'IMPORT_PATH_INVALID'],
    ];
    const tampered = readFileSync(join(out, 'good.veil'));
    tampered[100] = tampered[100]! ^ 1;
    cases.push([write('tampered.veil', tampered), { passphrase: PASS }, 'IMPORT_TRUNCATED']);
    for (const [path, extra, code] of cases) {
      await expect(t.call('import.run', { path, ...extra }), path).rejects.toMatchObject({ code });
    }
    expect(dumpVault(await t.db())).toEqual(before);
  });

  it('checks the output path: absolute, parent exists, never overwrites unless asked', async () => {
    const t = await testCore({ keychain: true });
    await seedConversations(t);
    const out = tempDataDir();
    const target = join(out, 'x.json');
    await expect(t.call('export.run', { format: 'json', path: 'x.json' })).rejects.toMatchObject({ code: 'EXPORT_PATH_INVALID' });
    await expect(t.call('export.run', { format: 'json', path: join(out, 'nope', 'x.json') })).rejects.toMatchObject({ code: 'EXPORT_PATH_INVALID' });
    await expect(t.call('export.run', { format: 'archive', path: target })).rejects.toMatchObject({ code: 'RPC_INVALID_INPUT' });
    writeFileSync(target, 'keep me');
    await expect(t.call('export.run', { format: 'json', path: target })).rejects.toMatchObject({ code: 'EXPORT_EXISTS' });
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    await t.call('export.run', { format: 'json', path: target, overwrite: true });
    expect(readFileSync(target, 'utf8')).toContain('"format":"veil-export"');
    await expect(t.call('export.run', { format: 'json', path: join(out, 'e.json'), conversationIds: ['e_abcdefghijkl'] })).rejects.toMatchObject({ code: 'EXPORT_EPHEMERAL' });
    await expect(t.call('export.run', { format: 'json', path: join(out, 'n.json'), conversationIds: ['c_doesnotexist'] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // No temp files are left behind by the failures.
    expect(readdirSync(out).sort()).toEqual(['x.json']);
  });

  it('Markdown: one file per conversation or one file; "as the provider saw it" holds no original values', async () => {
    const t = await testCore({ keychain: true });
    const [a] = await seedConversations(t);
    const out = tempDataDir();
    const dir = join(out, 'md');
    expect(await t.call('export.run', { format: 'markdown', path: dir })).toMatchObject({ conversations: 3, messages: 6, files: 3 });
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(3);
    expect(files[0]).toMatch(/^2023-11-14-mail-to-anna-berg-[\w-]{8,64}\.md$/);
    const first = readFileSync(join(dir, files[0]!), 'utf8');
    expect(first).toContain('# Mail to Anna Berg');
    expect(first).toContain('### You · 2023-11-14 22:13 UTC\n\nWrite to Anna Berg at anna@example.org');
    expect(first).toContain('*Tokens: 31 in, 12 out*');
    expect(first).toContain('(incomplete)');
    await expect(t.call('export.run', { format: 'markdown', path: dir })).rejects.toMatchObject({ code: 'EXPORT_EXISTS' });

    const one = join(out, 'one.md');
    expect(await t.call('export.run', { format: 'markdown', markdownLayout: 'single-file', path: one, maskedOnly: true, conversationIds: [a] })).toMatchObject({ conversations: 1, messages: 3 });
    const masked = readFileSync(one, 'utf8');
    expect(masked).toContain('# Mail to [PERSON_1]');
    expect(masked).toContain('You help [PERSON_1] <[EMAIL_1]>.');
    expect(masked).toContain('Write to [PERSON_1] at [EMAIL_1]');
    expect(masked).not.toMatch(/Anna|anna@/);

    const mj = join(out, 'masked.json');
    expect(await t.call('export.run', { format: 'json', path: mj, maskedOnly: true })).toMatchObject({ conversations: 3, messages: 5 });
    const doc = VeilExportSchema.parse(JSON.parse(readFileSync(mj, 'utf8')));
    expect(doc.maskedOnly).toBe(true);
    expect(doc.conversations.every((c) => c.mappings.length === 0)).toBe(true);
    expect(JSON.stringify(doc)).not.toMatch(/Anna|anna@|never sent draft/);
    const events = (await t.call('audit.list')).events as Array<{ kind: string; detail: Record<string, unknown> }>;
    expect(events.filter((e) => e.kind === 'export').map((e) => e.detail)).toEqual([
      { format: 'json', conversations: 3, messages: 5, files: 1, maskedOnly: true },
      { format: 'markdown', conversations: 1, messages: 3, files: 1, maskedOnly: true },
      { format: 'markdown', conversations: 3, messages: 6, files: 3, maskedOnly: false },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/Anna|anna@|\/tmp/);
  });

  it('exports the audit log as JSON (counts only) and audits that too', async () => {
    const t = await testCore({ keychain: true });
    await seedConversations(t);
    await t.call('export.run', { format: 'json', path: join(tempDataDir(), 'a.json') });
    const r = await t.call('audit.export');
    expect(r).toMatchObject({ mimeType: 'application/json', fileName: expect.stringMatching(/^veil-audit-\d{4}-\d\d-\d\d\.json$/), events: 1 });
    const doc = JSON.parse(r.content as string) as { format: string; version: number; events: Array<{ kind: string }> };
    expect(doc).toMatchObject({ format: 'veil-audit-log', version: 1, events: [{ kind: 'export' }] });
    expect(r.content).not.toContain('Anna');
    expect(((await t.call('audit.list')).events as Array<{ kind: string }>)[0]!.kind).toBe('audit.exported');
  });

  it('works in passphrase mode too, and a locked vault refuses to export', async () => {
    const t = await testCore({ keychain: false });
    await t.call('vault.setupPassphrase', { passphrase: 'vault passphrase' });
    await seedConversations(t);
    const out = tempDataDir();
    await t.call('vault.lock');
    await expect(t.call('export.run', { format: 'json', path: join(out, 'l.json') })).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
    expect(existsSync(join(out, 'l.json'))).toBe(false);
    await t.call('vault.unlock', { passphrase: 'vault passphrase' });
    expect(await t.call('export.run', { format: 'json', path: join(out, 'l.json') })).toMatchObject({ conversations: 3 });
  });

  it('pages through many conversations (equal timestamps) and long conversations without losing or repeating anything', async () => {
    const t = await testCore({ keychain: true });
    const { vault } = await t.core.storage();
    const long = await vault.use((o) => {
      for (let i = 0; i < 450; i++) o.conversations.create({ title: `same time ${i}` }, undefined, 1_700_000_000_000);
      const c = o.conversations.create({ title: 'long' }, undefined, 1_800_000_000_000);
      o.db.transaction(() => {
        for (let i = 0; i < 1201; i++) o.conversations.appendMessage(c.id, { role: 'user', content: `message ${i}`, maskedContent: i % 3 === 0 ? null : `masked ${i}`, createdAt: 1_800_000_000_000 + i });
      })();
      return c.id;
    });
    const out = tempDataDir();
    expect(await t.call('export.run', { format: 'json', path: join(out, 'all.json') })).toMatchObject({ conversations: 451, messages: 1201 });
    const doc = VeilExportSchema.parse(JSON.parse(readFileSync(join(out, 'all.json'), 'utf8')));
    expect(new Set(doc.conversations.map((c) => c.id)).size).toBe(451);
    const exported = doc.conversations.find((c) => c.id === long)!;
    expect(exported.messages.map((m) => m.content)).toEqual(Array.from({ length: 1201 }, (_, i) => `message ${i}`));
    // Masked-only skips never-sent messages, including at page boundaries, and stays valid JSON.
    expect(await t.call('export.run', { format: 'json', path: join(out, 'masked.json'), maskedOnly: true, conversationIds: [long] })).toMatchObject({ messages: 800 });
    const masked = VeilExportSchema.parse(JSON.parse(readFileSync(join(out, 'masked.json'), 'utf8')));
    expect(masked.conversations[0]!.messages.map((m) => m.content)).toEqual(Array.from({ length: 1201 }, (_, i) => i).filter((i) => i % 3 !== 0).map((i) => `masked ${i}`));
  });
});
