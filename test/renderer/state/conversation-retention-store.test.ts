import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../../shared/contract/vault-types';
import { createConversationRetentionStore } from '../../../renderer/state/conversation-retention-store';
import { openCores } from './core-api';
import { openVault } from './vault-open';

const openCore = openCores();

describe('conversation retention store', () => {
  it('sets a conversation to 7 days, forever and back to the default; a refusal stays with that conversation', async () => {
    const o = await openCore();
    await openVault(o.api);
    const c = await o.api.conversations.create({ title: 'Holiday' });
    const updates: Conversation[] = [];
    const store = createConversationRetentionStore({ api: o.api, onUpdated: (x) => updates.push(x) });

    for (const days of [7, 0, null]) {
      expect(await store.getState().set(c.id, days)).toBe(true);
      expect(updates.at(-1)?.retentionDays).toBe(days);
      expect((await o.api.conversations.get({ id: c.id })).retentionDays).toBe(days);
    }
    expect(store.getState().saving).toBeNull();

    expect(await store.getState().set('c_doesnotexist1', 7)).toBe(false);
    expect(store.getState().error).toMatchObject({ id: 'c_doesnotexist1', error: { code: 'NOT_FOUND' } });
    expect(updates).toHaveLength(3);
  });
});
