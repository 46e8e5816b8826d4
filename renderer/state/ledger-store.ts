// Store of the transparency panel: the ledger of outbound requests (newest first) and the one
// entry opened in full. Works with bridges that lack the ledger channels (reports LEDGER_UNAVAILABLE).
import { createStore } from 'zustand/vanilla';
import type { ledgerChannels, LedgerEntry, LedgerSummary } from '../../shared/contract/channels/ledger';
import type { ApiOf } from '../../shared/contract/client';
import type { WireError } from '../../shared/contract/errors';
import type { LoadPhase } from './app-status-store';
import { toWireError } from './errors';

export type LedgerApi = ApiOf<typeof ledgerChannels>['ledger'];

export function ledgerApiOf(api: object): LedgerApi | null {
  const ledger = (api as { ledger?: Partial<LedgerApi> }).ledger;
  return ledger && typeof ledger.list === 'function' && typeof ledger.detail === 'function' ? (ledger as LedgerApi) : null;
}

const UNAVAILABLE: WireError = { code: 'LEDGER_UNAVAILABLE', message: 'The transparency ledger is not available in this build of Veil.' };

export interface LedgerState {
  readonly entries: readonly LedgerSummary[];
  readonly total: number;
  readonly phase: LoadPhase;
  readonly error: WireError | null;
  readonly detail: LedgerEntry | null;
  readonly detailError: WireError | null;
  load(): Promise<void>;
  open(id: string | null): Promise<void>;
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
  }));
}

export type LedgerStore = ReturnType<typeof createLedgerStore>;
