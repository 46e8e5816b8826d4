// Runs an import: reads the file (a Veil archive is recognised by its magic bytes, JSON by its
// shape), validates ALL of it before touching the vault, then inserts everything in one
// transaction and audits the counts. Bad files get a clear IMPORT_* error and change nothing.
import { openSync, closeSync, readFileSync, readSync } from 'node:fs';
import type { ImportResult, ImportSource } from '../../../shared/contract/channels/export';
import { VEIL_EXPORT_FORMAT, VeilExportSchema, type ExportConversation } from '../../../shared/contract/export-format';
import { VeilError } from '../errors/veil-error';
import { isArchive } from '../export/archive-format';
import { readArchive } from '../export/archive-reader';
import { checkImportSource } from '../export/output-path';
import { vaultError } from '../vault/open-vault';
import type { VaultService } from '../vault/vault-service';
import { convertChatGpt, looksLikeChatGpt } from './chatgpt-import';
import { insertConversations } from './insert-conversations';

/** JSON.parse needs the whole text as one string; V8 strings stop a little below 512 MiB. */
export const MAX_IMPORT_BYTES = 480 * 1024 * 1024;

const invalid = (message: string) => new VeilError('IMPORT_INVALID', `${message} Nothing was imported.`);

function firstBytes(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const b = Buffer.alloc(8);
    return b.subarray(0, readSync(fd, b, 0, 8, 0));
  } finally {
    closeSync(fd);
  }
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) as unknown;
  } catch {
    throw invalid('This file is not valid JSON.');
  }
}

function veilConversations(data: unknown): ExportConversation[] {
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > 1) {
    throw new VeilError('IMPORT_UNSUPPORTED_VERSION', `This export was written by a newer Veil (format version ${version}); update Veil to import it.`);
  }
  const parsed = VeilExportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(`This Veil export does not match the format (${issue ? `${issue.path.join('.') || 'top level'}: ${issue.message}` : 'unknown problem'}).`);
  }
  return parsed.data.conversations;
}

/** Reads and validates the file; returns what to insert. */
export async function readImport(path: string, source: ImportSource | undefined, passphrase: string | undefined): Promise<{ source: ImportSource; conversations: ExportConversation[] }> {
  const size = checkImportSource(path);
  if (size > MAX_IMPORT_BYTES) throw new VeilError('IMPORT_TOO_LARGE', `This file is larger than ${MAX_IMPORT_BYTES >> 20} MiB; Veil cannot import it in one piece.`);
  if (isArchive(firstBytes(path))) {
    if (source && source !== 'veil-archive') throw invalid('This file is a Veil encrypted archive, not the chosen format.');
    if (passphrase === undefined) throw new VeilError('IMPORT_PASSPHRASE_REQUIRED', 'This is an encrypted Veil archive: enter its passphrase.');
    const payload = await readArchive(path, passphrase);
    return { source: 'veil-archive', conversations: veilConversations(parseJson(payload)) };
  }
  if (source === 'veil-archive') throw invalid('This file is not a Veil encrypted archive.');
  const data = parseJson(readFileSync(path));
  const isVeil = typeof data === 'object' && data !== null && (data as { format?: unknown }).format === VEIL_EXPORT_FORMAT;
  const detected: ImportSource | null = isVeil ? 'veil-json' : looksLikeChatGpt(data) ? 'chatgpt' : null;
  if (detected === null || (source && source !== detected)) {
    throw invalid(source === 'chatgpt' ? 'This is not a ChatGPT conversations.json.' : 'This is neither a Veil export nor a ChatGPT conversations.json.');
  }
  return { source: detected, conversations: detected === 'veil-json' ? veilConversations(data) : convertChatGpt(data) };
}

export async function runImport(vault: VaultService, input: { path: string; source?: ImportSource; passphrase?: string }): Promise<ImportResult> {
  const { source, conversations } = await readImport(input.path, input.source, input.passphrase);
  const { db } = await vault.ready();
  let counts;
  try {
    counts = insertConversations(db, conversations);
  } catch (err) {
    // Duplicate placeholders in one conversation and the like: the file contradicts itself.
    if (((err as { code?: string }).code ?? '').startsWith('SQLITE_CONSTRAINT')) throw invalid('This file contains conflicting entries.');
    throw vaultError(err, vault.file);
  }
  vault.audit('import', { source, conversations: counts.conversations, messages: counts.messages, renamed: counts.renamed });
  return { source, ...counts };
}
