// Where a turn is stored: the encrypted vault, or memory for ephemeral conversations. Both run
// the start of a turn (read history and mapping, mask, write the user message, the new mapping
// entries and an empty assistant row) as one atomic step, so a crash never leaves half a turn
// and two sends in one conversation can never hand out the same placeholder twice.
import type { Conversation, Message } from '../../../shared/contract/vault-types';
import { emptyMapping, isEntityType, type MappingEntry, type MaskMapping } from '../../../shared/masking';
import type { ConversationRepo, MessageUpdate } from '../vault/conversation-repo';
import { isEphemeralId } from '../vault/ephemeral-store';
import type { Db } from '../vault/open-vault';
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

/**
 * Runs inside the turn's atomic step once its rows are written, on the same connection (db; null
 * for an ephemeral conversation): what it writes commits with the turn. Throwing undoes the turn.
 */
export type InTurnCommit<T> = (turn: StartedTurn<T>, db: Db | null) => void;

export interface ChatStore {
  readonly ephemeral: boolean;
  /** What a turn would be planned from right now (to plan it outside the atomic step; see sameTurnContext). */
  readContext(conversationId: string): Promise<TurnContext>;
  startTurn<T>(conversationId: string, plan: (ctx: TurnContext) => TurnPlan<T>, inCommit?: InTurnCommit<T>): Promise<StartedTurn<T>>;
  updateAssistant(conversationId: string, messageId: number, update: MessageUpdate): Promise<void>;
}

const newEntries = (before: MaskMapping, after: MaskMapping): MappingEntry[] => {
  const known = new Set(before.entries.map((e) => e.placeholder));
  return after.entries.filter((e) => !known.has(e.placeholder));
};

/**
 * True when a plan made from `a` is still right for `b`: same system prompt, history and mapping
 * (everything planTurn reads). Plans made outside the atomic step are used only then.
 */
export function sameTurnContext(a: TurnContext, b: TurnContext): boolean {
  if (a.conversation.id !== b.conversation.id || a.conversation.systemPrompt !== b.conversation.systemPrompt) return false;
  if (a.messages.length !== b.messages.length || a.mapping.entries.length !== b.mapping.entries.length) return false;
  for (let i = 0; i < a.messages.length; i++) {
    const x = a.messages[i] as Message;
    const y = b.messages[i] as Message;
    if (x.id !== y.id || x.role !== y.role || x.content !== y.content || x.maskedContent !== y.maskedContent) return false;
  }
  for (let i = 0; i < a.mapping.entries.length; i++) {
    const x = a.mapping.entries[i] as MappingEntry;
    const y = b.mapping.entries[i] as MappingEntry;
    if (x.placeholder !== y.placeholder || x.type !== y.type || x.value !== y.value) return false;
  }
  return true;
}

function storedContext(conversations: ConversationRepo, conversationId: string): TurnContext {
  const conversation = conversations.get(conversationId);
  const mapping: MaskMapping = {
    version: 1,
    entries: conversations
      .mappings(conversationId)
      .filter((m) => isEntityType(m.entity))
      .map((m) => ({ placeholder: m.placeholder, type: m.entity as MappingEntry['type'], value: m.value })),
  };
  return { conversation, messages: conversations.listMessages(conversationId), mapping };
}

export function vaultChatStore(vault: VaultService): ChatStore {
  return {
    ephemeral: false,
    readContext: (conversationId) => vault.use(({ conversations }) => storedContext(conversations, conversationId)),
    startTurn(conversationId, plan, inCommit) {
      // One write of the vault's group commit: atomic on its own, and resolved only once committed,
      // so `accepted` is never sent for a turn a crash could still lose.
      return vault.write(({ conversations, db }) => {
        const ctx = storedContext(conversations, conversationId);
        const { conversation, mapping } = ctx;
        const decided = plan(ctx);
        for (const e of newEntries(mapping, decided.mapping)) conversations.putMapping(conversationId, e.placeholder, e.value, e.type);
        const userMessage = conversations.appendMessage(conversationId, { role: 'user', content: decided.userText, maskedContent: decided.userMasked });
        const assistantMessage = conversations.appendMessage(conversationId, { role: 'assistant', content: '', maskedContent: '', status: 'partial' });
        const turn = { conversation, userMessage, assistantMessage, mapping: decided.mapping, extra: decided.extra };
        inCommit?.(turn, db);
        return turn;
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
export function ephemeralChatStore(vault: Pick<VaultService, 'ephemeral'>, mappings: Map<string, MaskMapping>): ChatStore {
  const prune = () => {
    for (const id of mappings.keys()) if (!vault.ephemeral.has(id)) mappings.delete(id);
  };
  const contextOf = (conversationId: string): TurnContext => {
    const store = vault.ephemeral;
    return { conversation: store.get(conversationId), messages: store.listMessages(conversationId), mapping: mappings.get(conversationId) ?? emptyMapping() };
  };
  return {
    ephemeral: true,
    readContext: async (conversationId) => contextOf(conversationId),
    async startTurn(conversationId, plan, inCommit) {
      prune();
      const store = vault.ephemeral;
      // Synchronous from here on: nothing else can run between reading and writing.
      const ctx = contextOf(conversationId);
      const { conversation } = ctx;
      const decided = plan(ctx);
      mappings.set(conversationId, decided.mapping);
      const userMessage = store.appendMessage(conversationId, { role: 'user', content: decided.userText, maskedContent: decided.userMasked });
      const assistantMessage = store.appendMessage(conversationId, { role: 'assistant', content: '', maskedContent: '', status: 'partial' });
      const turn = { conversation, userMessage, assistantMessage, mapping: decided.mapping, extra: decided.extra };
      // In memory there is no commit to share: the hook records its in-memory ledger entry.
      inCommit?.(turn, null);
      return turn;
    },
    async updateAssistant(conversationId, messageId, update) {
      vault.ephemeral.updateMessage(conversationId, messageId, update);
    },
  };
}

export const chatStoreFor = (vault: VaultService, ephemeralMappings: Map<string, MaskMapping>, conversationId: string): ChatStore =>
  isEphemeralId(conversationId) ? ephemeralChatStore(vault, ephemeralMappings) : vaultChatStore(vault);
