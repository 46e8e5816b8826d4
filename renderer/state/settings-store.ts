// Store of the user's non-secret settings, mirrored from the core (settings.get / settings.update).
// The theme switch is optimistic: it shows at once and reverts if the core refuses to save it.
import { createStore } from 'zustand/vanilla';
import type { VeilApi } from '../../shared/contract/client';
import type { WireError } from '../../shared/contract/errors';
import type { Settings } from '../../shared/contract/settings';
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
  /** The OS colour scheme, fed by a prefers-color-scheme listener. */
  readonly systemPrefersDark: boolean;
  load(): Promise<void>;
  setTheme(theme: ThemePreference): Promise<void>;
  setMaskingPreset(preset: Settings['maskingPreset']): Promise<void>;
  /** Remembers the provider last sent with (the composer's default for new chats). */
  rememberProvider(providerId: string): Promise<void>;
  setSystemPrefersDark(dark: boolean): void;
}

export interface SettingsDeps {
  readonly api: Pick<VeilApi, 'settings'>;
  readonly onError: (context: string, error: WireError) => void;
  readonly systemPrefersDark: boolean;
}

/** Until settings arrive the app follows the OS, which is also the default preference. */
export const selectThemePreference = (s: SettingsState): ThemePreference => s.settings?.theme ?? 'system';

export const selectResolvedTheme = (s: SettingsState): ResolvedTheme => resolveTheme(selectThemePreference(s), s.systemPrefersDark);

export function createSettingsStore({ api, onError, systemPrefersDark }: SettingsDeps) {
  let latestLoad = 0;
  let latestWrite = 0;
  return createStore<SettingsState>()((set, get) => {
    // Optimistic like the theme: shown at once, reverted if the core refuses.
    const savePatch = async (patch: Partial<Settings>, context: string) => {
      const before = get().settings;
      const ticket = ++latestWrite;
      if (before) set({ settings: { ...before, ...patch } });
      try {
        const saved = await api.settings.update(patch);
        if (ticket === latestWrite) set({ settings: saved, phase: 'ready', error: null, saveError: null });
      } catch (err) {
        const error = toWireError(err);
        if (ticket === latestWrite) set({ settings: before, saveError: error });
        onError(context, error);
      }
    };
    return {
      settings: null,
      phase: 'idle',
      error: null,
      saveError: null,
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
        await savePatch({ theme }, 'Could not save the theme');
      },

      async setMaskingPreset(maskingPreset) {
        await savePatch({ maskingPreset }, 'Could not save the masking preset');
      },

      async rememberProvider(lastProviderId) {
        if (get().settings?.lastProviderId === lastProviderId) return;
        await savePatch({ lastProviderId }, 'Could not remember the provider');
      },

      setSystemPrefersDark(dark) {
        if (get().systemPrefersDark !== dark) set({ systemPrefersDark: dark });
      },
    };
  });
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
