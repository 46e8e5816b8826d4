import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HEADER_BYTES, TAG_BYTES } from '../../../../electron/core/export/archive-format';
import { ArchiveSink } from '../../../../electron/core/export/archive-sink';
import { runExport } from '../../../../electron/core/export/export-service';
import { FileSink } from '../../../../electron/core/export/file-sink';
import { VeilError } from '../../../../electron/core/errors/veil-error';
import { ImportReader } from '../../../../electron/core/import/import-reader';
import { importInto } from '../../../../electron/core/import/import-service';
import type { ConversationHead, ImportTarget } from '../../../../electron/core/import/insert-conversations';
import { JsonEventParser } from '../../../../electron/core/import/json-event-parser';
import { VeilJsonReader } from '../../../../electron/core/import/veil-json-reader';
import type { ExportMapping, ExportMessage } from '../../../../shared/contract/export-format';
import { closeCores, dumpVault, testCore, type TestCore } from '../export/export-fixture';
import { cleanupDirs, tempDataDir } from '../vault/vault-fixture';
import sample from '../../../fixtures/import/chatgpt-conversations.json';

afterEach(async () => {
  await closeCores();
  cleanupDirs();
});

const PASS = 'streaming archive passphrase';
const CONVERSATIONS = 60;
const PER_CONVERSATION = 50;
const CHUNK = 4096;

/** 60 conversations x 50 messages of multi-byte text: an export of a few MiB, several read pieces. */
async function seedMany(t: TestCore): Promise<void> {
  const { vault } = await t.core.storage();
  await vault.use((o) =>
    o.db.transaction(() => {
      for (let c = 0; c < CONVERSATIONS; c++) {
        const conv = o.conversations.create({ title: `Conversation ${c} 東京`, provider: 'deepseek', model: 'deepseek-chat' }, undefined, 1_700_000_000_000 + c * 1000);
        o.conversations.putMapping(conv.id, '[EMAIL_1]', `p${c}@example.org`, 'EMAIL');
        for (let i = 0; i < PER_CONVERSATION; i++) {
          const body = `Grüße aus 東京 🙂 "quoted" \\ back p${c}@example.org\n`.repeat(12);
          o.conversations.appendMessage(conv.id, { role: i % 2 ? 'assistant' : 'user', content: `${c}/${i} ${body}`, maskedContent: `${c}/${i} ${body.replaceAll(`p${c}@example.org`, '[EMAIL_1]')}`, createdAt: 1_700_000_000_000 + c * 1000 + i });
        }
      }
    })(),
  );
}

/** Exports everything as Veil JSON and as an archive with small chunks (many of them). */
async function exportBoth(t: TestCore): Promise<{ json: string; archive: string }> {
  const { vault } = await t.core.storage();
  const out = tempDataDir();
  const json = join(out, 'all.json');
  const archive = join(out, 'all.veil');
  await runExport({ vault }, { format: 'json', path: json });
  await runExport({ vault, archiveChunkSize: CHUNK }, { format: 'archive', path: archive, passphrase: PASS });
  return { json, archive };
}

class RecordingTarget implements ImportTarget {
  heads: ConversationHead[] = [];
  messages: ExportMessage[] = [];
  mappings: ExportMapping[] = [];
  conversation(head: ConversationHead): string {
    this.heads.push(head);
    return head.id;
  }
  message(_id: string, m: ExportMessage): void {
    this.messages.push(m);
  }
  mapping(_id: string, p: ExportMapping): void {
    this.mappings.push(p);
  }
}

const write = (path: string, data: string | Buffer) => {
  writeFileSync(path, data);
  return path;
};

describe('streaming import', () => {
  it('round trips a multi-MiB export (JSON and a many-chunk archive) exactly', async () => {
    const t = await testCore({ keychain: true });
    await seedMany(t);
    const before = dumpVault(await t.db());
    const { json, archive } = await exportBoth(t);
    expect(statSync(json).size).toBeGreaterThan(2 * 1024 * 1024); // more than one 1 MiB read piece
    for (const [path, extra, source] of [[json, {}, 'veil-json'], [archive, { passphrase: PASS }, 'veil-archive']] as const) {
      await t.call('vault.wipe', { confirm: 'WIPE', includeApiKeys: false });
      const r = await t.call('import.run', { path, ...extra });
      expect(r).toEqual({ source, conversations: CONVERSATIONS, messages: CONVERSATIONS * PER_CONVERSATION, mappings: CONVERSATIONS, renamed: 0 });
      expect(dumpVault(await t.db())).toEqual(before);
    }
  });

  it('stores messages while the file is still being read, not after reading all of it', async () => {
    const t = await testCore({ keychain: true });
    await seedMany(t);
    const { json } = await exportBoth(t);
    const bytes = readFileSync(json);
    const target = new RecordingTarget();
    const parser = new JsonEventParser(new VeilJsonReader(target, () => new VeilError('IMPORT_INVALID', 'not veil')));
    parser.write(bytes.subarray(0, Math.floor(bytes.length / 4)));
    // A quarter of the file in: about a quarter of the messages are already handed on.
    expect(target.messages.length).toBeGreaterThan(CONVERSATIONS * PER_CONVERSATION * 0.2);
    expect(target.messages.length).toBeLessThan(CONVERSATIONS * PER_CONVERSATION * 0.3);
    expect(target.messages[0]!.content).toMatch(/^0\/0 Grüße aus 東京 🙂 "quoted" \\ back/);
    parser.write(bytes.subarray(Math.floor(bytes.length / 4)));
    parser.end();
    expect([target.heads.length, target.messages.length, target.mappings.length]).toEqual([CONVERSATIONS, CONVERSATIONS * PER_CONVERSATION, CONVERSATIONS]);

    // ChatGPT: one conversation at a time, each stored as soon as it is complete.
    const many = Array.from({ length: 40 }, () => sample).flat();
    const chat = Buffer.from(JSON.stringify(many));
    const chatTarget = new RecordingTarget();
    const chatParser = new JsonEventParser(new ImportReader(chatTarget, undefined));
    chatParser.write(chat.subarray(0, chat.length / 2));
    expect(chatTarget.heads.length).toBeGreaterThan(20); // 2 of every 3 sample conversations have messages
    expect(chatTarget.heads.length).toBeLessThan(60);
  });

  it('a file damaged anywhere imports nothing, with the matching error', async () => {
    const t = await testCore({ keychain: true });
    await seedMany(t);
    const { json, archive } = await exportBoth(t);
    const before = dumpVault(await t.db());
    const text = readFileSync(json, 'utf8');
    const dir = tempDataDir();
    const at = (fraction: number) => text.indexOf('\n', Math.floor(text.length * fraction));
    // The damage sits late in the file: by then most conversations were already written, and must go again.
    const garbled = write(join(dir, 'garbled.json'), `${text.slice(0, at(0.8))}\n}{${text.slice(at(0.8))}`);
    const cut = write(join(dir, 'cut.json'), text.slice(0, Math.floor(text.length * 0.8)));
    const lateRole = text.lastIndexOf('"role":"assistant"');
    const badRole = write(join(dir, 'role.json'), `${text.slice(0, lateRole)}"role":"robot"${text.slice(lateRole + '"role":"assistant"'.length)}`);
    const lateKey = text.lastIndexOf('"keep":false');
    const extraKey = write(join(dir, 'extra.json'), `${text.slice(0, lateKey)}"color":"red",${text.slice(lateKey)}`);
    const sealed = readFileSync(archive);
    const chunks = Math.ceil((sealed.length - HEADER_BYTES) / (CHUNK + TAG_BYTES));
    const middle = HEADER_BYTES + Math.floor(chunks * 0.8) * (CHUNK + TAG_BYTES);
    const flipped = Buffer.from(sealed);
    flipped[middle + 100] = flipped[middle + 100]! ^ 1;
    const cases: Array<[string, Record<string, unknown>, string, RegExp?]> = [
      [garbled, {}, 'IMPORT_INVALID', /not valid JSON/],
      [cut, {}, 'IMPORT_TRUNCATED', /ends early/],
      [badRole, {}, 'IMPORT_INVALID', new RegExp(`conversations\\.${CONVERSATIONS - 1}\\.messages\\.${PER_CONVERSATION - 1}\\.role`)],
      [extraKey, {}, 'IMPORT_INVALID', new RegExp(`conversations\\.${CONVERSATIONS - 1}\\.color: unrecognized key`)],
      [write(join(dir, 'flipped.veil'), flipped), { passphrase: PASS }, 'IMPORT_TAMPERED'],
      [write(join(dir, 'cut-at-chunk.veil'), sealed.subarray(0, middle)), { passphrase: PASS }, 'IMPORT_TRUNCATED'],
      [write(join(dir, 'cut-in-chunk.veil'), sealed.subarray(0, middle + 999)), { passphrase: PASS }, 'IMPORT_TRUNCATED'],
      [archive, { passphrase: 'not the passphrase' }, 'IMPORT_WRONG_PASSPHRASE'],
    ];
    for (const [path, extra, code, message] of cases) {
      await expect(t.call('import.run', { path, ...extra }), path).rejects.toMatchObject({ code, ...(message ? { message: expect.stringMatching(message) } : {}) });
    }
    expect(dumpVault(await t.db())).toEqual(before);
    const imports = ((await t.call('audit.list')).events as Array<{ kind: string }>).filter((e) => e.kind === 'import');
    expect(imports).toEqual([]);
  });

  it('a failing import rolls back alone: writes queued beside it are kept', async () => {
    const t = await testCore({ keychain: true });
    await seedMany(t);
    const { json } = await exportBoth(t);
    const text = readFileSync(json, 'utf8');
    const bad = write(join(tempDataDir(), 'bad.json'), `${text.slice(0, text.length - 100)}"oops"]}`);
    const { vault } = await t.core.storage();
    const [imported, written] = await Promise.allSettled([
      t.call('import.run', { path: bad }),
      vault.write((o) => o.conversations.create({ title: 'written during the import' })),
    ]);
    expect(imported).toMatchObject({ status: 'rejected', reason: { code: 'IMPORT_INVALID' } });
    expect(written.status).toBe('fulfilled');
    const titles = ((await t.call('conversations.list')).conversations as Array<{ title: string }>).map((c) => c.title);
    expect(titles).toContain('written during the import');
    expect(titles).toHaveLength(CONVERSATIONS + 1);
  });

  it('accepts fields in any order (arrays first, envelope last) and refuses duplicated fields', async () => {
    const t = await testCore({ keychain: true });
    await seedMany(t);
    const before = dumpVault(await t.db());
    const { json } = await exportBoth(t);
    const doc = JSON.parse(readFileSync(json, 'utf8')) as { conversations: Array<Record<string, unknown>> } & Record<string, unknown>;
    const { conversations, ...envelope } = doc;
    const reordered = { conversations: conversations.map(({ messages, mappings, ...head }) => ({ messages, mappings, ...head })), ...envelope };
    const dir = tempDataDir();
    await t.call('vault.wipe', { confirm: 'WIPE', includeApiKeys: false });
    expect(await t.call('import.run', { path: write(join(dir, 'reordered.json'), JSON.stringify(reordered)) })).toMatchObject({ conversations: CONVERSATIONS, messages: CONVERSATIONS * PER_CONVERSATION });
    expect(dumpVault(await t.db())).toEqual(before);

    const twice = JSON.stringify(doc).replace('"title":', '"title":"first","title":');
    await expect(t.call('import.run', { path: write(join(dir, 'twice.json'), twice) })).rejects.toMatchObject({ code: 'IMPORT_INVALID', message: expect.stringContaining('conversations.0.title: appears twice') });
    const noMessages = JSON.stringify({ ...doc, conversations: [{ ...conversations[0], messages: undefined }] });
    await expect(t.call('import.run', { path: write(join(dir, 'no-messages.json'), noMessages) })).rejects.toMatchObject({ code: 'IMPORT_INVALID', message: expect.stringContaining('conversations.0.messages') });
    const noFormat = JSON.stringify({ ...doc, format: undefined });
    await expect(t.call('import.run', { path: write(join(dir, 'no-format.json'), noFormat) })).rejects.toMatchObject({ code: 'IMPORT_INVALID', message: expect.stringContaining('neither') });
    expect(dumpVault(await t.db())).toEqual(before);
  });

  it('tells the kinds of file apart from their first bytes and token', async () => {
    const t = await testCore({ keychain: true });
    const dir = tempDataDir();
    const chatgpt = write(join(dir, 'conversations.json'), JSON.stringify(sample));
    const arrayArchive = join(dir, 'array.veil');
    const sink = await ArchiveSink.open(new FileSink(arrayArchive), PASS, CHUNK);
    await sink.write(JSON.stringify(sample));
    await sink.close();
    const cases: Array<[string, Record<string, unknown>, string, string]> = [
      [write(join(dir, 'empty.json'), ''), {}, 'IMPORT_INVALID', 'This file is empty.'],
      [write(join(dir, 'number.json'), '42'), {}, 'IMPORT_INVALID', 'neither a Veil export nor a ChatGPT'],
      [write(join(dir, 'string.json'), '"veil-export"'), {}, 'IMPORT_INVALID', 'neither a Veil export nor a ChatGPT'],
      [chatgpt, { source: 'veil-json' }, 'IMPORT_INVALID', 'This is not a Veil JSON export.'],
      [chatgpt, { source: 'veil-archive' }, 'IMPORT_INVALID', 'not a Veil encrypted archive'],
      [arrayArchive, { passphrase: PASS }, 'IMPORT_INVALID', 'This archive does not hold a Veil export.'],
      [arrayArchive, { source: 'chatgpt', passphrase: PASS }, 'IMPORT_INVALID', 'is a Veil encrypted archive, not the chosen format'],
    ];
    for (const [path, extra, code, message] of cases) {
      await expect(t.call('import.run', { path, ...extra }), path).rejects.toMatchObject({ code, message: expect.stringContaining(message) });
    }
    expect(await t.call('import.run', { path: chatgpt, source: 'chatgpt' })).toMatchObject({ source: 'chatgpt', conversations: 2 });
  });

  it('a read error of the file itself is a clear error, not a vault error', async () => {
    const t = await testCore({ keychain: true });
    const { vault } = await t.core.storage();
    const eio = Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO', syscall: 'read', errno: -5 });
    const bytes = {
      path: '/media/usb/export.json',
      archive: false,
      *chunks() {
        yield Buffer.from('{"format":"veil-export","version":1,');
        throw eio;
      },
      dispose: () => undefined,
    };
    await expect(vault.longWrite((db, pause) => importInto(db, bytes, undefined, pause))).rejects.toMatchObject({ code: 'IMPORT_PATH_INVALID', message: 'Veil could not read /media/usb/export.json (EIO). Nothing was imported.' });
  });
});
