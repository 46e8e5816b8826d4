// Store of Settings → Data & security → Retention: the global retention for conversations and
// for ledger/audit rows, and "Purge now" with the counts the core deleted. No rules here: the core
// decides what expired; the store only carries its answers and refusals.
import { createStore } from 'zustand/vanilla';
import type { z } from 'zod';
import type { PurgeCountsSchema } from '../../shared/contract/channels/vault';
import type { VeilApi } from '../../shared/contract/client';
import type { WireError } from '../../shared/contract/errors';
import type { RetentionSettings } from '../../shared/contract/vault-types';
import type { LoadPhase } from './app-status-store';
import { toWireError } from './errors';

export type PurgeCounts = z.infer<typeof PurgeCountsSchema>;

export interface RetentionState {
  readonly settings: RetentionSettings | null;
  readonly phase: LoadPhase;
  readonly error: WireError | null;
  readonly saving: boolean;
  readonly saveError: WireError | null;
  /** Epoch ms of the last successful save (drives the "Saved" note). */
  readonly savedAt: number;
  readonly purging: boolean;
  readonly purged: PurgeCounts | null;
  readonly purgeError: WireError | null;
  load(): Promise<void>;
  save(settings: RetentionSettings): Promise<boolean>;
  purgeNow(): Promise<PurgeCounts | null>;
}

export interface RetentionDeps {
  readonly api: Pick<VeilApi, 'retention'>;
  /** Called after a purge that deleted conversations (the sidebar list must follow). */
  readonly onPurged?: (counts: PurgeCounts) => void;
  readonly now?: () => number;
}

export function createRetentionStore({ api, onPurged, now = Date.now }: RetentionDeps) {
  let latest = 0;
  return createStore<RetentionState>()((set) => ({
    settings: null,
    phase: 'idle',
    error: null,
    saving: false,
    saveError: null,
    savedAt: 0,
    purging: false,
    purged: null,
    purgeError: null,

    async load() {
      const ticket = ++latest;
      set({ phase: 'loading', error: null });
      try {
        const settings = await api.retention.get({});
        if (ticket === latest) set({ settings, phase: 'ready' });
      } catch (err) {
        if (ticket === latest) set({ phase: 'error', error: toWireError(err) });
      }
    },

    async save(next) {
      ++latest; // a load still in flight must not overwrite what is saved now
      set({ saving: true, saveError: null });
      try {
        const settings = await api.retention.set(next);
        set({ settings, saving: false, phase: 'ready', savedAt: now() });
        return true;
      } catch (err) {
        set({ saving: false, saveError: toWireError(err) });
        return false;
      }
    },

    async purgeNow() {
      set({ purging: true, purgeError: null, purged: null });
      try {
        const purged = await api.retention.purgeNow({});
        set({ purging: false, purged });
        onPurged?.(purged);
        return purged;
      } catch (err) {
        set({ purging: false, purgeError: toWireError(err) });
        return null;
      }
    },
  }));
}

export type RetentionStore = ReturnType<typeof createRetentionStore>;
