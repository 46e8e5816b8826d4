// The catalog entry: how to reach a provider (base URL, wire style, auth) and what is known about
// what it does with the data. The core's adapters read the wire fields; the UI and policy read
// the privacy facts. Validated by a test so a bad entry cannot ship.
import { z } from 'zod';
import { PrivacyFactsSchema } from './privacy-fact';

export const API_STYLES = ['openai', 'anthropic', 'ollama', 'preview'] as const;
export type ApiStyle = (typeof API_STYLES)[number];

export const AUTH_SCHEMES = ['bearer', 'x-api-key', 'none'] as const;
export type AuthScheme = (typeof AUTH_SCHEMES)[number];

export const ModelSchema = z.strictObject({
  id: z.string().min(1),
  displayName: z.string().min(1),
  /** The model streams its reasoning separately (DeepSeek `reasoning_content`). */
  reasoning: z.boolean().optional(),
});
export type ProviderModel = z.infer<typeof ModelSchema>;

/** Small differences between OpenAI-compatible servers that change the request body. */
export const WireQuirksSchema = z.strictObject({
  /** Ask for a final usage chunk with `stream_options.include_usage` (not every server accepts it). */
  streamUsage: z.boolean(),
  /** Newer OpenAI models reject `max_tokens` and want `max_completion_tokens`. */
  maxTokensField: z.enum(['max_tokens', 'max_completion_tokens']),
});
export type WireQuirks = z.infer<typeof WireQuirksSchema>;

export const ProviderEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'ids are lowercase kebab-case'),
  displayName: z.string().min(1),
  /** Who runs the service; shown next to the jurisdiction. */
  operator: z.string().min(1),
  apiStyle: z.enum(API_STYLES),
  /** Null when the user supplies it (custom endpoint) or when nothing is sent (Preview). */
  baseUrl: z.string().nullable(),
  auth: z.enum(AUTH_SCHEMES),
  apiKey: z.enum(['required', 'optional', 'none']),
  /** The request never leaves this machine (loopback server, or nothing sent at all). */
  local: z.boolean(),
  models: z.array(ModelSchema),
  /** Users may type a model id that is not in `models` (local runners, routers). */
  freeformModels: z.boolean(),
  defaultModel: z.string().nullable(),
  wire: WireQuirksSchema,
  privacy: PrivacyFactsSchema,
});
export type ProviderEntry = z.infer<typeof ProviderEntrySchema>;

export const DEFAULT_WIRE: WireQuirks = { streamUsage: true, maxTokensField: 'max_tokens' };
