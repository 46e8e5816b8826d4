import { describe, expect, it } from 'vitest';
import type { WireError } from '../../../shared/contract/errors';
import { createConversationsStore, DEFAULT_TITLE, selectSelected, titleFromMessage } from '../../../renderer/state/conversations-store';
import { openCores } from './core-api';
import { openVault } from './vault-open';

const openCore = openCores();

async function setup() {
  const o = await openCore();
  await openVault(o.api);
  const reported: Array<{ context: string; error: WireError }> = [];
  const store = createConversationsStore({ api: o.api, onError: (context, error) => reported.push({ context, error }) });
  return { ...o, store, reported };
}

describe('conversations store', () => {
  it('creates, selects and lists conversations, stored and ephemeral, most recent first', async () => {
    const { store, api } = await setup();
    await store.getState().load();
    expect(store.getState().conversations).toEqual([]);
    const a = await store.getState().create();
    expect(a?.title).toBe(DEFAULT_TITLE);
    expect(store.getState().selectedId).toBe(a?.id);
    const e = await store.getState().create({ ephemeral: true });
    expect(e?.ephemeral).toBe(true);
    expect(e?.id.startsWith('e_')).toBe(true);
    expect(selectSelected(store.getState())?.id).toBe(e?.id);
    // A fresh load from the core gives the same two.
    await store.getState().load();
    expect(new Set(store.getState().conversations.map((c) => c.id))).toEqual(new Set([a!.id, e!.id]));
    expect((await api.conversations.list({})).conversations).toHaveLength(2);
  });

  it('renames, keeps and deletes through the core; a deleted selection is cleared', async () => {
    const { store, api } = await setup();
    const c = (await store.getState().create({ title: 'Draft' }))!;
    expect(await store.getState().rename(c.id, '  Budget 2027  ')).toBe(true);
    expect((await api.conversations.get({ id: c.id })).title).toBe('Budget 2027');
    expect(await store.getState().rename(c.id, '   ')).toBe(false);
    await store.getState().setKeep(c.id, true);
    expect(store.getState().conversations[0]?.keep).toBe(true);
    expect((await api.conversations.get({ id: c.id })).keep).toBe(true);
    expect(await store.getState().remove(c.id)).toBe(true);
    expect(store.getState().selectedId).toBeNull();
    expect(store.getState().conversations).toEqual([]);
    await expect(api.conversations.get({ id: c.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reports a refused rename with its code and keeps the old title', async () => {
    const { store, reported } = await setup();
    const c = (await store.getState().create())!;
    await store.getState().rename(c.id, 'x'.repeat(201));
    expect(reported.map((r) => r.error.code)).toEqual(['RPC_INVALID_INPUT']);
    expect(store.getState().conversations[0]?.title).toBe(DEFAULT_TITLE);
  });

  it('searches stored messages and returns ranked hits with highlight offsets into the snippet', async () => {
    const { store, core } = await setup();
    const c = (await store.getState().create({ title: 'Lisbon' }))!;
    const storage = await core.storage();
    await storage.vault.use((o) => {
      o.conversations.appendMessage(c.id, { role: 'user', content: 'Where is the best pastel de nata near Belem?' });
      o.conversations.appendMessage(c.id, { role: 'assistant', content: 'Try the old bakery by the monastery.' });
    });
    await store.getState().search('nata');
    const { hits, searchPhase } = store.getState();
    expect(searchPhase).toBe('ready');
    expect(hits).toHaveLength(1);
    const [hit] = hits;
    expect(hit!.conversationTitle).toBe('Lisbon');
    expect(hit!.highlights.map(([s, e]) => hit!.snippet.slice(s, e).toLowerCase())).toContain('nata');
    await store.getState().search('   ');
    expect(store.getState().hits).toEqual([]);
    expect(store.getState().searchPhase).toBe('idle');
  });

  it('a slow earlier search never overwrites a newer one', async () => {
    const { store, core } = await setup();
    const c = (await store.getState().create())!;
    const storage = await core.storage();
    await storage.vault.use((o) => {
      o.conversations.appendMessage(c.id, { role: 'user', content: 'apples and pears' });
      o.conversations.appendMessage(c.id, { role: 'user', content: 'oranges only' });
    });
    const first = store.getState().search('apples');
    const second = store.getState().search('oranges');
    await Promise.all([first, second]);
    expect(store.getState().query).toBe('oranges');
    expect(store.getState().hits.map((h) => h.snippet)).toEqual(['oranges only']);
  });

  it('names a chat after its first message, cut at a word', () => {
    expect(titleFromMessage('  Hello there\nsecond line')).toBe('Hello there');
    const long = titleFromMessage('Please summarise the quarterly figures for the northern region and the south');
    expect(long.endsWith('…')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(49);
    expect(titleFromMessage('\n\n')).toBe(DEFAULT_TITLE);
  });
});
