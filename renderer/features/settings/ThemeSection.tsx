// Theme switch: System / Light / Dark as a native radio group (arrow keys move between options).
// The choice is saved through settings.update; "System" follows the OS as it changes.
import { useId } from 'react';
import { selectResolvedTheme, selectThemePreference } from '../../state/settings-store';
import { useSettings } from '../../state/stores';
import { THEME_PREFERENCES, type ThemePreference } from '../../state/theme';
import { InlineError } from '../../ui/InlineError';
import './settings.css';

const LABELS: Readonly<Record<ThemePreference, string>> = { system: 'System', light: 'Light', dark: 'Dark' };

export function ThemeSection() {
  const hintId = useId();
  const preference = useSettings(selectThemePreference);
  const resolved = useSettings(selectResolvedTheme);
  const setTheme = useSettings((s) => s.setTheme);
  const loadError = useSettings((s) => s.error);
  // Only the theme's own save failures belong here; other sections show theirs.
  const saveError = useSettings((s) => (s.saveErrorArea === 'theme' ? s.saveError : null));

  return (
    <section className="settings-section">
      <fieldset className="theme-picker" aria-describedby={hintId}>
        <legend className="settings-section__title">Theme</legend>
        <div className="segmented">
          {THEME_PREFERENCES.map((value) => (
            <label key={value} className="segmented__option">
              <input
                type="radio"
                name="theme"
                value={value}
                checked={preference === value}
                onChange={() => void setTheme(value)}
                className="segmented__input"
              />
              <span className="segmented__label">{LABELS[value]}</span>
            </label>
          ))}
        </div>
        <p id={hintId} className="facts__note">
          {preference === 'system' ? `Follows your system’s appearance — ${resolved} right now.` : `Always ${resolved}.`}
        </p>
        {saveError ? <InlineError context="Could not save the theme." error={saveError} testId="theme-error" /> : null}
        {loadError && !saveError ? <InlineError context="Could not load your settings." error={loadError} testId="theme-error" /> : null}
      </fieldset>
    </section>
  );
}
