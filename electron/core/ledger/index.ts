// Public API of the transparency ledger.
export { CSV_COLUMNS, ledgerToCsv, ledgerToJson } from './ledger-export';
export { LedgerStore, toSummary, type LedgerPatch, type LedgerStoreOptions } from './ledger-store';
