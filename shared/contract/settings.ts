// Non-secret preferences. One zod schema: the core validates writes with it, and the settings
// store (electron-store in the app, conf under plain Node) gets the JSON schema derived from it.
import { z } from 'zod';

export const ThemeSchema = z.enum(['system', 'light', 'dark']);

export const SettingsSchema = z.object({
  theme: ThemeSchema.default('system'),
  lastProviderId: z.string().max(100).nullable().default(null),
  maskingPreset: z.enum(['standard', 'strict', 'pci', 'secrets', 'custom']).default('standard'),
  autoLockMinutes: z.number().int().min(0).max(24 * 60).default(0),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** A partial update: every field optional, unknown fields rejected. */
export const SettingsPatchSchema = SettingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const defaultSettings = (): Settings => SettingsSchema.parse({});
