// The send pipeline's channel (DESIGN.md §3): one stream per user message. The core masks, stores,
// sends through the egress gate and streams the restored reply back as events.
import { z } from 'zod';
import { stream } from '../channel';
import { ConversationIdSchema } from '../vault-types';

export const ChatSendInputSchema = z
  .object({
    conversationId: ConversationIdSchema,
    text: z.string().min(1).max(1_000_000),
    /** Provider and model for this send; default: the conversation's, then the last used. */
    providerId: z.string().max(100).optional(),
    model: z.string().max(200).optional(),
  })
  .strict();

const Counts = z.record(z.string(), z.number().int().nonnegative());

export const ChatEventSchema = z.discriminatedUnion('type', [
  /** The user message is stored (or held, for ephemeral conversations); what will be sent. */
  z.object({
    type: z.literal('accepted'),
    userMessageId: z.number().int(),
    assistantMessageId: z.number().int(),
    /** The user's text as the provider will see it. */
    maskedText: z.string(),
    maskedCounts: Counts,
    providerId: z.string(),
    model: z.string(),
  }),
  /** Restored reply text (placeholders replaced by the user's values), in order. */
  z.object({ type: z.literal('delta'), text: z.string() }),
  z.object({ type: z.literal('reasoning'), text: z.string() }),
  z.object({
    type: z.literal('done'),
    status: z.enum(['complete', 'partial', 'error']),
    usage: z.object({ inputTokens: z.number().int().nullable(), outputTokens: z.number().int().nullable() }).nullable(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
  }),
]);
export type ChatEvent = z.infer<typeof ChatEventSchema>;

export const chatChannels = {
  'chat.send': stream(ChatSendInputSchema, ChatEventSchema),
} as const;
