// Handlers of the ledger.* channels: list (paged, filtered), detail, export (JSON/CSV text for the
// renderer to save) and clear (audit-logged). Every call counts as activity for auto-lock.
import type { Contract } from '../../../shared/contract/channels/index';
import { ledgerToCsv, ledgerToJson } from '../ledger/ledger-export';
import type { LedgerStore } from '../ledger/ledger-store';
import type { DomainHandlers } from './handlers';

export interface LedgerHandlerDeps {
  ledger: LedgerStore;
  /** Marks user activity (auto-lock) and makes sure the vault is usable. */
  touch?: () => Promise<void>;
  now?: () => number;
}

export function ledgerHandlers(deps: LedgerHandlerDeps): DomainHandlers<Contract, 'ledger'> {
  const now = deps.now ?? Date.now;
  const touch = async () => deps.touch?.();
  return {
    'ledger.list': async ({ limit, offset, ...filter }) => {
      await touch();
      return deps.ledger.list(filter, limit ?? 100, offset ?? 0);
    },
    'ledger.detail': async ({ id }) => {
      await touch();
      return deps.ledger.detail(id);
    },
    'ledger.export': async ({ format, ...filter }) => {
      await touch();
      const entries = await deps.ledger.all(filter);
      const at = now();
      const stamp = new Date(at).toISOString().slice(0, 10);
      return format === 'csv'
        ? { content: ledgerToCsv(entries), mimeType: 'text/csv', fileName: `veil-ledger-${stamp}.csv`, entries: entries.length }
        : { content: ledgerToJson(entries, at), mimeType: 'application/json', fileName: `veil-ledger-${stamp}.json`, entries: entries.length };
    },
    'ledger.clear': async () => {
      await touch();
      return { cleared: await deps.ledger.clear() };
    },
  };
}
