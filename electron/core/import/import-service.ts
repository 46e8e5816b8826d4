// Runs an import as a stream: the file (or the decrypted chunks of a Veil archive) is read piece
// by piece, parsed, validated and written as it goes, inside ONE vault write, so memory does not
// grow with the file and the first problem anywhere rolls back everything already written: a bad
// file changes nothing. The counts are audited (never content or the path).
import { closeSync, openSync, readSync } from 'node:fs';
import type { ImportResult, ImportSource } from '../../../shared/contract/channels/export';
import { VeilError } from '../errors/veil-error';
import { isArchive } from '../export/archive-format';
import { openArchive } from '../export/archive-reader';
import { checkImportSource } from '../export/output-path';
import type { AuditDetail } from '../vault/audit-repo';
import type { Db } from '../vault/open-vault';
import { importInvalid, ImportReader } from './import-reader';
import { ConversationInserter, type InsertCounts } from './insert-conversations';
import { JsonEventParser, JsonSyntaxError } from './json-event-parser';

/** Plain files are read in pieces of this size (archives in their own chunk size). */
const READ_BYTES = 1024 * 1024;

/** A file's bytes, in order, read synchronously (inside the vault write) one piece at a time. */
export interface ImportBytes {
  path: string;
  archive: boolean;
  chunks(): Iterable<Uint8Array>;
  dispose(): void;
}

function* fileChunks(path: string): Generator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    for (let pos = 0; ; ) {
      const b = Buffer.allocUnsafe(READ_BYTES);
      const n = readSync(fd, b, 0, READ_BYTES, pos);
      if (n === 0) return;
      pos += n;
      yield b.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

function firstBytes(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const b = Buffer.alloc(8);
    return b.subarray(0, readSync(fd, b, 0, 8, 0));
  } finally {
    closeSync(fd);
  }
}

/** Checks the path, recognises an archive and opens it with the passphrase (the slow KDF runs here, before the vault is touched). */
export async function openImportBytes(path: string, source: ImportSource | undefined, passphrase: string | undefined): Promise<ImportBytes> {
  try {
    return await openBytes(path, source, passphrase);
  } catch (err) {
    throw fileError(err, path);
  }
}

async function openBytes(path: string, source: ImportSource | undefined, passphrase: string | undefined): Promise<ImportBytes> {
  if (checkImportSource(path) === 0) throw importInvalid('This file is empty.');
  if (isArchive(firstBytes(path))) {
    if (source && source !== 'veil-archive') throw importInvalid('This file is a Veil encrypted archive, not the chosen format.');
    if (passphrase === undefined) throw new VeilError('IMPORT_PASSPHRASE_REQUIRED', 'This is an encrypted Veil archive: enter its passphrase.');
    const archive = await openArchive(path, passphrase);
    return { path, archive: true, chunks: () => archive.chunks(), dispose: () => archive.dispose() };
  }
  if (source === 'veil-archive') throw importInvalid('This file is not a Veil encrypted archive.');
  return { path, archive: false, chunks: () => fileChunks(path), dispose: () => undefined };
}

/** A failed open/read of the file itself (permissions, I/O error) as a user-safe error. */
function fileError(err: unknown, path: string): unknown {
  const e = err as NodeJS.ErrnoException;
  if (err instanceof VeilError || typeof e.syscall !== 'string') return err;
  return new VeilError('IMPORT_PATH_INVALID', `Veil could not read ${path} (${e.code ?? 'read error'}). Nothing was imported.`, { cause: err, details: { path } });
}

/** Maps what can go wrong while reading to the user-safe import errors. */
function readError(err: unknown, { archive, path }: ImportBytes): unknown {
  if (err instanceof JsonSyntaxError) {
    if (err.endedEarly && !archive) return new VeilError('IMPORT_TRUNCATED', 'This file ends early (it was cut short, for example by an interrupted download or copy). Nothing was imported.', { cause: err });
    return importInvalid(archive ? 'This archive does not hold valid JSON.' : 'This file is not valid JSON.');
  }
  // Duplicate placeholders in one conversation and the like: the file contradicts itself.
  if (((err as { code?: string }).code ?? '').startsWith('SQLITE_CONSTRAINT')) return importInvalid('This file contains conflicting entries.');
  return fileError(err, path);
}

/**
 * Reads, validates and stores the whole file. Must run inside one transaction (it is synchronous,
 * so nothing else can write in between); throws on the first problem, and the caller rolls back.
 */
export function importInto(db: Db, bytes: ImportBytes, source: ImportSource | undefined): InsertCounts & { source: ImportSource } {
  const inserter = new ConversationInserter(db);
  const reader = new ImportReader(inserter, source, bytes.archive);
  const parser = new JsonEventParser(reader);
  try {
    for (const chunk of bytes.chunks()) parser.write(chunk);
    parser.end();
  } catch (err) {
    throw readError(err, bytes);
  }
  return { source: bytes.archive ? 'veil-archive' : reader.detected!, ...inserter.counts };
}

/** What an import needs from the vault (VaultService provides it; the benchmark passes a bare db). */
export interface ImportVault {
  /** Runs fn as one write of the vault's group commit (its own savepoint; rolled back alone if it throws). */
  write<T>(fn: (v: { db: Db }) => T): Promise<T>;
  audit(kind: string, detail: AuditDetail): void;
}

export async function runImport(vault: ImportVault, input: { path: string; source?: ImportSource; passphrase?: string }): Promise<ImportResult> {
  const bytes = await openImportBytes(input.path, input.source, input.passphrase);
  let result: ImportResult;
  try {
    result = await vault.write((v) => importInto(v.db, bytes, input.source));
  } finally {
    bytes.dispose();
  }
  vault.audit('import', { source: result.source, conversations: result.conversations, messages: result.messages, renamed: result.renamed });
  return result;
}
