// Writes imported conversations into the vault in ONE transaction: any failure (a constraint,
// a full disk) rolls everything back, so an import is all or nothing. Dates, keep flags,
// retention overrides, masked forms, status, usage and mappings are kept as they were exported.
import type { ExportConversation } from '../../../shared/contract/export-format';
import { newConversationId } from '../vault/conversation-repo';
import type { Db } from '../vault/open-vault';

export interface InsertCounts {
  conversations: number;
  messages: number;
  mappings: number;
  renamed: number;
}

export function insertConversations(db: Db, conversations: readonly ExportConversation[]): InsertCounts {
  const exists = db.prepare('SELECT 1 FROM conversations WHERE id = ?');
  const conv = db.prepare(
    `INSERT INTO conversations (id, title, provider, model, system_prompt, created_at, updated_at, keep, retention_days)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const msg = db.prepare(
    `INSERT INTO messages (conversation_id, role, content, masked_content, status, created_at, tokens_in, tokens_out)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const map = db.prepare('INSERT INTO placeholder_mappings (conversation_id, placeholder, value, entity, created_at) VALUES (?, ?, ?, ?, ?)');
  return db.transaction((): InsertCounts => {
    const counts: InsertCounts = { conversations: 0, messages: 0, mappings: 0, renamed: 0 };
    for (const c of conversations) {
      // Keep the id when it is free (a restore); an existing or ephemeral-looking id gets a new one.
      let id = c.id;
      if (!id.startsWith('c_') || exists.get(id)) {
        id = newConversationId();
        counts.renamed++;
      }
      conv.run(id, c.title, c.provider, c.model, c.systemPrompt, c.createdAt, c.updatedAt, c.keep ? 1 : 0, c.retentionDays);
      for (const m of c.messages) msg.run(id, m.role, m.content, m.maskedContent, m.status, m.createdAt, m.tokensIn, m.tokensOut);
      for (const p of c.mappings) map.run(id, p.placeholder, p.value, p.entity, p.createdAt);
      counts.conversations++;
      counts.messages += c.messages.length;
      counts.mappings += c.mappings.length;
    }
    return counts;
  })();
}
