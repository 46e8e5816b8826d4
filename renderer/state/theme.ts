// Theme resolution: the user's preference (system | light | dark) plus the OS colour scheme give
// the theme actually shown, which lands on <html data-theme>.
import type { Settings } from '../../shared/contract/settings';

export type ThemePreference = Settings['theme'];
export type ResolvedTheme = 'light' | 'dark';

export const THEME_PREFERENCES: readonly ThemePreference[] = ['system', 'light', 'dark'];

export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): ResolvedTheme {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light';
  return preference;
}
