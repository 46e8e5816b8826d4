// Conversations and their messages in the encrypted database. Every write is one statement or
// one transaction; updated_at moves with each message so retention counts from the last activity.
import { randomBytes } from 'node:crypto';
import type { Conversation, Message } from '../../../shared/contract/vault-types';
import { VeilError } from '../errors/veil-error';
import { maskedOf, storedMasked } from './masked-column';
import type { Db } from './open-vault';
import { statement } from './statements';

export interface NewConversation {
  title: string;
  provider?: string | null;
  model?: string | null;
  systemPrompt?: string | null;
}

export interface NewMessage {
  role: Message['role'];
  content: string;
  maskedContent?: string | null;
  status?: Message['status'];
  createdAt?: number;
  tokensIn?: number | null;
  tokensOut?: number | null;
}

export interface MessageUpdate {
  content?: string;
  maskedContent?: string | null;
  status?: Message['status'];
  tokensIn?: number | null;
  tokensOut?: number | null;
}

export interface ConversationRow {
  id: string;
  title: string;
  provider: string | null;
  model: string | null;
  system_prompt: string | null;
  created_at: number;
  updated_at: number;
  keep: number;
  retention_days: number | null;
  message_count: number;
}

export interface MessageRow {
  id: number;
  conversation_id: string;
  role: Message['role'];
  content: string;
  masked_content: string | null;
  /** 1: the masked form is `content` itself (masked_content is then NULL); see masked-column.ts. */
  masked_is_content: number;
  status: Message['status'];
  created_at: number;
  tokens_in: number | null;
  tokens_out: number | null;
}

export const newConversationId = (prefix: 'c' | 'e' = 'c'): string => `${prefix}_${randomBytes(12).toString('base64url')}`;

/** The stored columns of a conversation, as the API names them (shared with export). */
export const conversationFields = (r: Omit<ConversationRow, 'message_count'>): Omit<Conversation, 'ephemeral' | 'messageCount'> => ({
  id: r.id,
  title: r.title,
  provider: r.provider,
  model: r.model,
  systemPrompt: r.system_prompt,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  keep: r.keep === 1,
  retentionDays: r.retention_days,
});

export const toConversation = (r: ConversationRow): Conversation => ({ ...conversationFields(r), ephemeral: false, messageCount: r.message_count });

export const toMessage = (r: MessageRow): Message => ({
  id: r.id,
  conversationId: r.conversation_id,
  role: r.role,
  content: r.content,
  maskedContent: maskedOf(r),
  status: r.status,
  createdAt: r.created_at,
  tokensIn: r.tokens_in,
  tokensOut: r.tokens_out,
});

const SELECT_CONVERSATION = `SELECT c.*, (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id) AS message_count FROM conversations c`;

export const notFound = (): VeilError => new VeilError('NOT_FOUND', 'That conversation does not exist (it may have been deleted).');

export class ConversationRepo {
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  create(input: NewConversation, id = newConversationId(), at = this.now()): Conversation {
    statement(this.db, `INSERT INTO conversations (id, title, provider, model, system_prompt, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
      id,
      input.title,
      input.provider ?? null,
      input.model ?? null,
      input.systemPrompt ?? null,
      at,
      at,
    );
    return this.get(id);
  }

  get(id: string): Conversation {
    const row = statement(this.db, `${SELECT_CONVERSATION} WHERE c.id = ?`).get(id) as ConversationRow | undefined;
    if (!row) throw notFound();
    return toConversation(row);
  }

  has(id: string): boolean {
    return statement(this.db, 'SELECT 1 FROM conversations WHERE id = ?').get(id) !== undefined;
  }

  list(limit = 500, offset = 0): Conversation[] {
    const rows = statement(this.db, `${SELECT_CONVERSATION} ORDER BY c.updated_at DESC, c.id LIMIT ? OFFSET ?`).all(limit, offset) as ConversationRow[];
    return rows.map(toConversation);
  }

  private update(id: string, sql: string, ...params: unknown[]): Conversation {
    const r = statement(this.db, `UPDATE conversations SET ${sql}, updated_at = ? WHERE id = ?`).run(...params, this.now(), id);
    if (r.changes === 0) throw notFound();
    return this.get(id);
  }

  rename(id: string, title: string): Conversation {
    return this.update(id, 'title = ?', title);
  }

  setKeep(id: string, keep: boolean): Conversation {
    return this.update(id, 'keep = ?', keep ? 1 : 0);
  }

  setRetention(id: string, days: number | null): Conversation {
    return this.update(id, 'retention_days = ?', days);
  }

  /** Deletes the conversation with its messages (and their search entries), mappings and ledger rows. */
  delete(id: string): boolean {
    return statement(this.db, 'DELETE FROM conversations WHERE id = ?').run(id).changes > 0;
  }

  appendMessage(conversationId: string, m: NewMessage): Message {
    const at = m.createdAt ?? this.now();
    const tx = this.db.transaction(() => {
      const insert = statement(
        this.db,
        `INSERT INTO messages (conversation_id, role, content, masked_content, masked_is_content, status, created_at, tokens_in, tokens_out)
         SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM conversations WHERE id = ?)`,
      );
      const masked = storedMasked(m.content, m.maskedContent);
      const r = insert.run(conversationId, m.role, m.content, masked.masked_content, masked.masked_is_content, m.status ?? 'complete', at, m.tokensIn ?? null, m.tokensOut ?? null, conversationId);
      if (r.changes === 0) throw notFound();
      statement(this.db, 'UPDATE conversations SET updated_at = max(updated_at, ?) WHERE id = ?').run(at, conversationId);
      return Number(r.lastInsertRowid);
    });
    return this.getMessage(tx());
  }

  getMessage(id: number): Message {
    const row = statement(this.db, 'SELECT * FROM messages WHERE id = ?').get(id) as MessageRow | undefined;
    if (!row) throw new VeilError('NOT_FOUND', 'That message does not exist.');
    return toMessage(row);
  }

  /** Updates a streamed message (content so far, final status, token usage). */
  updateMessage(id: number, u: MessageUpdate): Message {
    const sets: string[] = [];
    const params: unknown[] = [];
    const add = (col: string, v: unknown) => {
      sets.push(`${col} = ?`);
      params.push(v);
    };
    this.db.transaction(() => {
      if (u.content !== undefined || u.maskedContent !== undefined) {
        // The stored masked form depends on both texts, so the one not given is read back.
        const cur = statement(this.db, 'SELECT content, masked_content, masked_is_content FROM messages WHERE id = ?').get(id) as
          | Pick<MessageRow, 'content' | 'masked_content' | 'masked_is_content'>
          | undefined;
        if (!cur) throw new VeilError('NOT_FOUND', 'That message does not exist.');
        const content = u.content ?? cur.content;
        const masked = storedMasked(content, u.maskedContent !== undefined ? u.maskedContent : maskedOf(cur));
        if (u.content !== undefined) add('content', u.content);
        add('masked_content', masked.masked_content);
        add('masked_is_content', masked.masked_is_content);
      }
      if (u.status !== undefined) add('status', u.status);
      if (u.tokensIn !== undefined) add('tokens_in', u.tokensIn);
      if (u.tokensOut !== undefined) add('tokens_out', u.tokensOut);
      if (sets.length > 0) {
        const r = statement(this.db, `UPDATE messages SET ${sets.join(', ')} WHERE id = ?`).run(...params, id);
        if (r.changes === 0) throw new VeilError('NOT_FOUND', 'That message does not exist.');
      }
    })();
    return this.getMessage(id);
  }

  listMessages(conversationId: string, limit = 10_000, afterId = 0): Message[] {
    if (!this.has(conversationId)) throw notFound();
    const rows = statement(this.db, 'SELECT * FROM messages WHERE conversation_id = ? AND id > ? ORDER BY id LIMIT ?').all(conversationId, afterId, limit) as MessageRow[];
    return rows.map(toMessage);
  }

  /** Placeholder mappings of a conversation (placeholder -> original value). */
  putMapping(conversationId: string, placeholder: string, value: string, entity: string): void {
    statement(
      this.db,
      `INSERT INTO placeholder_mappings (conversation_id, placeholder, value, entity, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (conversation_id, placeholder) DO UPDATE SET value = excluded.value, entity = excluded.entity`,
    ).run(conversationId, placeholder, value, entity, this.now());
  }

  mappings(conversationId: string): Array<{ placeholder: string; value: string; entity: string }> {
    return statement(this.db, 'SELECT placeholder, value, entity FROM placeholder_mappings WHERE conversation_id = ? ORDER BY created_at, placeholder').all(conversationId) as Array<{ placeholder: string; value: string; entity: string }>;
  }
}
