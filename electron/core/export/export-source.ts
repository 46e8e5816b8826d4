// Reads what an export writes, without ever holding all messages: conversations come in keyset
// pages, and each conversation's messages in pages read with a better-sqlite3 cursor (.iterate())
// that is drained synchronously, so no cursor stays open across an await (the connection remains
// usable by chat while a long export waits for the disk).
import type { ExportConversation, ExportMapping, ExportMessage } from '../../../shared/contract/export-format';
import { conversationFields, type ConversationRow as StoredConversationRow, type MessageRow as StoredMessageRow } from '../vault/conversation-repo';
import { maskedOf } from '../vault/masked-column';
import type { Db } from '../vault/open-vault';

export type ExportConversationHead = Omit<ExportConversation, 'messages'>;

/** The stored rows, as the vault's repositories read them (without their computed columns). */
type ConversationRow = Omit<StoredConversationRow, 'message_count'>;
type MessageRow = Omit<StoredMessageRow, 'conversation_id'>;

const CONV_PAGE = 200;
export const MESSAGE_PAGE = 500;

/** Stored conversations: the given ids in that order, or all of them oldest first, page by page. */
export function* conversationRows(db: Db, ids?: readonly string[]): Generator<ConversationRow> {
  if (ids) {
    const one = db.prepare('SELECT * FROM conversations WHERE id = ?');
    for (const id of ids) {
      const row = one.get(id) as ConversationRow | undefined;
      if (row) yield row;
    }
    return;
  }
  const page = db.prepare('SELECT * FROM conversations WHERE (created_at, id) > (?, ?) ORDER BY created_at, id LIMIT ?');
  let after: [number, string] = [-1, ''];
  for (;;) {
    const rows = page.all(after[0], after[1], CONV_PAGE) as ConversationRow[];
    yield* rows;
    if (rows.length < CONV_PAGE) return;
    const last = rows[rows.length - 1]!;
    after = [last.created_at, last.id];
  }
}

export function conversationHead(db: Db, r: ConversationRow): ExportConversationHead {
  const mappings = db
    .prepare('SELECT placeholder, value, entity, created_at AS createdAt FROM placeholder_mappings WHERE conversation_id = ? ORDER BY created_at, placeholder')
    .all(r.id) as ExportMapping[];
  return {
    ...conversationFields(r),
    mappings,
  };
}

export const toExportMessage = (r: MessageRow): ExportMessage => ({
  role: r.role,
  content: r.content,
  maskedContent: maskedOf(r),
  status: r.status,
  createdAt: r.created_at,
  tokensIn: r.tokens_in,
  tokensOut: r.tokens_out,
});

/**
 * Calls `onPage` with each page of a conversation's messages (oldest first), rendered by `render`
 * row by row straight from the cursor. Only one page of rendered text exists at a time.
 */
export async function forEachMessagePage(
  db: Db,
  conversationId: string,
  render: (m: ExportMessage, index: number) => string | null,
  onPage: (text: string, count: number) => Promise<void>,
): Promise<number> {
  const stmt = db.prepare('SELECT * FROM messages WHERE conversation_id = ? AND id > ? ORDER BY id LIMIT ?');
  let afterId = 0;
  let total = 0;
  for (;;) {
    let text = '';
    let seen = 0;
    let written = 0;
    for (const row of stmt.iterate(conversationId, afterId, MESSAGE_PAGE) as IterableIterator<MessageRow>) {
      seen++;
      afterId = row.id;
      const piece = render(toExportMessage(row), total + written);
      if (piece !== null) {
        text += piece;
        written++;
      }
    }
    total += written;
    if (text.length > 0) await onPage(text, written);
    if (seen < MESSAGE_PAGE) return total;
  }
}
