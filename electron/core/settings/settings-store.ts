// Non-secret preferences. In the app main.ts passes an electron-store instance; under plain Node
// (preview, tests) the core uses `conf`, the library electron-store is built on. Both get the
// JSON schema derived from the one zod schema in shared/contract/settings.ts.
import { existsSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { z } from 'zod';
import { findPatternProblem } from '../../../shared/contract/masking-options';
import { SettingsPatchSchema, SettingsSchema, type Settings, type SettingsPatch } from '../../../shared/contract/settings';
import { VeilError } from '../errors/veil-error';
import { checkCustomEndpoints } from './custom-endpoint-check';

/** The part of the conf / electron-store API the core uses. */
export interface SettingsBackend {
  readonly store: Record<string, unknown>;
  set(values: Record<string, unknown>): void;
  readonly path: string;
}

type ConfSchema = ConstructorParameters<typeof Conf>[0] extends infer O ? (O extends { schema?: infer S } ? S : never) : never;

/** JSON-schema `properties` derived from the zod schema, in the form conf/electron-store expect. */
export function settingsJsonSchema(): NonNullable<ConfSchema> {
  const json = z.toJSONSchema(SettingsSchema, { io: 'input' }) as { properties: Record<string, unknown> };
  return json.properties as NonNullable<ConfSchema>;
}

/** Options shared by the conf (Node) and electron-store (app) constructors. */
export function settingsBackendOptions(dataDir: string) {
  return {
    cwd: dataDir,
    configName: 'settings',
    schema: settingsJsonSchema(),
    defaults: SettingsSchema.parse({}),
    configFileMode: 0o600,
    clearInvalidConfig: false,
    watch: false,
  } as const;
}

/**
 * Opens the settings file with conf. A file that is not valid JSON or fails the schema (hand-edited,
 * half-written by another tool) is moved aside, never deleted, and Veil starts from defaults.
 */
export function createConfBackend(dataDir: string, onSetAside?: (path: string) => void): SettingsBackend {
  const open = () => new Conf<Record<string, unknown>>({ projectName: 'veil', ...settingsBackendOptions(dataDir) });
  try {
    return open();
  } catch (err) {
    const file = join(dataDir, 'settings.json');
    if (!existsSync(file)) throw err;
    const aside = join(dataDir, `settings.invalid-${Date.now()}.json`);
    renameSync(file, aside);
    onSetAside?.(aside);
    return open();
  }
}

/** Size, modification time and inode of a file, or null when it cannot be read. */
function fileStamp(path: string): string | null {
  try {
    const st = statSync(path, { bigint: true });
    return `${st.size}:${st.mtimeNs}:${st.ino}`;
  } catch {
    return null;
  }
}

/** Told about every saved change: the settings as stored now and the keys the patch set. */
export type SettingsListener = (next: Settings, changed: ReadonlySet<keyof Settings>) => void;

export class SettingsService {
  private readonly listeners = new Set<SettingsListener>();

  private cached: Settings | null = null;
  private cachedStamp: string | null = null;

  constructor(private readonly backend: SettingsBackend) {}

  /** Subscribes to saved changes (e.g. the provider directory follows `customEndpoints`). */
  onChange(listener: SettingsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(): Settings {
    // conf / electron-store re-read and re-validate the file on every access; the parsed settings
    // are kept until update() or until the file changes on disk (a hand edit), whichever is first.
    const stamp = fileStamp(this.backend.path);
    if (this.cached && stamp !== null && stamp === this.cachedStamp) return structuredClone(this.cached);
    // The backend validated the file against the same schema on load; parse() drops unknown keys.
    const next = SettingsSchema.parse(this.backend.store);
    this.cached = next;
    this.cachedStamp = stamp;
    return structuredClone(next);
  }

  update(patch: SettingsPatch): Settings {
    const checked = SettingsPatchSchema.safeParse(patch);
    if (!checked.success) throw new VeilError('SETTINGS_INVALID', 'That setting value is not valid.', { cause: checked.error });
    // User regexes are checked here, when saved, so a bad one never surfaces at send time.
    if (checked.data.maskingCustomPatterns) {
      const problem = findPatternProblem(checked.data.maskingCustomPatterns);
      if (problem) {
        throw new VeilError('MASKING_PATTERN_INVALID', `The pattern “${problem.name}” was not saved. ${problem.reason}`, {
          details: { pattern: problem.name, reason: problem.code },
        });
      }
    }
    const { customEndpoints, ...rest } = checked.data;
    const changes: Partial<Settings> = { ...rest, ...(customEndpoints ? { customEndpoints: checkCustomEndpoints(customEndpoints) } : {}) };
    const next = SettingsSchema.parse({ ...this.get(), ...changes });
    try {
      this.cached = null;
      this.backend.set(next);
    } catch (err) {
      throw new VeilError('SETTINGS_WRITE_FAILED', 'Veil could not save your settings. Your previous settings are unchanged.', { cause: err });
    }
    const changed = new Set(Object.keys(changes) as Array<keyof Settings>);
    for (const listener of this.listeners) listener(next, changed);
    return next;
  }
}
