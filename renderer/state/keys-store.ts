// Store of the provider API keys as the core lists them: id, label, dates and the last 4
// characters. Key values only travel inwards (secrets.set) and are never kept here.
import { createStore } from 'zustand/vanilla';
import type { ProviderKeyInfo } from '../../shared/contract/channels/secrets';
import type { VeilApi } from '../../shared/contract/client';
import type { WireError } from '../../shared/contract/errors';
import type { LoadPhase } from './app-status-store';
import { toWireError } from './errors';

export interface KeysState {
  readonly keys: readonly ProviderKeyInfo[];
  readonly phase: LoadPhase;
  readonly error: WireError | null;
  /** Why the last save or delete failed; cleared by the next success. */
  readonly saveError: WireError | null;
  load(): Promise<void>;
  /** Adds or replaces the key of `id`. True when the core stored it. */
  save(id: string, label: string, value: string): Promise<boolean>;
  remove(id: string): Promise<boolean>;
}

export interface KeysDeps {
  readonly api: Pick<VeilApi, 'secrets'>;
}

export function createKeysStore({ api }: KeysDeps) {
  let latest = 0;
  return createStore<KeysState>()((set, get) => ({
    keys: [],
    phase: 'idle',
    error: null,
    saveError: null,

    async load() {
      const ticket = ++latest;
      set({ phase: 'loading', error: null });
      try {
        const { keys } = await api.secrets.list({});
        if (ticket === latest) set({ keys, phase: 'ready' });
      } catch (err) {
        if (ticket === latest) set({ phase: 'error', error: toWireError(err) });
      }
    },

    async save(id, label, value) {
      try {
        const info = await api.secrets.set({ id, label, value });
        set((s) => ({ keys: [...s.keys.filter((k) => k.id !== id), info].sort((a, b) => a.id.localeCompare(b.id)), saveError: null }));
        return true;
      } catch (err) {
        set({ saveError: toWireError(err) });
        return false;
      }
    },

    async remove(id) {
      try {
        await api.secrets.delete({ id });
        set({ keys: get().keys.filter((k) => k.id !== id), saveError: null });
        return true;
      } catch (err) {
        set({ saveError: toWireError(err) });
        return false;
      }
    },
  }));
}

export type KeysStore = ReturnType<typeof createKeysStore>;
