// The app's store instances, bound to window.veil, and the React hooks that read them with a
// selector at the call site (zustand slices pattern). Factories live in their own files so tests
// can build stores over any VeilApi.
import { useStore } from 'zustand';
import { veil } from '../api';
import { createAppStatusStore, type AppStatusState } from './app-status-store';
import { createErrorStore, type ErrorState } from './errors';
import { createSettingsStore, type SettingsState } from './settings-store';

export const SYSTEM_DARK_QUERY = '(prefers-color-scheme: dark)';

export const errorStore = createErrorStore();

const report = (context: string, error: unknown) => errorStore.getState().report(context, error);

export const appStatusStore = createAppStatusStore({ api: veil, onError: report });

export const settingsStore = createSettingsStore({
  api: veil,
  onError: report,
  systemPrefersDark: window.matchMedia(SYSTEM_DARK_QUERY).matches,
});

export const useErrors = <T>(selector: (s: ErrorState) => T): T => useStore(errorStore, selector);
export const useAppStatus = <T>(selector: (s: AppStatusState) => T): T => useStore(appStatusStore, selector);
export const useSettings = <T>(selector: (s: SettingsState) => T): T => useStore(settingsStore, selector);
