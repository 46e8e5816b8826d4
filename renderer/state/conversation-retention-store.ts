// Store of one conversation's own retention (the override in the chat header): null = the global
// default, 0 = keep forever, N = delete N days after its last message. The updated conversation
// goes to onUpdated so the sidebar entry follows; a refusal stays here for the header to show.
import { createStore } from 'zustand/vanilla';
import type { VeilApi } from '../../shared/contract/client';
import type { WireError } from '../../shared/contract/errors';
import type { Conversation } from '../../shared/contract/vault-types';
import { toWireError } from './errors';

export interface ConversationRetentionState {
  /** Id of the conversation being saved, if any. */
  readonly saving: string | null;
  readonly error: { readonly id: string; readonly error: WireError } | null;
  set(id: string, days: number | null): Promise<boolean>;
}

export interface ConversationRetentionDeps {
  readonly api: Pick<VeilApi, 'conversations'>;
  readonly onUpdated: (conversation: Conversation) => void;
}

/** Choices offered in the header besides "default" and "keep forever". */
export const RETENTION_DAY_CHOICES: readonly number[] = [7, 30, 90, 365];

export function createConversationRetentionStore({ api, onUpdated }: ConversationRetentionDeps) {
  return createStore<ConversationRetentionState>()((set) => ({
    saving: null,
    error: null,
    async set(id, days) {
      set({ saving: id, error: null });
      try {
        onUpdated(await api.conversations.setRetention({ id, days }));
        set({ saving: null });
        return true;
      } catch (err) {
        set({ saving: null, error: { id, error: toWireError(err) } });
        return false;
      }
    },
  }));
}

export type ConversationRetentionStore = ReturnType<typeof createConversationRetentionStore>;
