// Shapes of stored conversations, messages, search hits, audit events and retention settings,
// shared by the vault (core) and the UI. Declared once with zod; the RPC channels reuse them.
import { z } from 'zod';

export const ConversationIdSchema = z.string().regex(/^(c|e)_[A-Za-z0-9_-]{8,64}$/, 'not a conversation id');
export const MessageRoleSchema = z.enum(['system', 'user', 'assistant']);
export const MessageStatusSchema = z.enum(['complete', 'partial', 'error']);

export const ConversationSchema = z.object({
  id: ConversationIdSchema,
  title: z.string(),
  provider: z.string().nullable(),
  model: z.string().nullable(),
  systemPrompt: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
  keep: z.boolean(),
  /** null: the global default; 0: keep forever; N: delete N days after the last update. */
  retentionDays: z.number().int().min(0).nullable(),
  /** Held in memory only: never written to disk, never in search. */
  ephemeral: z.boolean(),
  messageCount: z.number().int(),
});
export type Conversation = z.infer<typeof ConversationSchema>;

export const MessageSchema = z.object({
  id: z.number().int(),
  conversationId: ConversationIdSchema,
  role: MessageRoleSchema,
  content: z.string(),
  /** The masked form actually sent to the provider (null for messages never sent). */
  maskedContent: z.string().nullable(),
  status: MessageStatusSchema,
  createdAt: z.number(),
  tokensIn: z.number().int().nullable(),
  tokensOut: z.number().int().nullable(),
});
export type Message = z.infer<typeof MessageSchema>;

export const SearchHitSchema = z.object({
  conversationId: ConversationIdSchema,
  conversationTitle: z.string(),
  messageId: z.number().int(),
  role: MessageRoleSchema,
  createdAt: z.number(),
  /** A window of the original text around the first match. */
  snippet: z.string(),
  /** [start, end) offsets of matches inside `snippet`, for highlighting without HTML. */
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
  /** bm25 score (lower is better), for ordering. */
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const AuditEventSchema = z.object({
  id: z.number().int(),
  at: z.number(),
  kind: z.string(),
  /** Counts and identifiers only; never content or secrets. */
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const RetentionSettingsSchema = z.object({
  /** null: keep forever; N: delete conversations N days after their last update. */
  conversationDays: z.number().int().min(1).max(36_500).nullable(),
  /** null: keep forever; N: delete ledger entries and audit events older than N days. */
  ledgerDays: z.number().int().min(1).max(36_500).nullable(),
});
export type RetentionSettings = z.infer<typeof RetentionSettingsSchema>;
