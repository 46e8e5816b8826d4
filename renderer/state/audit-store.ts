// Store of the audit log viewer: local events (time, kind, counts/ids; never content or keys),
// newest first, paged with beforeId, and the JSON export the core builds for saving.
import { createStore } from 'zustand/vanilla';
import type { VeilApi } from '../../shared/contract/client';
import type { WireError } from '../../shared/contract/errors';
import type { AuditEvent } from '../../shared/contract/vault-types';
import type { LoadPhase } from './app-status-store';
import { toWireError } from './errors';

export const AUDIT_PAGE = 100;

export interface AuditLogFile {
  readonly content: string;
  readonly mimeType: 'application/json';
  readonly fileName: string;
  readonly events: number;
}

export interface AuditState {
  readonly events: readonly AuditEvent[];
  readonly phase: LoadPhase;
  readonly error: WireError | null;
  /** True while an older page may exist (the last page was full). */
  readonly hasMore: boolean;
  readonly exporting: boolean;
  readonly exportError: WireError | null;
  /** Newest page again (after actions that add events). */
  load(): Promise<void>;
  loadMore(): Promise<void>;
  exportLog(): Promise<AuditLogFile | null>;
}

export interface AuditDeps {
  readonly api: Pick<VeilApi, 'audit'>;
}

export function createAuditStore({ api }: AuditDeps) {
  let latest = 0;
  return createStore<AuditState>()((set, get) => ({
    events: [],
    phase: 'idle',
    error: null,
    hasMore: false,
    exporting: false,
    exportError: null,

    async load() {
      const ticket = ++latest;
      set({ phase: 'loading', error: null });
      try {
        const { events } = await api.audit.list({ limit: AUDIT_PAGE });
        if (ticket === latest) set({ events, phase: 'ready', hasMore: events.length === AUDIT_PAGE });
      } catch (err) {
        if (ticket === latest) set({ phase: 'error', error: toWireError(err) });
      }
    },

    async loadMore() {
      const oldest = get().events.at(-1);
      if (!oldest || !get().hasMore) return;
      const ticket = ++latest;
      set({ phase: 'loading' });
      try {
        const { events } = await api.audit.list({ limit: AUDIT_PAGE, beforeId: oldest.id });
        if (ticket === latest) set((s) => ({ events: [...s.events, ...events], phase: 'ready', hasMore: events.length === AUDIT_PAGE }));
      } catch (err) {
        if (ticket === latest) set({ phase: 'error', error: toWireError(err) });
      }
    },

    async exportLog() {
      set({ exporting: true, exportError: null });
      try {
        const file = await api.audit.export({});
        set({ exporting: false });
        return file;
      } catch (err) {
        set({ exporting: false, exportError: toWireError(err) });
        return null;
      }
    },
  }));
}

export type AuditStore = ReturnType<typeof createAuditStore>;
