// Runs an export: checks the target, streams the chosen format into a temp file beside it (the
// archive through the encrypting sink), moves it into place when complete, and writes an audit
// event with counts and the format (never content or the path). A failure leaves no file behind.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportResult, ExportRunInput } from '../../../shared/contract/channels/export';
import { VeilError } from '../errors/veil-error';
import { isEphemeralId } from '../vault/ephemeral-store';
import { notFound } from '../vault/conversation-repo';
import { vaultError, type Db } from '../vault/open-vault';
import type { AuditDetail } from '../vault/audit-repo';
import { ArchiveSink } from './archive-sink';
import { conversationHead, conversationRows } from './export-source';
import { FileSink, writeError, type Sink } from './file-sink';
import { writeVeilJson, type WriteCounts } from './json-writer';
import { markdownFileName, writeConversationMarkdown } from './markdown-writer';
import { identityView, maskedView } from './masked-view';
import { checkExportTarget, commitFile, tempPathFor } from './output-path';

/** What an export needs from the vault (VaultService provides it; the benchmark passes a bare db). */
export interface ExportVault {
  ready(): Promise<{ db: Db }>;
  readonly file: string;
  audit(kind: string, detail: AuditDetail): void;
}

export interface ExportDeps {
  vault: ExportVault;
  now?: () => number;
  /** Archive chunk size (tests use small chunks to exercise many of them). */
  archiveChunkSize?: number;
}

function checkIds(db: Db, ids: readonly string[] | undefined): void {
  for (const id of ids ?? []) {
    if (isEphemeralId(id)) throw new VeilError('EXPORT_EPHEMERAL', 'Ephemeral conversations are never saved, so they cannot be exported.');
    if (!db.prepare('SELECT 1 FROM conversations WHERE id = ?').get(id)) throw notFound();
  }
}

/** Writes one file through a temp name; `fill` streams the content into the sink it is given. */
async function writeFile(target: string, overwrite: boolean, wrap: (s: Sink) => Promise<Sink>, fill: (s: Sink) => Promise<WriteCounts>): Promise<WriteCounts & { bytes: number }> {
  const tmp = tempPathFor(target);
  const file = new FileSink(tmp);
  let sink: Sink = file;
  try {
    sink = await wrap(file);
    const counts = await fill(sink);
    await sink.close();
    commitFile(tmp, target, overwrite);
    return { ...counts, bytes: file.bytes };
  } catch (err) {
    await sink.abort().catch(() => undefined);
    rmSync(tmp, { force: true });
    throw err;
  }
}

const mapError = (err: unknown, path: string, vaultFile: string): VeilError => {
  if (err instanceof VeilError) return err;
  const code = (err as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE')) return vaultError(err, vaultFile);
  if (err instanceof TypeError && /database connection is not open/i.test(err.message)) {
    return new VeilError('EXPORT_INTERRUPTED', 'Veil was locked during the export; nothing was exported. Unlock and try again.', { cause: err });
  }
  return writeError(err, path);
};

export async function runExport(deps: ExportDeps, input: ExportRunInput): Promise<ExportResult> {
  const now = deps.now ?? Date.now;
  const perConversation = input.format === 'markdown' && (input.markdownLayout ?? 'per-conversation') === 'per-conversation';
  const overwrite = input.overwrite ?? false;
  checkExportTarget(input.path, perConversation ? 'directory' : 'file', overwrite);
  const { db } = await deps.vault.ready();
  checkIds(db, input.conversationIds);
  const maskedOnly = input.maskedOnly ?? false;
  const view = maskedOnly ? maskedView : identityView;
  const plain = async (s: Sink) => s;
  let result: WriteCounts & { bytes: number; files: number };
  try {
    if (input.format === 'json' || input.format === 'archive') {
      const wrap = input.format === 'archive' ? (s: Sink) => ArchiveSink.open(s, input.passphrase ?? '', deps.archiveChunkSize) : plain;
      const r = await writeFile(input.path, overwrite, wrap, (s) => writeVeilJson(db, s, { ids: input.conversationIds, view, maskedOnly, exportedAt: now() }));
      result = { ...r, files: 1 };
    } else if (!perConversation) {
      const r = await writeFile(input.path, overwrite, plain, async (s) => {
        const counts: WriteCounts = { conversations: 0, messages: 0 };
        for (const row of conversationRows(db, input.conversationIds)) {
          if (counts.conversations > 0) await s.write('\n---\n\n');
          counts.messages += await writeConversationMarkdown(db, s, view.head(conversationHead(db, row)), view, maskedOnly);
          counts.conversations++;
        }
        return counts;
      });
      result = { ...r, files: 1 };
    } else {
      mkdirSync(input.path, { recursive: true, mode: 0o700 });
      result = { conversations: 0, messages: 0, bytes: 0, files: 0 };
      for (const row of conversationRows(db, input.conversationIds)) {
        const head = view.head(conversationHead(db, row));
        const r = await writeFile(join(input.path, markdownFileName(head)), overwrite, plain, async (s) => ({
          conversations: 1,
          messages: await writeConversationMarkdown(db, s, head, view, maskedOnly),
        }));
        result.conversations++;
        result.messages += r.messages;
        result.bytes += r.bytes;
        result.files++;
      }
    }
  } catch (err) {
    throw mapError(err, input.path, deps.vault.file);
  }
  deps.vault.audit('export', { format: input.format, conversations: result.conversations, messages: result.messages, files: result.files, maskedOnly });
  return { path: input.path, format: input.format, conversations: result.conversations, messages: result.messages, files: result.files, bytes: result.bytes };
}
