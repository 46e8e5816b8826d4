// Handlers of export.run, import.run, import.progress and audit.export. Every call counts as activity for
// auto-lock; the vault must be unlocked. Paths come from a save/open dialog in main (or a
// test) and are checked in the core: absolute, parent exists, no silent overwrite.
import type { Contract } from '../../../shared/contract/channels/index';
import { exportAuditLog } from '../export/audit-export';
import { runExport } from '../export/export-service';
import { watchImportProgress } from '../import/import-progress';
import { runImport } from '../import/import-service';
import type { VaultDomain } from '../vault/vault-domain';
import type { DomainHandlers } from './handlers';

export type ExportHandlers = DomainHandlers<Contract, 'export'> & DomainHandlers<Contract, 'import'> & Pick<DomainHandlers<Contract, 'audit'>, 'audit.export'>;

export interface ExportHandlerDeps {
  domain(): Promise<VaultDomain>;
  now?: () => number;
}

export function exportHandlers(deps: ExportHandlerDeps): ExportHandlers {
  const vault = async () => {
    const domain = await deps.domain();
    domain.secrets.touch();
    return domain.vault;
  };
  return {
    'export.run': async (input) => runExport({ vault: await vault(), ...(deps.now ? { now: deps.now } : {}) }, input),
    'import.run': async (input) => {
      const domain = await deps.domain();
      domain.secrets.touch();
      // A long import is activity: auto-lock would otherwise cut it off (and roll it back) halfway.
      return runImport(domain.vault, input, () => domain.secrets.touch());
    },
    'import.progress': async (_input, emit, ctx) => watchImportProgress((await deps.domain()).vault, emit, ctx.signal),
    'audit.export': async () => exportAuditLog(await vault(), deps.now),
  };
}
