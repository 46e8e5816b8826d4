// Store of the vault's lock: whether Veil is unlocked, locked behind a passphrase, waiting for a
// first passphrase (no keychain), or cut off from its keychain. Drives the lock screen.
import { createStore } from 'zustand/vanilla';
import type { LockStatus } from '../../shared/contract/channels/secrets';
import type { VeilApi } from '../../shared/contract/client';
import type { WireError } from '../../shared/contract/errors';
import type { LoadPhase } from './app-status-store';
import { toWireError } from './errors';

export interface LockState {
  readonly status: LockStatus | null;
  readonly phase: LoadPhase;
  /** Why loading the status failed (the vault could not be opened at all). */
  readonly error: WireError | null;
  /** Why the last unlock or setup failed: PASSPHRASE_WRONG, PASSPHRASE_RETRY_LATER, ... */
  readonly attemptError: WireError | null;
  /** Epoch ms before which another attempt is refused (from retryAfterMs). */
  readonly retryAt: number;
  readonly busy: boolean;
  load(): Promise<void>;
  unlock(passphrase: string): Promise<boolean>;
  setup(passphrase: string): Promise<boolean>;
  lock(): Promise<void>;
}

export interface LockDeps {
  readonly api: Pick<VeilApi, 'vault'>;
  readonly now?: () => number;
}

export const selectIsUnlocked = (s: LockState): boolean => s.status?.state === 'unlocked';

const retryAfterOf = (error: WireError): number => {
  const ms = error.details?.retryAfterMs;
  return typeof ms === 'number' && ms > 0 ? ms : 0;
};

export function createLockStore({ api, now = Date.now }: LockDeps) {
  let latest = 0;
  return createStore<LockState>()((set) => {
    const attempt = async (run: () => Promise<LockStatus>): Promise<boolean> => {
      set({ busy: true, attemptError: null });
      try {
        const status = await run();
        set({ status, phase: 'ready', error: null, busy: false, retryAt: now() + status.retryAfterMs });
        return status.state === 'unlocked';
      } catch (err) {
        const error = toWireError(err);
        set({ attemptError: error, busy: false, retryAt: now() + retryAfterOf(error) });
        return false;
      }
    };
    return {
      status: null,
      phase: 'idle',
      error: null,
      attemptError: null,
      retryAt: 0,
      busy: false,

      async load() {
        const ticket = ++latest;
        set({ phase: 'loading', error: null });
        try {
          const status = await api.vault.lockStatus({});
          if (ticket === latest) set({ status, phase: 'ready', retryAt: now() + status.retryAfterMs });
        } catch (err) {
          if (ticket === latest) set({ phase: 'error', error: toWireError(err) });
        }
      },
      unlock: (passphrase) => attempt(() => api.vault.unlock({ passphrase })),
      setup: (passphrase) => attempt(() => api.vault.setupPassphrase({ passphrase })),
      async lock() {
        try {
          set({ status: await api.vault.lock({}) });
        } catch (err) {
          set({ attemptError: toWireError(err) });
        }
      },
    };
  });
}

export type LockStore = ReturnType<typeof createLockStore>;
