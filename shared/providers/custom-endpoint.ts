// User-defined OpenAI-compatible endpoints (a company gateway, vLLM, LiteLLM...). Settings store
// this small config; `customProviderEntry` turns it into a catalog entry the adapters understand.
// Privacy facts stay unknown: even a localhost endpoint may forward prompts elsewhere.
import { z } from 'zod';
import { custom } from './entries/custom';
import { baseUrlProblem } from './loopback';
import type { ProviderEntry } from './provider-schema';

export const CUSTOM_ID_PREFIX = 'custom-';

export const CustomEndpointSchema = z.strictObject({
  /** Short slug chosen by the user; the provider id becomes `custom-<slug>`. */
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Use lowercase letters, digits and dashes (at most 40).'),
  displayName: z.string().trim().min(1).max(80),
  baseUrl: z.string().superRefine((url, ctx) => {
    const problem = baseUrlProblem(url);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  apiKey: z.enum(['required', 'optional', 'none']).default('optional'),
  models: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  streamUsage: z.boolean().default(false),
  maxTokensField: z.enum(['max_tokens', 'max_completion_tokens']).default('max_tokens'),
});
export type CustomEndpoint = z.input<typeof CustomEndpointSchema>;

/** Validates a custom endpoint config and returns its catalog entry; throws a ZodError on bad input. */
export function customProviderEntry(input: CustomEndpoint): ProviderEntry {
  const cfg = CustomEndpointSchema.parse(input);
  return {
    ...custom,
    id: `${CUSTOM_ID_PREFIX}${cfg.slug}`,
    displayName: cfg.displayName,
    baseUrl: cfg.baseUrl.replace(/\/+$/, ''),
    auth: cfg.apiKey === 'none' ? 'none' : 'bearer',
    apiKey: cfg.apiKey,
    models: cfg.models.map((id) => ({ id, displayName: id })),
    defaultModel: cfg.models[0] ?? null,
    wire: { streamUsage: cfg.streamUsage, maxTokensField: cfg.maxTokensField },
  };
}
