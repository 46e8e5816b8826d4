// Full-text search over the original text of stored messages: FTS5 ranks with bm25(), and the
// snippet is cut from the original text here (the index holds segmented CJK, not the text).
import type { SearchHit } from '../../../shared/contract/vault-types';
import { highlightTerms, toFtsQuery } from './cjk-segment';
import type { Db } from './open-vault';

interface HitRow {
  id: number;
  conversation_id: string;
  role: SearchHit['role'];
  content: string;
  created_at: number;
  title: string;
  score: number;
}

const SNIPPET_CHARS = 160;
/**
 * bm25 has to score every match before the best 50 are known; a very common term matches tens of
 * thousands of messages (tens of ms). Past this many matches only the newest RANK_WINDOW are
 * ranked: finding where that window starts walks the index in rowid order and stops early.
 */
export const RANK_WINDOW = 2000;
const LEAD_CHARS = 40;

/** A window of `text` around the first match, with [start, end) ranges of every match in it. */
export function makeSnippet(text: string, terms: readonly string[]): { snippet: string; highlights: Array<[number, number]> } {
  const lower = text.toLocaleLowerCase();
  const needles = terms.map((t) => t.toLocaleLowerCase()).filter((t) => t.length > 0);
  let first = -1;
  for (const n of needles) {
    const at = lower.indexOf(n);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  const start = first <= LEAD_CHARS ? 0 : first - LEAD_CHARS;
  const end = Math.min(text.length, start + SNIPPET_CHARS);
  const prefix = start > 0 ? '…' : '';
  const body = text.slice(start, end).replace(/\s+/g, ' ');
  // Whitespace collapsing changes offsets, so ranges are computed on the final string.
  const snippet = `${prefix}${body}${end < text.length ? '…' : ''}`;
  const hay = snippet.toLocaleLowerCase();
  const highlights: Array<[number, number]> = [];
  for (const n of needles) {
    for (let at = hay.indexOf(n); at >= 0; at = hay.indexOf(n, at + n.length)) {
      if (!highlights.some(([s, e]) => at < e && at + n.length > s)) highlights.push([at, at + n.length]);
    }
  }
  highlights.sort((a, b) => a[0] - b[0]);
  return { snippet, highlights };
}

export class SearchRepo {
  constructor(private readonly db: Db) {}

  search(query: string, limit = 50): SearchHit[] {
    const fts = toFtsQuery(query);
    if (!fts) return [];
    const edge = this.db.prepare('SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?').get(fts, RANK_WINDOW - 1) as
      | { rowid: number }
      | undefined;
    const rows = this.db
      .prepare(
        `SELECT m.id, m.conversation_id, m.role, m.content, m.created_at, c.title, f.score
         FROM (SELECT rowid, bm25(messages_fts) AS score FROM messages_fts WHERE messages_fts MATCH ? AND rowid >= ? ORDER BY rank LIMIT ?) f
         JOIN messages m ON m.id = f.rowid
         JOIN conversations c ON c.id = m.conversation_id
         ORDER BY f.score, m.id DESC`,
      )
      // A BigInt binds as INTEGER: FTS5 ignores a REAL rowid bound (JS numbers bind as REAL) and ranks everything.
      .all(fts, BigInt(edge?.rowid ?? 0), limit) as HitRow[];
    const terms = highlightTerms(query);
    return rows.map((r) => ({
      conversationId: r.conversation_id,
      conversationTitle: r.title,
      messageId: r.id,
      role: r.role,
      createdAt: r.created_at,
      ...makeSnippet(r.content, terms),
      score: r.score,
    }));
  }
}
