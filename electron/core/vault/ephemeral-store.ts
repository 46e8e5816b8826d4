// Ephemeral conversations: held in this process's memory only. Never written to disk, never in
// search, gone when Veil closes (or the conversation is deleted). Same operations as the vault.
import type { Conversation, Message } from '../../../shared/contract/vault-types';
import { VeilError } from '../errors/veil-error';
import { newConversationId, notFound, type MessageUpdate, type NewConversation, type NewMessage } from './conversation-repo';

interface Entry {
  conversation: Omit<Conversation, 'messageCount'>;
  messages: Message[];
}

export const isEphemeralId = (id: string): boolean => id.startsWith('e_');

export class EphemeralStore {
  private readonly entries = new Map<string, Entry>();
  private nextMessageId = 1;

  constructor(private readonly now: () => number = Date.now) {}

  private entry(id: string): Entry {
    const e = this.entries.get(id);
    if (!e) throw notFound();
    return e;
  }

  private view(e: Entry): Conversation {
    return { ...e.conversation, messageCount: e.messages.length };
  }

  create(input: NewConversation): Conversation {
    const at = this.now();
    const id = newConversationId('e');
    const conversation = {
      id,
      title: input.title,
      provider: input.provider ?? null,
      model: input.model ?? null,
      systemPrompt: input.systemPrompt ?? null,
      createdAt: at,
      updatedAt: at,
      keep: false,
      retentionDays: null,
      ephemeral: true,
    };
    this.entries.set(id, { conversation, messages: [] });
    return this.view(this.entry(id));
  }

  get(id: string): Conversation {
    return this.view(this.entry(id));
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  list(): Conversation[] {
    return [...this.entries.values()].map((e) => this.view(e)).sort((a, b) => b.updatedAt - a.updatedAt);
  }

  private patch(id: string, p: Partial<Entry['conversation']>): Conversation {
    const e = this.entry(id);
    e.conversation = { ...e.conversation, ...p, updatedAt: this.now() };
    return this.view(e);
  }

  rename(id: string, title: string): Conversation {
    return this.patch(id, { title });
  }

  setKeep(): Conversation {
    throw new VeilError('EPHEMERAL_NOT_KEPT', 'Ephemeral conversations are never stored, so they cannot be kept.');
  }

  setRetention(): Conversation {
    throw new VeilError('EPHEMERAL_NOT_KEPT', 'Ephemeral conversations are never stored, so they have no retention.');
  }

  delete(id: string): boolean {
    const e = this.entries.get(id);
    if (!e) return false;
    // Drop the strings' references now rather than waiting for the map entry to be collected.
    e.messages.length = 0;
    return this.entries.delete(id);
  }

  appendMessage(conversationId: string, m: NewMessage): Message {
    const e = this.entry(conversationId);
    const msg: Message = {
      id: this.nextMessageId++,
      conversationId,
      role: m.role,
      content: m.content,
      maskedContent: m.maskedContent ?? null,
      status: m.status ?? 'complete',
      createdAt: m.createdAt ?? this.now(),
      tokensIn: m.tokensIn ?? null,
      tokensOut: m.tokensOut ?? null,
    };
    e.messages.push(msg);
    e.conversation.updatedAt = msg.createdAt;
    return { ...msg };
  }

  updateMessage(conversationId: string, id: number, u: MessageUpdate): Message {
    const msg = this.entry(conversationId).messages.find((x) => x.id === id);
    if (!msg) throw new VeilError('NOT_FOUND', 'That message does not exist.');
    Object.assign(msg, Object.fromEntries(Object.entries(u).filter(([, v]) => v !== undefined)));
    return { ...msg };
  }

  listMessages(conversationId: string): Message[] {
    return this.entry(conversationId).messages.map((m) => ({ ...m }));
  }

  clear(): void {
    for (const id of [...this.entries.keys()]) this.delete(id);
  }
}
