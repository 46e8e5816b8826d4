import { describe, expect, it } from 'vitest';
import { resolveTheme, THEME_PREFERENCES } from '../../../renderer/state/theme';

describe('resolveTheme', () => {
  it.each([
    ['system', false, 'light'],
    ['system', true, 'dark'],
    ['light', false, 'light'],
    ['light', true, 'light'],
    ['dark', false, 'dark'],
    ['dark', true, 'dark'],
  ] as const)('%s with OS dark=%s shows %s', (preference, systemDark, shown) => {
    expect(resolveTheme(preference, systemDark)).toBe(shown);
  });

  it('offers the same choices as the settings schema, System first', async () => {
    const { ThemeSchema } = await import('../../../shared/contract/settings');
    expect([...THEME_PREFERENCES]).toEqual(ThemeSchema.options);
  });
});
