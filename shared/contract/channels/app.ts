// Channels of the app frame: status, echo (tests and benches), a tick stream, settings.
import { z } from 'zod';
import { request, stream } from '../channel';
import { SettingsPatchSchema, SettingsSchema } from '../settings';

export const Empty = z.object({}).strict();

export const AppStatusSchema = z.object({
  version: z.string(),
  dataDir: z.string(),
  platform: z.string(),
  /** Where this core runs: the Electron app, the browser preview bridge, or a test. */
  host: z.enum(['electron', 'preview', 'test']),
  keychain: z.object({
    available: z.boolean(),
    backend: z.string(),
    detail: z.string().optional(),
  }),
});
export type AppStatus = z.infer<typeof AppStatusSchema>;

export const appChannels = {
  'app.status': request(Empty, AppStatusSchema),
  'app.echo': request(z.object({ text: z.string().max(1_000_000) }).strict(), z.object({ text: z.string() })),
  /** Emits `count` ticks `intervalMs` apart; exists so tests and benches exercise streams. */
  'app.ticks': stream(
    z.object({ count: z.number().int().min(1).max(10_000), intervalMs: z.number().int().min(0).max(10_000) }).strict(),
    z.object({ n: z.number().int() }),
  ),
  'settings.get': request(Empty, SettingsSchema),
  'settings.update': request(SettingsPatchSchema, SettingsSchema),
} as const;
