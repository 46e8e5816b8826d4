// Non-secret preferences. One zod schema: the core validates writes with it, and the settings
// store (electron-store in the app, conf under plain Node) gets the JSON schema derived from it.
// Every key has a default, so a file written by an earlier version (fewer keys) still loads.
import { z } from 'zod';
import { defaultNetworkSettings, NetworkSettingsSchema } from '../egress/network-settings';
// Only the engine's vocabulary (plain data), so the preload bundle stays free of recognizers.
import { PRESETS } from '../masking/presets';
import { ENTITY_TYPES, type EntityType } from '../masking/types';
import { CustomEndpointListSchema, MAX_CUSTOM_ENDPOINTS } from '../providers/custom-endpoint';

export const ThemeSchema = z.enum(['system', 'light', 'dark']);

/** Limits on the user's masking rules: generous for real use, small enough to keep the file and the scan cheap. */
export const MASKING_LIMITS = {
  maxTerms: 500,
  maxTermLength: 200,
  maxPatterns: 50,
  maxPatternNameLength: 80,
  /** The same bound compileCustomPattern enforces. */
  maxPatternLength: 500,
} as const;

export const EntityTypeSchema = z.enum(ENTITY_TYPES);

const TermSchema = z.string().trim().min(1).max(MASKING_LIMITS.maxTermLength);
const TermListSchema = z.array(TermSchema).max(MASKING_LIMITS.maxTerms);
const TypeListSchema = z.array(EntityTypeSchema).max(ENTITY_TYPES.length);

/** A user regex as stored: syntax and speed are checked by the core when it is saved (settings.update). */
export const CustomPatternSettingSchema = z.object({
  name: z.string().trim().min(1).max(MASKING_LIMITS.maxPatternNameLength),
  source: z.string().min(1).max(MASKING_LIMITS.maxPatternLength),
});
export type CustomPatternSetting = z.infer<typeof CustomPatternSettingSchema>;

/** What the Custom preset starts from: Standard's types. CUSTOM is not a switch (your own rules always apply). */
export const DEFAULT_CUSTOM_TYPES: readonly EntityType[] = PRESETS.standard.types.filter((t) => t !== 'CUSTOM');

export const SettingsSchema = z.object({
  theme: ThemeSchema.default('system'),
  lastProviderId: z.string().max(100).nullable().default(null),
  maskingPreset: z.enum(['standard', 'strict', 'pci', 'secrets', 'custom']).default('standard'),
  autoLockMinutes: z.number().int().min(0).max(24 * 60).default(0),
  /** Proxy, TLS rules, custom CA and per-provider daily limits (shared/egress/network-settings.ts). */
  network: NetworkSettingsSchema.default(defaultNetworkSettings),
  /** The user's OpenAI-compatible endpoints (provider id `custom-<slug>`); checked by the core when saved. */
  customEndpoints: CustomEndpointListSchema.default([]),
  /** Custom preset: exactly these types are masked. */
  maskingCustomTypes: TypeListSchema.default(() => [...DEFAULT_CUSTOM_TYPES]),
  /** Other presets: these of the preset's types are switched off. */
  maskingDisabledTypes: TypeListSchema.default([]),
  /** Words and phrases always masked (client names, codenames). */
  maskingCustomTerms: TermListSchema.default([]),
  /** User regexes, always masked; validated when saved. */
  maskingCustomPatterns: z.array(CustomPatternSettingSchema).max(MASKING_LIMITS.maxPatterns).default([]),
  /** Terms never masked, whatever finds them. */
  maskingAllowlist: TermListSchema.default([]),
  /** Realistic fake values instead of [TYPE_n] placeholders (still reversible). */
  maskingSurrogates: z.boolean().default(false),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** The keys that make up the user's masking configuration. */
export const MASKING_SETTING_KEYS = [
  'maskingPreset',
  'maskingCustomTypes',
  'maskingDisabledTypes',
  'maskingCustomTerms',
  'maskingCustomPatterns',
  'maskingAllowlist',
  'maskingSurrogates',
] as const satisfies readonly (keyof Settings)[];
export type MaskingSettings = Pick<Settings, (typeof MASKING_SETTING_KEYS)[number]>;

type SettingsShape = typeof SettingsSchema.shape;
type PatchShape = { [K in keyof SettingsShape]: z.ZodOptional<ReturnType<SettingsShape[K]['unwrap']>> };

// Not SettingsSchema.partial(): zod 4 still applies each field's default inside .partial(), so a
// one-key patch would come back with every other key reset to its default and overwrite it.
function patchShape(): PatchShape {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(SettingsSchema.shape)) shape[key] = field.unwrap().optional();
  return shape as PatchShape;
}

/**
 * Custom endpoints cross the channel as plain objects: the core checks them itself (SettingsService)
 * so a refusal says CUSTOM_ENDPOINT_INVALID and names the endpoint and field, not a schema path.
 */
const EndpointsPatch = z.array(z.record(z.string(), z.unknown())).max(MAX_CUSTOM_ENDPOINTS);

/** A partial update: every field optional (absent keys stay as stored), unknown fields rejected. */
export const SettingsPatchSchema = z.object({ ...patchShape(), customEndpoints: EndpointsPatch.optional() }).strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const defaultSettings = (): Settings => SettingsSchema.parse({});
