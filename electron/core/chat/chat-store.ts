// Where a turn is stored: the encrypted vault, or memory for ephemeral conversations. Both run
// the start of a turn (read history and mapping, mask, write the user message, the new mapping
// entries and an empty assistant row) as one atomic step, so a crash never leaves half a turn
// and two sends in one conversation can never hand out the same placeholder twice.
import type { Conversation, Message } from '../../../shared/contract/vault-types';
import { emptyMapping, isEntityType, type MappingEntry, type MaskMapping } from '../../../shared/masking';
import type { MessageUpdate } from '../vault/conversation-repo';
import { isEphemeralId } from '../vault/ephemeral-store';
import type { VaultService } from '../vault/vault-service';

/** What the pipeline sees before it decides what to store. */
export interface TurnContext {
  conversation: Conversation;
  messages: readonly Message[];
  mapping: MaskMapping;
}

/** What the pipeline decided to store for this turn (computed inside the atomic step). */
export interface TurnPlan<T> {
  userText: string;
  userMasked: string;
  /** The conversation's full mapping after masking (the store writes the entries it lacks). */
  mapping: MaskMapping;
  /** Carried back to the caller unchanged (the request to send, counts...). */
  extra: T;
}

export interface StartedTurn<T> {
  conversation: Conversation;
  userMessage: Message;
  assistantMessage: Message;
  mapping: MaskMapping;
  extra: T;
}

export interface ChatStore {
  readonly ephemeral: boolean;
  startTurn<T>(conversationId: string, plan: (ctx: TurnContext) => TurnPlan<T>): Promise<StartedTurn<T>>;
  updateAssistant(conversationId: string, messageId: number, update: MessageUpdate): Promise<void>;
}

const newEntries = (before: MaskMapping, after: MaskMapping): MappingEntry[] => {
  const known = new Set(before.entries.map((e) => e.placeholder));
  return after.entries.filter((e) => !known.has(e.placeholder));
};

export function vaultChatStore(vault: VaultService): ChatStore {
  return {
    ephemeral: false,
    startTurn(conversationId, plan) {
      // One write of the vault's group commit: atomic on its own, and resolved only once committed,
      // so `accepted` is never sent for a turn a crash could still lose.
      return vault.write(({ conversations }) => {
        const conversation = conversations.get(conversationId);
        const mapping: MaskMapping = {
          version: 1,
          entries: conversations
            .mappings(conversationId)
            .filter((m) => isEntityType(m.entity))
            .map((m) => ({ placeholder: m.placeholder, type: m.entity as MappingEntry['type'], value: m.value })),
        };
        const decided = plan({ conversation, messages: conversations.listMessages(conversationId), mapping });
        for (const e of newEntries(mapping, decided.mapping)) conversations.putMapping(conversationId, e.placeholder, e.value, e.type);
        const userMessage = conversations.appendMessage(conversationId, { role: 'user', content: decided.userText, maskedContent: decided.userMasked });
        const assistantMessage = conversations.appendMessage(conversationId, { role: 'assistant', content: '', maskedContent: '', status: 'partial' });
        return { conversation, userMessage, assistantMessage, mapping: decided.mapping, extra: decided.extra };
      });
    },
    async updateAssistant(_conversationId, messageId, update) {
      await vault.write(({ conversations }) => conversations.updateMessage(messageId, update));
    },
  };
}

/**
 * Ephemeral conversations: messages live in the vault's EphemeralStore, the mapping here, both
 * only in memory. Mappings of conversations that no longer exist are dropped on every turn.
 */
export function ephemeralChatStore(vault: VaultService, mappings: Map<string, MaskMapping>): ChatStore {
  const prune = () => {
    const alive = new Set(vault.ephemeral.list().map((c) => c.id));
    for (const id of mappings.keys()) if (!alive.has(id)) mappings.delete(id);
  };
  return {
    ephemeral: true,
    async startTurn(conversationId, plan) {
      prune();
      const store = vault.ephemeral;
      const conversation = store.get(conversationId);
      const mapping = mappings.get(conversationId) ?? emptyMapping();
      // Synchronous from here on: nothing else can run between reading and writing.
      const decided = plan({ conversation, messages: store.listMessages(conversationId), mapping });
      mappings.set(conversationId, decided.mapping);
      const userMessage = store.appendMessage(conversationId, { role: 'user', content: decided.userText, maskedContent: decided.userMasked });
      const assistantMessage = store.appendMessage(conversationId, { role: 'assistant', content: '', maskedContent: '', status: 'partial' });
      return { conversation, userMessage, assistantMessage, mapping: decided.mapping, extra: decided.extra };
    },
    async updateAssistant(conversationId, messageId, update) {
      vault.ephemeral.updateMessage(conversationId, messageId, update);
    },
  };
}

export const chatStoreFor = (vault: VaultService, ephemeralMappings: Map<string, MaskMapping>, conversationId: string): ChatStore =>
  isEphemeralId(conversationId) ? ephemeralChatStore(vault, ephemeralMappings) : vaultChatStore(vault);
