// Store of the core's app.status (version, data dir, platform, host, keychain). Loaded once at
// start and again on demand (the About section's refresh).
import { createStore } from 'zustand/vanilla';
import type { AppStatus } from '../../shared/contract/channels/app';
import type { VeilApi } from '../../shared/contract/client';
import type { WireError } from '../../shared/contract/errors';
import { toWireError } from './errors';

export type LoadPhase = 'idle' | 'loading' | 'ready' | 'error';

export interface AppStatusState {
  readonly status: AppStatus | null;
  readonly phase: LoadPhase;
  readonly error: WireError | null;
  load(): Promise<void>;
}

export interface AppStatusDeps {
  readonly api: Pick<VeilApi, 'app'>;
  readonly onError: (context: string, error: WireError) => void;
}

export function createAppStatusStore({ api, onError }: AppStatusDeps) {
  // Only the latest load may write its result: an older, slower answer must not win.
  let latest = 0;
  return createStore<AppStatusState>()((set) => ({
    status: null,
    phase: 'idle',
    error: null,
    async load() {
      const ticket = ++latest;
      set({ phase: 'loading', error: null });
      try {
        const status = await api.app.status({});
        if (ticket === latest) set({ status, phase: 'ready' });
      } catch (err) {
        if (ticket !== latest) return;
        const error = toWireError(err);
        set({ phase: 'error', error });
        onError('Could not load the status of Veil', error);
      }
    },
  }));
}

export type AppStatusStore = ReturnType<typeof createAppStatusStore>;
