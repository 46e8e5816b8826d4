// The transparency ledger's channels: one entry per outbound request (opened before it is sent),
// listed with filters, shown in full, exported (JSON or CSV text) and cleared (audit-logged).
import { z } from 'zod';
import { request } from '../channel';

export const LedgerOutcomeSchema = z.enum(['pending', 'ok', 'error', 'blocked', 'cancelled']);
export type LedgerOutcome = z.infer<typeof LedgerOutcomeSchema>;

const Int = z.number().int();
const Ms = z.number().nonnegative();

/** What the list shows: no request body, no headers. */
export const LedgerSummarySchema = z.object({
  id: z.string(),
  startedAt: Int,
  endedAt: Int.nullable(),
  conversationId: z.string().nullable(),
  /** The conversation is ephemeral: this entry lives in memory only. */
  ephemeral: z.boolean(),
  provider: z.string(),
  providerName: z.string(),
  model: z.string().nullable(),
  method: z.string(),
  scheme: z.string(),
  host: z.string(),
  port: Int,
  /** Path with query values removed. */
  path: z.string(),
  outcome: LedgerOutcomeSchema,
  status: Int.nullable(),
  durationMs: Ms.nullable(),
  requestBytes: Int,
  responseBytes: Int.nullable(),
  /** Human-readable jurisdiction from the provider catalog (or "unknown"). */
  jurisdiction: z.string(),
  errorCode: z.string().nullable(),
  /** Values masked before sending, per type (EMAIL: 2...); the list shows them, so they are here. */
  maskedCounts: z.record(z.string(), Int),
});
export type LedgerSummary = z.infer<typeof LedgerSummarySchema>;

export const LedgerEntrySchema = LedgerSummarySchema.extend({
  userMessageId: Int.nullable(),
  assistantMessageId: Int.nullable(),
  /** Which try of the same message this request was (retries are separate entries). */
  attempt: Int,
  jurisdictionRegions: z.array(z.string()),
  remoteAddress: z.string().nullable(),
  remotePort: Int.nullable(),
  tlsVersion: z.string().nullable(),
  /** SHA-256 of the server certificate (colon-separated hex). */
  certFingerprint256: z.string().nullable(),
  /** base64 SHA-256 of the server's public key (what a pin is compared with). */
  certSpkiSha256: z.string().nullable(),
  /** "direct", "system", or the proxy URL without credentials. */
  proxy: z.string(),
  /** Headers as sent, with credential values replaced by [REDACTED]. */
  requestHeaders: z.record(z.string(), z.string()),
  /** The exact request body as sent (it never contains the API key). */
  requestBody: z.string(),
  requestBodyBytes: Int,
  headersMs: Ms.nullable(),
  firstTokenMs: Ms.nullable(),
  inputTokens: Int.nullable(),
  outputTokens: Int.nullable(),
  errorMessage: z.string().nullable(),
});
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;

export const LedgerFilterSchema = z
  .object({
    provider: z.string().max(100).optional(),
    outcome: LedgerOutcomeSchema.optional(),
    /** Inclusive lower bound of startedAt (ms since epoch). */
    from: Int.optional(),
    /** Exclusive upper bound of startedAt. */
    to: Int.optional(),
  })
  .strict();
export type LedgerFilter = z.infer<typeof LedgerFilterSchema>;

export const ledgerChannels = {
  'ledger.list': request(
    LedgerFilterSchema.extend({ limit: Int.min(1).max(1000).optional(), offset: Int.min(0).optional() }).strict(),
    z.object({ entries: z.array(LedgerSummarySchema), total: Int }),
  ),
  'ledger.detail': request(z.object({ id: z.string().min(1).max(100) }).strict(), LedgerEntrySchema),
  /** The whole (filtered) ledger as text; the renderer offers it for saving. */
  'ledger.export': request(
    LedgerFilterSchema.extend({ format: z.enum(['json', 'csv']) }).strict(),
    z.object({ content: z.string(), mimeType: z.string(), fileName: z.string(), entries: Int }),
  ),
  'ledger.clear': request(z.object({ confirm: z.literal('CLEAR') }).strict(), z.object({ cleared: Int })),
} as const;
