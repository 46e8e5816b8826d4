// Store of the user's non-secret settings, mirrored from the core (settings.get / settings.update).
// Changes are optimistic (shown at once, reverted if the core refuses), except masking patterns:
// the core checks those when saved, so they appear only once accepted.
import { createStore } from 'zustand/vanilla';
import type { VeilApi } from '../../shared/contract/client';
import type { WireError } from '../../shared/contract/errors';
import { maskOptionsFromSettings } from '../../shared/contract/masking-options';
import { defaultSettings, type MaskingSettings, type Settings } from '../../shared/contract/settings';
import type { MaskOptions } from '../../shared/masking/index';
import { toWireError } from './errors';
import type { LoadPhase } from './app-status-store';
import { resolveTheme, type ResolvedTheme, type ThemePreference } from './theme';

export interface SettingsState {
  readonly settings: Settings | null;
  readonly phase: LoadPhase;
  /** Why the last load failed. */
  readonly error: WireError | null;
  /** Why the last save failed; cleared by the next successful save. */
  readonly saveError: WireError | null;
  /** Which part of the settings sheet the last failed save came from, so only that part shows it. */
  readonly saveErrorArea: SettingsArea | null;
  /** The OS colour scheme, fed by a prefers-color-scheme listener. */
  readonly systemPrefersDark: boolean;
  load(): Promise<void>;
  setTheme(theme: ThemePreference): Promise<void>;
  setMaskingPreset(preset: Settings['maskingPreset']): Promise<void>;
  /**
   * Saves part of the masking configuration; resolves true when the core accepted it. Pattern
   * changes are not optimistic: a refused pattern (MASKING_PATTERN_INVALID) never shows as saved.
   */
  updateMasking(patch: Partial<MaskingSettings>): Promise<boolean>;
  /** Remembers the provider last sent with (the composer's default for new chats). */
  rememberProvider(providerId: string): Promise<void>;
  setSystemPrefersDark(dark: boolean): void;
}

/** The parts of the settings sheet that show their own save errors. */
export type SettingsArea = 'theme' | 'masking' | 'masking-patterns' | 'provider';

export interface SettingsDeps {
  readonly api: Pick<VeilApi, 'settings'>;
  readonly onError: (context: string, error: WireError) => void;
  readonly systemPrefersDark: boolean;
}

/** Until settings arrive the app follows the OS, which is also the default preference. */
export const selectThemePreference = (s: SettingsState): ThemePreference => s.settings?.theme ?? 'system';

const DEFAULTS = defaultSettings();

/**
 * The options the core masks with, for the live preview: the one shared conversion, so preview and
 * enforcement agree. Same settings, same object (compiled once). Managed policy's forced types
 * join here when the policy issue exposes them to the renderer.
 */
export const selectMaskOptions = (s: SettingsState): MaskOptions => maskOptionsFromSettings(s.settings ?? DEFAULTS).options;

export const selectResolvedTheme = (s: SettingsState): ResolvedTheme => resolveTheme(selectThemePreference(s), s.systemPrefersDark);

export function createSettingsStore({ api, onError, systemPrefersDark }: SettingsDeps) {
  let latestLoad = 0;
  let latestWrite = 0;
  return createStore<SettingsState>()((set, get) => {
    // Shown at once (when optimistic), reverted if the core refuses. Resolves true when saved.
    const savePatch = async (patch: Partial<Settings>, context: string, area: SettingsArea, optimistic = true): Promise<boolean> => {
      const before = get().settings;
      const ticket = ++latestWrite;
      if (before && optimistic) set({ settings: { ...before, ...patch } });
      try {
        const saved = await api.settings.update(patch);
        if (ticket === latestWrite) set({ settings: saved, phase: 'ready', error: null, saveError: null, saveErrorArea: null });
        return true;
      } catch (err) {
        const error = toWireError(err);
        if (ticket === latestWrite) set({ settings: before, saveError: error, saveErrorArea: area });
        onError(context, error);
        return false;
      }
    };
    return {
      settings: null,
      phase: 'idle',
      error: null,
      saveError: null,
      saveErrorArea: null,
      systemPrefersDark,

      async load() {
        const ticket = ++latestLoad;
        const writeAtStart = latestWrite;
        set({ phase: 'loading', error: null });
        try {
          const settings = await api.settings.get({});
          // A theme change made while loading is newer than what we just read.
          if (ticket !== latestLoad || writeAtStart !== latestWrite) return;
          set({ settings, phase: 'ready' });
        } catch (err) {
          if (ticket !== latestLoad) return;
          const error = toWireError(err);
          set({ phase: 'error', error });
          onError('Could not load settings', error);
        }
      },

      async setTheme(theme) {
        await savePatch({ theme }, 'Could not save the theme', 'theme');
      },

      async setMaskingPreset(maskingPreset) {
        await savePatch({ maskingPreset }, 'Could not save the masking preset', 'masking');
      },

      updateMasking(patch) {
        if (patch.maskingCustomPatterns) return savePatch(patch, 'Could not save the masking pattern', 'masking-patterns', false);
        return savePatch(patch, 'Could not save the masking settings', 'masking');
      },

      async rememberProvider(lastProviderId) {
        if (get().settings?.lastProviderId === lastProviderId) return;
        await savePatch({ lastProviderId }, 'Could not remember the provider', 'provider');
      },

      setSystemPrefersDark(dark) {
        if (get().systemPrefersDark !== dark) set({ systemPrefersDark: dark });
      },
    };
  });
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
