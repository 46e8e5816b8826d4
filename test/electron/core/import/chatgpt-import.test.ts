import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { convertChatGptConversation } from '../../../../electron/core/import/chatgpt-import';
import type { ExportConversation } from '../../../../shared/contract/export-format';
import { closeCores, dumpVault, testCore } from '../export/export-fixture';
import { cleanupDirs, tempDataDir } from '../vault/vault-fixture';
import sample from '../../../fixtures/import/chatgpt-conversations.json';

/** A whole conversations.json converted as the streaming import does it: element by element, empty ones left out. */
const convertChatGpt = (data: unknown[]): ExportConversation[] => data.map(convertChatGptConversation).filter((c): c is ExportConversation => c !== null);

const FIXTURE = join(import.meta.dirname, '../../../fixtures/import/chatgpt-conversations.json');

afterEach(async () => {
  await closeCores();
  cleanupDirs();
});

describe('ChatGPT conversations.json import', () => {
  it('follows current_node to the root and keeps only what the user saw', () => {
    const convs = convertChatGpt(sample);
    expect(convs.map((c) => c.title)).toEqual(['Weekend in Lisbon', 'Prime sieve']); // "New chat" has nothing to import
    const [lisbon, sieve] = convs;
    expect(lisbon!.messages.map((m) => [m.role, m.content, m.status])).toEqual([
      ['user', 'Plan a weekend in Lisbon for two, mid-range budget.', 'complete'],
      ['assistant', 'Day 1: Alfama and the castle. Day 2: Belém and LX Factory.', 'complete'],
      ['user', 'Is this tram the 28? Where does it stop?\n\n[1 attachment not imported]', 'complete'],
      ['assistant', 'Yes, that is a Remodelado tram on line 28.\n\nIt stops at Martim Moniz, Graça and Estrela.', 'complete'],
      ['user', 'Thanks! 谢谢', 'complete'],
      ['assistant', 'You are welcome — boa viagem!', 'partial'],
    ]);
    expect(lisbon).toMatchObject({ model: 'gpt-4o', createdAt: 1714121000123, updatedAt: 1714122905000, keep: false, retentionDays: null, mappings: [] });
    expect(lisbon!.messages[0]).toMatchObject({ createdAt: 1714121001500, maskedContent: null, tokensIn: null });
    expect(sieve!.messages.map((m) => m.content)).toEqual([
      'Write a prime sieve in Python and run it for n=30.',
      'The primes up to 30 are 2, 3, 5, 7, 11, 13, 17, 19, 23 and 29.',
    ]);
    expect(JSON.stringify(convs)).not.toMatch(/ABANDONED|HIDDEN REASONING|You are ChatGPT|search\(|print\(/);
  });

  it('falls back to the newest leaf when current_node is missing', () => {
    const copy = structuredClone(sample) as Array<Record<string, unknown>>;
    delete copy[0]!.current_node;
    expect(convertChatGpt(copy)[0]!.messages.at(-1)!.content).toBe('You are welcome — boa viagem!');
  });

  it('imports the file over RPC, searchable, audited; a broken file imports nothing', async () => {
    const t = await testCore({ keychain: true });
    const dir = tempDataDir();
    copyFileSync(FIXTURE, join(dir, 'conversations.json'));
    expect(await t.call('import.run', { path: join(dir, 'conversations.json') })).toEqual({ source: 'chatgpt', conversations: 2, messages: 8, mappings: 0, renamed: 0 });
    const hits = (await t.call('search.query', { query: 'Remodelado' })).hits as Array<{ conversationTitle: string }>;
    expect(hits.map((h) => h.conversationTitle)).toEqual(['Weekend in Lisbon']);
    expect(((await t.call('search.query', { query: '谢谢' })).hits as unknown[]).length).toBe(1);
    const events = (await t.call('audit.list')).events as Array<{ kind: string; detail: unknown }>;
    expect(events[0]).toEqual(expect.objectContaining({ kind: 'import', detail: { source: 'chatgpt', conversations: 2, messages: 8, renamed: 0 } }));

    const before = dumpVault(await t.db());
    const broken = structuredClone(sample) as unknown as Array<{ mapping: Record<string, { message: unknown }> }>;
    broken[1]!.mapping.v1!.message = { author: 'user', content: 42 };
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken));
    await expect(t.call('import.run', { path: join(dir, 'broken.json') })).rejects.toMatchObject({ code: 'IMPORT_INVALID', message: expect.stringContaining('ChatGPT') });
    writeFileSync(join(dir, 'array.json'), JSON.stringify([{ hello: 1 }]));
    await expect(t.call('import.run', { path: join(dir, 'array.json') })).rejects.toMatchObject({ code: 'IMPORT_INVALID' });
    expect(dumpVault(await t.db())).toEqual(before);
  });
});
