// Store of Settings → Data & security → Export and Import: runs export.run / import.run with what
// the form chose and keeps the core's result (counts, path) or refusal. After an import the
// conversation list must refresh, so the caller passes onImported.
import { createStore } from 'zustand/vanilla';
import type { ExportResult, ExportRunInput, ImportResult, ImportSource } from '../../shared/contract/channels/export';
import type { VeilApi } from '../../shared/contract/client';
import type { WireError } from '../../shared/contract/errors';
import { toWireError } from './errors';

export interface ImportRequest {
  path: string;
  /** Omitted: the core detects it from the file. */
  source?: ImportSource;
  passphrase?: string;
}

export interface DataTransferState {
  readonly exporting: boolean;
  readonly exported: ExportResult | null;
  readonly exportError: WireError | null;
  readonly importing: boolean;
  readonly imported: ImportResult | null;
  readonly importError: WireError | null;
  runExport(input: ExportRunInput): Promise<ExportResult | null>;
  runImport(input: ImportRequest): Promise<ImportResult | null>;
  reset(): void;
}

export interface DataTransferDeps {
  readonly api: Pick<VeilApi, 'export' | 'import'>;
  readonly onImported?: (result: ImportResult) => void | Promise<void>;
}

export function createDataTransferStore({ api, onImported }: DataTransferDeps) {
  return createStore<DataTransferState>()((set, get) => ({
    exporting: false,
    exported: null,
    exportError: null,
    importing: false,
    imported: null,
    importError: null,

    async runExport(input) {
      if (get().exporting) return null;
      set({ exporting: true, exported: null, exportError: null });
      try {
        const exported = await api.export.run(input);
        set({ exporting: false, exported });
        return exported;
      } catch (err) {
        set({ exporting: false, exportError: toWireError(err) });
        return null;
      }
    },

    async runImport({ path, source, passphrase }) {
      if (get().importing) return null;
      set({ importing: true, imported: null, importError: null });
      try {
        const imported = await api.import.run({ path, ...(source ? { source } : {}), ...(passphrase ? { passphrase } : {}) });
        set({ importing: false, imported });
        await onImported?.(imported);
        return imported;
      } catch (err) {
        set({ importing: false, importError: toWireError(err) });
        return null;
      }
    },

    reset() {
      set({ exported: null, exportError: null, imported: null, importError: null });
    },
  }));
}

export type DataTransferStore = ReturnType<typeof createDataTransferStore>;
