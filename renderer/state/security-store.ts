// Store of Settings → Data & security actions on the vault key: lock now, auto-lock, the app-lock
// or passphrase (set / change / remove), key rotation and "wipe everything". Each answer is the
// core's LockStatus, handed to the lock store through onStatus so the whole UI follows at once.
import { createStore } from 'zustand/vanilla';
import type { LockStatus } from '../../shared/contract/channels/secrets';
import type { VeilApi } from '../../shared/contract/client';
import type { WireError } from '../../shared/contract/errors';
import { toWireError } from './errors';

export type SecurityAction = 'lock' | 'auto-lock' | 'set-passphrase' | 'remove-passphrase' | 'rotate' | 'wipe';
export type PassphrasePurpose = 'passphrase' | 'app-lock';

export interface SecurityFailure {
  readonly action: SecurityAction;
  readonly error: WireError;
}

export interface SecurityState {
  /** The action in flight (one at a time). */
  readonly busy: SecurityAction | null;
  readonly failure: SecurityFailure | null;
  /** The last action that succeeded, for a short confirmation next to it. */
  readonly done: SecurityAction | null;
  /** Epoch ms before which the core refuses another passphrase check (wrong passphrases). */
  readonly retryAt: number;
  lockNow(): Promise<boolean>;
  setAutoLock(minutes: number): Promise<boolean>;
  setPassphrase(input: { current?: string; next: string; purpose: PassphrasePurpose }): Promise<boolean>;
  removePassphrase(current: string): Promise<boolean>;
  rotateKey(): Promise<boolean>;
  wipe(includeApiKeys: boolean): Promise<boolean>;
  clear(): void;
}

export interface SecurityDeps {
  readonly api: Pick<VeilApi, 'vault'>;
  /** Receives every LockStatus the core returns (the lock store keeps it). */
  readonly onStatus: (status: LockStatus) => void;
  /** After a wipe: every store that shows vault data starts over. */
  readonly onWiped?: (status: LockStatus) => void | Promise<void>;
  readonly now?: () => number;
}

const retryAfterOf = (error: WireError): number => {
  const ms = error.details?.retryAfterMs;
  return typeof ms === 'number' && ms > 0 ? ms : 0;
};

/** The wording a user sees for a refused passphrase check (the core's code stays visible). */
export function passphraseProblem(error: WireError): string | null {
  if (error.code === 'PASSPHRASE_WRONG') return 'The current passphrase is not correct. Nothing was changed.';
  if (error.code === 'PASSPHRASE_RETRY_LATER') return 'Too many wrong passphrases.';
  return null;
}

export function createSecurityStore({ api, onStatus, onWiped, now = Date.now }: SecurityDeps) {
  return createStore<SecurityState>()((set, get) => {
    const run = async (action: SecurityAction, call: () => Promise<LockStatus | null>, after?: (s: LockStatus) => void | Promise<void>): Promise<boolean> => {
      if (get().busy) return false;
      set({ busy: action, failure: null, done: null });
      try {
        const status = await call();
        if (status) {
          onStatus(status);
          await after?.(status);
        }
        set({ busy: null, done: action });
        return true;
      } catch (err) {
        const error = toWireError(err);
        const wait = retryAfterOf(error);
        set({ busy: null, failure: { action, error }, ...(wait > 0 ? { retryAt: now() + wait } : {}) });
        return false;
      }
    };
    return {
      busy: null,
      failure: null,
      done: null,
      retryAt: 0,
      lockNow: () => run('lock', () => api.vault.lock({})),
      setAutoLock: (minutes) => run('auto-lock', () => api.vault.setAutoLock({ minutes })),
      setPassphrase: (input) => run('set-passphrase', () => api.vault.setPassphrase(input)),
      removePassphrase: (current) => run('remove-passphrase', () => api.vault.removePassphrase({ current })),
      rotateKey: () =>
        run('rotate', async () => {
          await api.vault.rotateKey({});
          return null;
        }),
      wipe: (includeApiKeys) => run('wipe', () => api.vault.wipe({ confirm: 'WIPE', includeApiKeys }), onWiped),
      clear: () => set({ failure: null, done: null }),
    };
  });
}

export type SecurityStore = ReturnType<typeof createSecurityStore>;
