// Store behind Settings → Providers and Settings → Network: the user's custom endpoints and the
// network settings (proxy, TLS, custom CA, daily limits). Saves are not optimistic: the core checks
// them (CUSTOM_ENDPOINT_INVALID, RPC_INVALID_INPUT) and only what it accepted is shown as saved.
import { createStore } from 'zustand/vanilla';
import type { VeilApi } from '../../shared/contract/client';
import type { WireError } from '../../shared/contract/errors';
import type { Settings } from '../../shared/contract/settings';
import type { NetworkSettings } from '../../shared/egress/network-settings';
import type { CustomEndpointConfig } from '../../shared/providers/custom-endpoint';
import { toWireError } from './errors';

export type ConnectionArea = 'endpoints' | 'network' | 'limits';

export interface ConnectionSettingsState {
  /** The part being saved right now (one save at a time per sheet). */
  readonly saving: ConnectionArea | null;
  /** Why the last save of each part was refused; cleared by its next success or by clearError. */
  readonly errors: Readonly<Record<ConnectionArea, WireError | null>>;
  /** Adds an endpoint, or replaces the one whose slug is `replacing`. True when the core saved it. */
  saveEndpoint(endpoint: CustomEndpointConfig, replacing: string | null): Promise<boolean>;
  removeEndpoint(slug: string): Promise<boolean>;
  /** Saves part of the network settings (merged into the stored ones). */
  saveNetwork(patch: Partial<NetworkSettings>, area?: Exclude<ConnectionArea, 'endpoints'>): Promise<boolean>;
  clearError(area: ConnectionArea): void;
}

export interface ConnectionSettingsDeps {
  readonly api: Pick<VeilApi, 'settings'>;
  /** The settings as last loaded (the settings store's copy); null fetches them first. */
  readonly current: () => Settings | null;
  /** Told what the core stored, so the rest of the UI (provider picker) follows at once. */
  readonly onSaved: (settings: Settings) => void;
}

const NO_ERRORS: Record<ConnectionArea, WireError | null> = { endpoints: null, network: null, limits: null };

export function createConnectionSettingsStore({ api, current, onSaved }: ConnectionSettingsDeps) {
  return createStore<ConnectionSettingsState>()((set, get) => {
    const stored = async (): Promise<Settings> => current() ?? (await api.settings.get({}));

    const save = async (area: ConnectionArea, patch: (s: Settings) => Parameters<VeilApi['settings']['update']>[0]): Promise<boolean> => {
      set({ saving: area });
      try {
        const saved = await api.settings.update(patch(await stored()));
        onSaved(saved);
        set({ saving: null, errors: { ...get().errors, [area]: null } });
        return true;
      } catch (err) {
        set({ saving: null, errors: { ...get().errors, [area]: toWireError(err) } });
        return false;
      }
    };

    return {
      saving: null,
      errors: NO_ERRORS,

      saveEndpoint(endpoint, replacing) {
        return save('endpoints', (s) => {
          const list = s.customEndpoints;
          const at = replacing === null ? -1 : list.findIndex((e) => e.slug === replacing);
          return { customEndpoints: at < 0 ? [...list, endpoint] : list.map((e, i) => (i === at ? endpoint : e)) };
        });
      },

      removeEndpoint(slug) {
        return save('endpoints', (s) => ({ customEndpoints: s.customEndpoints.filter((e) => e.slug !== slug) }));
      },

      saveNetwork(patch, area = 'network') {
        return save(area, (s) => ({ network: { ...s.network, ...patch } }));
      },

      clearError(area) {
        if (get().errors[area]) set({ errors: { ...get().errors, [area]: null } });
      },
    };
  });
}

export type ConnectionSettingsStore = ReturnType<typeof createConnectionSettingsStore>;

/**
 * Which form field a refusal is about: CUSTOM_ENDPOINT_INVALID names it (details.field), a schema
 * refusal (RPC_INVALID_INPUT) gives issue paths such as "network.proxy.url" (returned without "network.").
 */
export function errorField(error: WireError | null): string | null {
  if (!error?.details) return null;
  const { field, issues } = error.details as { field?: unknown; issues?: unknown };
  if (typeof field === 'string') return field;
  if (Array.isArray(issues)) {
    const path = (issues[0] as { path?: unknown } | undefined)?.path;
    if (typeof path === 'string') return path.replace(/^network\./, '');
  }
  return null;
}
