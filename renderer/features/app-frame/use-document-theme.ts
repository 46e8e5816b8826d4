// Keeps <html data-theme> equal to the resolved theme, and feeds OS colour-scheme changes into
// the settings store so that "System" follows the OS live.
import { useEffect, useLayoutEffect } from 'react';
import { selectResolvedTheme, selectThemePreference } from '../../state/settings-store';
import { settingsStore, SYSTEM_DARK_QUERY, useSettings } from '../../state/stores';

export function useDocumentTheme(): void {
  const resolved = useSettings(selectResolvedTheme);
  const preference = useSettings(selectThemePreference);

  useEffect(() => {
    const query = window.matchMedia(SYSTEM_DARK_QUERY);
    const sync = () => settingsStore.getState().setSystemPrefersDark(query.matches);
    sync();
    query.addEventListener('change', sync);
    return () => query.removeEventListener('change', sync);
  }, []);

  // Layout effect: the attribute lands before the first paint, so a manual theme never flashes the OS one.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = resolved;
    root.dataset.themePreference = preference;
  }, [resolved, preference]);
}
