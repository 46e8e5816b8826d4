// The audit log as a JSON document (format "veil-audit-log", version 1): every event with its
// time, kind and counts/ids, newest first. Events never hold content or secrets, so the text is
// safe to hand to the renderer for saving. Exporting is itself audited.
import type { z } from 'zod';
import type { AuditExportSchema } from '../../../shared/contract/channels/export';
import type { AuditEvent } from '../../../shared/contract/vault-types';
import type { VaultService } from '../vault/vault-service';

export async function exportAuditLog(vault: VaultService, now: () => number = Date.now): Promise<{ content: string; mimeType: 'application/json'; fileName: string; events: number }> {
  const events = await vault.use((o) => {
    const all: AuditEvent[] = [];
    for (let page = o.audit.list(1000); page.length > 0; page = o.audit.list(1000, page.at(-1)!.id)) all.push(...page);
    return all;
  });
  const at = now();
  const doc: z.infer<typeof AuditExportSchema> = { format: 'veil-audit-log', version: 1, exportedAt: at, events };
  vault.audit('audit.exported', { events: events.length });
  return { content: `${JSON.stringify(doc, null, 2)}\n`, mimeType: 'application/json', fileName: `veil-audit-${new Date(at).toISOString().slice(0, 10)}.json`, events: events.length };
}
