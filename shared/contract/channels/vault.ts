// Channels for stored conversations: list/create/get/rename/keep/retention/delete, messages,
// search, retention settings, the audit log, key rotation and wipe.
import { z } from 'zod';
import { request } from '../channel';
import {
  AuditEventSchema,
  ConversationIdSchema,
  ConversationSchema,
  MessageSchema,
  RetentionSettingsSchema,
  SearchHitSchema,
} from '../vault-types';
import { Empty } from './app';
import { LockStatusSchema } from './secrets';

const Id = z.object({ id: ConversationIdSchema }).strict();
const Title = z.string().trim().min(1).max(200);

export const PurgeCountsSchema = z.object({
  conversations: z.number().int(),
  messages: z.number().int(),
  mappings: z.number().int(),
  ledgerEntries: z.number().int(),
  auditEvents: z.number().int(),
});

export const vaultChannels = {
  'conversations.list': request(
    z.object({ limit: z.number().int().min(1).max(1000).optional(), offset: z.number().int().min(0).optional() }).strict(),
    z.object({ conversations: z.array(ConversationSchema) }),
  ),
  'conversations.create': request(
    z
      .object({
        title: Title,
        provider: z.string().max(100).nullable().optional(),
        model: z.string().max(200).nullable().optional(),
        systemPrompt: z.string().max(100_000).nullable().optional(),
        /** Held in memory only; never written to disk. */
        ephemeral: z.boolean().optional(),
      })
      .strict(),
    ConversationSchema,
  ),
  'conversations.get': request(Id, ConversationSchema),
  'conversations.delete': request(Id, z.object({ deleted: z.boolean() })),
  'conversations.rename': request(z.object({ id: ConversationIdSchema, title: Title }).strict(), ConversationSchema),
  'conversations.setKeep': request(z.object({ id: ConversationIdSchema, keep: z.boolean() }).strict(), ConversationSchema),
  /** days: null = the global default, 0 = keep forever, N = delete N days after the last update. */
  'conversations.setRetention': request(
    z.object({ id: ConversationIdSchema, days: z.number().int().min(0).max(36_500).nullable() }).strict(),
    ConversationSchema,
  ),
  'messages.list': request(
    z.object({ conversationId: ConversationIdSchema, afterId: z.number().int().min(0).optional(), limit: z.number().int().min(1).max(10_000).optional() }).strict(),
    z.object({ messages: z.array(MessageSchema) }),
  ),
  'search.query': request(
    z.object({ query: z.string().max(500), limit: z.number().int().min(1).max(200).optional() }).strict(),
    z.object({ hits: z.array(SearchHitSchema) }),
  ),
  'retention.get': request(Empty, RetentionSettingsSchema),
  'retention.set': request(RetentionSettingsSchema.strict(), RetentionSettingsSchema),
  'retention.purgeNow': request(Empty, PurgeCountsSchema),
  'audit.list': request(
    z.object({ limit: z.number().int().min(1).max(1000).optional(), beforeId: z.number().int().min(1).optional() }).strict(),
    z.object({ events: z.array(AuditEventSchema) }),
  ),
  /** Re-encrypts the vault under a new random key and destroys the old one. */
  'vault.rotateKey': request(Empty, z.object({ rotated: z.literal(true) })),
  /** Destroys the vault key, the database files, settings and temp files, then starts fresh. */
  'vault.wipe': request(z.object({ confirm: z.literal('WIPE'), includeApiKeys: z.boolean() }).strict(), LockStatusSchema),
} as const;
