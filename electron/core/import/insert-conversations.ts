// Writes imported conversations into the vault piece by piece as the file is read: a conversation
// row, then its messages and mappings. It opens no transaction itself: the import runs it inside
// ONE vault write, so any failure (a constraint, a full disk, a bad message further on in the
// file) rolls everything back. Dates, keep flags, retention, masked forms, status, usage and
// mappings are kept as they were exported.
import type { ExportConversation, ExportMapping, ExportMessage } from '../../../shared/contract/export-format';
import { newConversationId } from '../vault/conversation-repo';
import { storedMasked } from '../vault/masked-column';
import type { Db } from '../vault/open-vault';

export type ConversationHead = Omit<ExportConversation, 'messages' | 'mappings'>;

export interface InsertCounts {
  conversations: number;
  messages: number;
  mappings: number;
  renamed: number;
}

/** Where a reader puts what it has validated. */
export interface ImportTarget {
  /** Stores the conversation row; returns the id it was stored under. */
  conversation(head: ConversationHead): string;
  message(conversationId: string, m: ExportMessage): void;
  mapping(conversationId: string, p: ExportMapping): void;
}

export class ConversationInserter implements ImportTarget {
  readonly counts: InsertCounts = { conversations: 0, messages: 0, mappings: 0, renamed: 0 };
  private readonly exists;
  private readonly conv;
  private readonly msg;
  private readonly map;

  constructor(db: Db) {
    this.exists = db.prepare('SELECT 1 FROM conversations WHERE id = ?');
    this.conv = db.prepare(
      `INSERT INTO conversations (id, title, provider, model, system_prompt, created_at, updated_at, keep, retention_days)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.msg = db.prepare(
      `INSERT INTO messages (conversation_id, role, content, masked_content, masked_is_content, status, created_at, tokens_in, tokens_out)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.map = db.prepare('INSERT INTO placeholder_mappings (conversation_id, placeholder, value, entity, created_at) VALUES (?, ?, ?, ?, ?)');
  }

  conversation(c: ConversationHead): string {
    // Keep the id when it is free (a restore); an existing or ephemeral-looking id gets a new one.
    let id = c.id;
    if (!id.startsWith('c_') || this.exists.get(id)) {
      id = newConversationId();
      this.counts.renamed++;
    }
    this.conv.run(id, c.title, c.provider, c.model, c.systemPrompt, c.createdAt, c.updatedAt, c.keep ? 1 : 0, c.retentionDays);
    this.counts.conversations++;
    return id;
  }

  message(id: string, m: ExportMessage): void {
    // Stored in the vault's compact form directly (see masked-column.ts), so its compaction
    // trigger has no second write to do for each imported message.
    const masked = storedMasked(m.content, m.maskedContent);
    this.msg.run(id, m.role, m.content, masked.masked_content, masked.masked_is_content, m.status, m.createdAt, m.tokensIn, m.tokensOut);
    this.counts.messages++;
  }

  mapping(id: string, p: ExportMapping): void {
    this.map.run(id, p.placeholder, p.value, p.entity, p.createdAt);
    this.counts.mappings++;
  }
}

/** Stores whole conversations (e.g. the ChatGPT reader, which converts one conversation at a time). */
export function insertConversation(target: ImportTarget, c: ExportConversation): void {
  const id = target.conversation(c);
  for (const m of c.messages) target.message(id, m);
  for (const p of c.mappings) target.mapping(id, p);
}
