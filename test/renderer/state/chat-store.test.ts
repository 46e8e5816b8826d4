import { describe, expect, it } from 'vitest';
import type { WireError } from '../../../shared/contract/errors';
import { createChatStore, selectIsSending, type LiveReply } from '../../../renderer/state/chat-store';
import { openCores } from './core-api';
import { openVault } from './vault-open';

const openCore = openCores();

const PREVIEW = { providerId: 'preview', model: 'preview' };

async function setup() {
  const o = await openCore();
  await openVault(o.api);
  const reported: WireError[] = [];
  const sent: string[] = [];
  const settled: string[] = [];
  const store = createChatStore({
    api: o.api,
    onError: (_c, e) => reported.push(e),
    onSent: (id, options, text) => sent.push(`${id}|${options.providerId}|${text}`),
    onSettled: (id) => settled.push(id),
  });
  return { ...o, store, reported, sent, settled };
}

describe('chat store', () => {
  it('sends through the Preview provider: live reply streams, then the stored exchange replaces it', async () => {
    const { store, api, sent, settled } = await setup();
    const c = await api.conversations.create({ title: 'Masking' });
    await store.getState().open(c.id);
    expect(store.getState().messages).toEqual([]);

    const seen: LiveReply[] = [];
    const unsubscribe = store.subscribe((s) => {
      if (s.live) seen.push(s.live);
    });
    const accepted = await store.getState().send('Mail me at jane.doe@example.com please', PREVIEW);
    unsubscribe();
    expect(accepted).toBe(true);

    // While it streamed: accepted with the masked text, then deltas appended in order.
    const acceptedEvent = seen.find((l) => l.accepted)?.accepted;
    expect(acceptedEvent?.maskedText).toBe('Mail me at [EMAIL_1] please');
    expect(acceptedEvent?.maskedCounts).toMatchObject({ EMAIL: 1 });
    const texts = seen.map((l) => l.text);
    expect(texts.some((t, i) => i > 0 && t.length > texts[i - 1]!.length)).toBe(true);
    expect(seen.at(-1)?.status).toBe('complete');

    // Afterwards: both messages stored, live slice cleared.
    const [user, reply] = store.getState().messages;
    expect(user?.content).toBe('Mail me at jane.doe@example.com please');
    expect(user?.maskedContent).toBe('Mail me at [EMAIL_1] please');
    expect(reply?.role).toBe('assistant');
    expect(reply?.content).toContain('[EMAIL_1]');
    expect(reply?.content).not.toContain('jane.doe@example.com');
    expect(reply?.status).toBe('complete');
    expect(store.getState().live).toBeNull();
    expect(store.getState().outcomes[reply!.id]).toEqual({ status: 'complete', error: null });
    expect(sent).toEqual([`${c.id}|preview|Mail me at jane.doe@example.com please`]);
    expect(settled).toEqual([c.id]);
  });

  it('streamed tokens change the live slice only: the messages array keeps its identity', async () => {
    const { store, api } = await setup();
    const c = await api.conversations.create({ title: 'Identity' });
    await store.getState().open(c.id);
    await store.getState().send('first', PREVIEW);
    const before = store.getState().messages;
    let messageChangesWhileStreaming = 0;
    let liveChanges = 0;
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.live !== prev.live) liveChanges++;
      if (s.messages !== prev.messages && s.live !== null) messageChangesWhileStreaming++;
    });
    await store.getState().send('second', PREVIEW);
    unsubscribe();
    expect(liveChanges).toBeGreaterThan(3);
    // The list changes once, when the stored exchange is appended (the live slice still shown).
    expect(messageChangesWhileStreaming).toBe(1);
    expect(store.getState().messages.slice(0, before.length)).toEqual(before);
    expect(store.getState().messages).toHaveLength(4);
  });

  it('a refused send is not accepted: the error has its code and nothing is stored', async () => {
    const { store, api } = await setup();
    const c = await api.conversations.create({ title: 'No key' });
    await store.getState().open(c.id);
    // DeepSeek needs an API key and none is stored.
    const accepted = await store.getState().send('hello', { providerId: 'deepseek', model: 'deepseek-chat' });
    const live = store.getState().live;
    expect(accepted).toBe(false);
    expect(live?.status).toBe('error');
    expect(live?.error?.code).toBe('PROVIDER_KEY_MISSING');
    expect(live?.accepted).toBeNull();
    expect(live?.userText).toBe('hello');
    expect((await api.messages.list({ conversationId: c.id })).messages).toEqual([]);
    expect(selectIsSending(store.getState())).toBe(false);
    store.getState().dismissLive();
    expect(store.getState().live).toBeNull();
  });

  it('ephemeral conversations send too and only new messages are appended', async () => {
    const { store, api } = await setup();
    const c = await api.conversations.create({ title: 'Off the record', ephemeral: true });
    await store.getState().open(c.id);
    await store.getState().send('one', PREVIEW);
    await store.getState().send('two', PREVIEW);
    const ids = store.getState().messages.map((m) => m.id);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
  });

  it('opening the conversation already shown keeps its messages while they reload; another one starts empty', async () => {
    const { store, api, core } = await setup();
    const a = await api.conversations.create({ title: 'A' });
    const b = await api.conversations.create({ title: 'B' });
    const storage = await core.storage();
    await storage.vault.use((o) => o.conversations.appendMessage(a.id, { role: 'user', content: 'in A' }));
    await store.getState().open(a.id);
    await storage.vault.use((o) => o.conversations.appendMessage(a.id, { role: 'user', content: 'later in A' }));
    const shown: string[][] = [];
    const unsubscribe = store.subscribe((s) => shown.push(s.messages.map((m) => m.content)));
    await store.getState().open(a.id);
    expect(shown).toEqual([['in A'], ['in A', 'later in A']]);
    shown.length = 0;
    await store.getState().open(b.id);
    unsubscribe();
    expect(shown).toEqual([[], []]);
  });

  it('opening another conversation while one loads keeps the latest', async () => {
    const { store, api, core } = await setup();
    const a = await api.conversations.create({ title: 'A' });
    const b = await api.conversations.create({ title: 'B' });
    const storage = await core.storage();
    await storage.vault.use((o) => {
      o.conversations.appendMessage(a.id, { role: 'user', content: 'in A' });
      o.conversations.appendMessage(b.id, { role: 'user', content: 'in B' });
    });
    await Promise.all([store.getState().open(a.id), store.getState().open(b.id)]);
    expect(store.getState().conversationId).toBe(b.id);
    expect(store.getState().messages.map((m) => m.content)).toEqual(['in B']);
  });
});
