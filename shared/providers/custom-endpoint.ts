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
/** A custom endpoint with every default filled in (as settings.get returns it). */
export type CustomEndpointConfig = z.output<typeof CustomEndpointSchema>;

export const MAX_CUSTOM_ENDPOINTS = 20;

/**
 * The list as stored in settings (`customEndpoints`). Stricter than one config on its own: the
 * composer needs a model to pick, and the provider id (`custom-<slug>`) must name one endpoint.
 * Issues carry their path ([index, field]) so the settings form can show each beside its field.
 */
export const CustomEndpointListSchema = z
  .array(
    CustomEndpointSchema.superRefine((e, ctx) => {
      if (e.models.length === 0) ctx.addIssue({ code: 'custom', path: ['models'], message: 'Add at least one model id.' });
      const seen = new Set<string>();
      for (const m of e.models) {
        if (seen.has(m)) ctx.addIssue({ code: 'custom', path: ['models'], message: `The model “${m}” is listed twice.` });
        seen.add(m);
      }
    }),
  )
  .max(MAX_CUSTOM_ENDPOINTS, `At most ${MAX_CUSTOM_ENDPOINTS} custom endpoints.`)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((e, i) => {
      if (seen.has(e.slug)) ctx.addIssue({ code: 'custom', path: [i, 'slug'], message: `Another endpoint already uses the id “${e.slug}”.` });
      seen.add(e.slug);
    });
  });

/** The provider id of a custom endpoint. */
export const customProviderId = (slug: string): string => `${CUSTOM_ID_PREFIX}${slug}`;

/** Validates a custom endpoint config and returns its catalog entry; throws a ZodError on bad input. */
export function customProviderEntry(input: CustomEndpoint): ProviderEntry {
  const cfg = CustomEndpointSchema.parse(input);
  return {
    ...custom,
    id: customProviderId(cfg.slug),
    displayName: cfg.displayName,
    baseUrl: cfg.baseUrl.replace(/\/+$/, ''),
    auth: cfg.apiKey === 'none' ? 'none' : 'bearer',
    apiKey: cfg.apiKey,
    models: cfg.models.map((id) => ({ id, displayName: id })),
    defaultModel: cfg.models[0] ?? null,
    wire: { streamUsage: cfg.streamUsage, maxTokensField: cfg.maxTokensField },
  };
}
