// The Veil JSON export format, version 1: the documented, versioned file schema that exports
// write and imports read (also the payload inside an encrypted archive). Declared once with zod;
// docs-drafts/vault.md documents it field by field. Never change v1: add a version 2.
import { z } from 'zod';
import { ConversationIdSchema, MessageRoleSchema, MessageStatusSchema } from './vault-types';

export const VEIL_EXPORT_FORMAT = 'veil-export';
export const VEIL_EXPORT_VERSION = 1;

const Ms = z.number().int().min(0);
const Count = z.number().int().min(0).nullable();

export const ExportMessageSchema = z
  .object({
    role: MessageRoleSchema,
    /** The original text (in a masked-only export: the masked text the provider received). */
    content: z.string(),
    /** The masked form actually sent to the provider; null for messages never sent. */
    maskedContent: z.string().nullable(),
    status: MessageStatusSchema,
    createdAt: Ms,
    tokensIn: Count,
    tokensOut: Count,
  })
  .strict();
export type ExportMessage = z.infer<typeof ExportMessageSchema>;

export const ExportMappingSchema = z
  .object({
    /** e.g. "[EMAIL_1]" */
    placeholder: z.string().min(1).max(200),
    /** The original value the placeholder stands for. */
    value: z.string().max(100_000),
    /** Entity type, e.g. "EMAIL". */
    entity: z.string().min(1).max(100),
    createdAt: Ms,
  })
  .strict();
export type ExportMapping = z.infer<typeof ExportMappingSchema>;

export const ExportConversationSchema = z
  .object({
    id: ConversationIdSchema,
    title: z.string().max(10_000),
    provider: z.string().max(100).nullable(),
    model: z.string().max(200).nullable(),
    systemPrompt: z.string().nullable(),
    createdAt: Ms,
    updatedAt: Ms,
    keep: z.boolean(),
    /** null: the global default; 0: keep forever; N: delete N days after the last update. */
    retentionDays: z.number().int().min(0).max(36_500).nullable(),
    /** Placeholder -> value pairs; always empty in a masked-only export. */
    mappings: z.array(ExportMappingSchema),
    /** Oldest first. */
    messages: z.array(ExportMessageSchema),
  })
  .strict();
export type ExportConversation = z.infer<typeof ExportConversationSchema>;

export const VeilExportSchema = z
  .object({
    format: z.literal(VEIL_EXPORT_FORMAT),
    version: z.literal(VEIL_EXPORT_VERSION),
    /** ms since the epoch */
    exportedAt: Ms,
    app: z.object({ name: z.literal('Veil'), version: z.string().max(50) }).strict(),
    /** true: "as the provider saw it" (masked text only, no mappings). */
    maskedOnly: z.boolean(),
    conversations: z.array(ExportConversationSchema),
  })
  .strict();
export type VeilExport = z.infer<typeof VeilExportSchema>;
