// The in-memory store of ephemeral conversations: a turn keeps the conversation's placeholder
// mapping, and mappings of conversations deleted meanwhile are dropped on the next turn.
import { describe, expect, it } from 'vitest';
import { maskText, type MaskMapping } from '../../../../shared/masking';
import { ephemeralChatStore } from '../../../../electron/core/chat/chat-store';
import { EphemeralStore } from '../../../../electron/core/vault/ephemeral-store';

const plan = (text: string) => (ctx: { mapping: MaskMapping }) => {
  const m = maskText(text, { preset: 'standard' }, ctx.mapping);
  return { userText: text, userMasked: m.masked, mapping: m.mapping, extra: null };
};

describe('ephemeralChatStore', () => {
  it('keeps each conversation\'s mapping across turns and forgets those of deleted conversations', async () => {
    const ephemeral = new EphemeralStore();
    const mappings = new Map<string, MaskMapping>();
    const store = ephemeralChatStore({ ephemeral }, mappings);
    const a = ephemeral.create({ title: 'a' });
    const b = ephemeral.create({ title: 'b' });
    await store.startTurn(a.id, plan('Write to ada@example.org'));
    const first = await store.startTurn(b.id, plan('Write to bob@example.org'));
    expect(first.mapping.entries.map((e) => e.value)).toEqual(['bob@example.org']);
    expect([...mappings.keys()].sort()).toEqual([a.id, b.id].sort());

    ephemeral.delete(a.id);
    const second = await store.startTurn(b.id, plan('And cc bob@example.org and eve@example.org'));
    expect([...mappings.keys()]).toEqual([b.id]);
    // The same value keeps its placeholder in the conversation; a new one gets the next number.
    expect(second.mapping.entries.map((e) => [e.placeholder, e.value])).toEqual([
      ['[EMAIL_1]', 'bob@example.org'],
      ['[EMAIL_2]', 'eve@example.org'],
    ]);
    expect(ephemeral.listMessages(b.id).map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
  });
});
