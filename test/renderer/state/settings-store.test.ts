import { describe, expect, it } from 'vitest';
import type { VeilApi } from '../../../shared/contract/client';
import type { WireError } from '../../../shared/contract/errors';
import { createSettingsStore, selectResolvedTheme, selectThemePreference } from '../../../renderer/state/settings-store';
import type { ThemePreference } from '../../../renderer/state/theme';
import { openCores } from './core-api';

const openCore = openCores();

async function setup(dataDir?: string, systemPrefersDark = false) {
  const o = await openCore(dataDir);
  const reported: WireError[] = [];
  const store = createSettingsStore({ api: o.api, onError: (_c, e) => reported.push(e), systemPrefersDark });
  return { ...o, store, reported };
}

describe('settings store', () => {
  it('follows the OS while the preference is system (the default)', async () => {
    const { store } = await setup(undefined, false);
    // Before settings arrive the app already follows the OS.
    expect(selectResolvedTheme(store.getState())).toBe('light');
    await store.getState().load();
    expect(selectThemePreference(store.getState())).toBe('system');
    store.getState().setSystemPrefersDark(true);
    expect(selectResolvedTheme(store.getState())).toBe('dark');
    store.getState().setSystemPrefersDark(false);
    expect(selectResolvedTheme(store.getState())).toBe('light');
  });

  it('a manual theme overrides the OS and is persisted by the core', async () => {
    const first = await setup(undefined, false);
    await first.store.getState().load();
    await first.store.getState().setTheme('dark');
    expect(selectResolvedTheme(first.store.getState())).toBe('dark');
    first.store.getState().setSystemPrefersDark(false);
    expect(selectResolvedTheme(first.store.getState())).toBe('dark');
    const dataDir = first.dataDir;
    await first.close();

    // A fresh core over the same data directory (an app restart) reads the saved choice.
    const second = await setup(dataDir, true);
    await second.store.getState().load();
    expect(selectThemePreference(second.store.getState())).toBe('dark');
    await second.store.getState().setTheme('light');
    expect(selectResolvedTheme(second.store.getState())).toBe('light');
    expect(second.reported).toEqual([]);
  });

  it('shows the new theme at once and reverts it when the core refuses to save', async () => {
    const { store, reported } = await setup();
    await store.getState().load();
    await store.getState().setTheme('dark');
    // Not a theme the schema knows: the real core rejects it with RPC_INVALID_INPUT.
    const pending = store.getState().setTheme('sepia' as ThemePreference);
    expect(selectThemePreference(store.getState())).toBe('sepia');
    await pending;
    expect(selectThemePreference(store.getState())).toBe('dark');
    expect(store.getState().saveError?.code).toBe('RPC_INVALID_INPUT');
    await store.getState().setTheme('light');
    expect(store.getState().saveError).toBeNull();
    expect(reported.map((e) => e.code)).toEqual(['RPC_INVALID_INPUT']);
  });

  it('the last of several quick theme changes wins, on screen and on disk', async () => {
    const { store, api } = await setup();
    await store.getState().load();
    await Promise.all([store.getState().setTheme('dark'), store.getState().setTheme('light'), store.getState().setTheme('dark')]);
    expect(selectThemePreference(store.getState())).toBe('dark');
    expect((await api.settings.get({})).theme).toBe('dark');
  });

  it('a slow answer to an earlier change does not overwrite a newer choice', async () => {
    const o = await openCore();
    // The real core answers in order; delaying the first answer on the way back reproduces a
    // reply overtaken by a later one (e.g. the core busy with something else).
    let calls = 0;
    const api: Pick<VeilApi, 'settings'> = {
      settings: {
        get: (input) => o.api.settings.get(input),
        update: async (patch) => {
          const n = ++calls;
          const saved = await o.api.settings.update(patch);
          if (n === 1) await new Promise((r) => setTimeout(r, 50));
          return saved;
        },
      },
    };
    const store = createSettingsStore({ api, onError: () => undefined, systemPrefersDark: false });
    await store.getState().load();
    const first = store.getState().setTheme('light');
    await store.getState().setTheme('dark');
    await first;
    expect(selectThemePreference(store.getState())).toBe('dark');
    expect((await o.api.settings.get({})).theme).toBe('dark');
  });
});
