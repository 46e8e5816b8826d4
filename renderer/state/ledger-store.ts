// Store of the transparency panel: the ledger of outbound requests (newest first) and the one
// entry opened in full, and the export (JSON/CSV text the panel offers as a download). Works with
// bridges that lack the ledger channels (reports LEDGER_UNAVAILABLE).
import { createStore } from 'zustand/vanilla';
import type { ledgerChannels, LedgerEntry, LedgerSummary } from '../../shared/contract/channels/ledger';
import type { ApiOf } from '../../shared/contract/client';
import type { WireError } from '../../shared/contract/errors';
import type { LoadPhase } from './app-status-store';
import { toWireError } from './errors';

export type LedgerApi = ApiOf<typeof ledgerChannels>['ledger'];

export function ledgerApiOf(api: object): LedgerApi | null {
  const ledger = (api as { ledger?: Partial<LedgerApi> }).ledger;
  return ledger && typeof ledger.list === 'function' && typeof ledger.detail === 'function' && typeof ledger.export === 'function' ? (ledger as LedgerApi) : null;
}

const UNAVAILABLE: WireError = { code: 'LEDGER_UNAVAILABLE', message: 'The transparency ledger is not available in this build of Veil.' };

export interface LedgerState {
  readonly entries: readonly LedgerSummary[];
  readonly total: number;
  readonly phase: LoadPhase;
  readonly error: WireError | null;
  readonly detail: LedgerEntry | null;
  readonly detailError: WireError | null;
  /** Why the last export failed; cleared by the next success. */
  readonly exportError: WireError | null;
  load(): Promise<void>;
  open(id: string | null): Promise<void>;
  /** The whole ledger as JSON or CSV text with a suggested file name, or null when it failed. */
  exportAs(format: 'json' | 'csv'): Promise<LedgerExport | null>;
}

export interface LedgerExport {
  readonly content: string;
  readonly mimeType: string;
  readonly fileName: string;
  readonly entries: number;
}

export const LEDGER_PAGE = 200;

export function createLedgerStore({ api }: { api: object }) {
  let latest = 0;
  let latestDetail = 0;
  return createStore<LedgerState>()((set) => ({
    entries: [],
    total: 0,
    phase: 'idle',
    error: null,
    detail: null,
    detailError: null,
    exportError: null,

    async load() {
      const ledger = ledgerApiOf(api);
      if (!ledger) {
        set({ phase: 'error', error: UNAVAILABLE });
        return;
      }
      const ticket = ++latest;
      set({ phase: 'loading', error: null });
      try {
        const { entries, total } = await ledger.list({ limit: LEDGER_PAGE });
        if (ticket === latest) set({ entries: [...entries].sort((a, b) => b.startedAt - a.startedAt), total, phase: 'ready' });
      } catch (err) {
        if (ticket === latest) set({ phase: 'error', error: toWireError(err) });
      }
    },

    async open(id) {
      const ticket = ++latestDetail;
      if (id === null) {
        set({ detail: null, detailError: null });
        return;
      }
      const ledger = ledgerApiOf(api);
      if (!ledger) {
        set({ detailError: UNAVAILABLE });
        return;
      }
      try {
        const detail = await ledger.detail({ id });
        if (ticket === latestDetail) set({ detail, detailError: null });
      } catch (err) {
        if (ticket === latestDetail) set({ detail: null, detailError: toWireError(err) });
      }
    },

    async exportAs(format) {
      const ledger = ledgerApiOf(api);
      if (!ledger) {
        set({ exportError: UNAVAILABLE });
        return null;
      }
      try {
        const out = await ledger.export({ format });
        set({ exportError: null });
        return out;
      } catch (err) {
        set({ exportError: toWireError(err) });
        return null;
      }
    },
  }));
}

export type LedgerStore = ReturnType<typeof createLedgerStore>;
