// Runs an import as a stream: the file (or the decrypted chunks of a Veil archive) is read piece
// by piece, parsed, validated and written as it goes, inside ONE long vault write (one
// transaction), so memory does not grow with the file and the first problem anywhere rolls back
// everything already written: a bad file changes nothing. Between pieces it yields the event loop
// (RPC, reads and chat streams go on; chat writes wait for its commit) and reports progress. The
// counts are audited (never content or the path).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ImportProgressEvent, ImportResult, ImportSource } from '../../../shared/contract/channels/export';
import { VeilError } from '../errors/veil-error';
import { isArchive } from '../export/archive-format';
import { openArchive } from '../export/archive-reader';
import { checkImportSource } from '../export/output-path';
import type { AuditDetail } from '../vault/audit-repo';
import type { LongWriteFn, Pause } from '../vault/long-write';
import type { Db } from '../vault/open-vault';
import { importProgressFor } from './import-progress';
import { importInvalid, ImportReader } from './import-reader';
import { ConversationInserter, type InsertCounts } from './insert-conversations';
import { JsonEventParser, JsonSyntaxError } from './json-event-parser';

/** Plain files are read in pieces of this size (archives in their own chunk size). */
const READ_BYTES = 1024 * 1024;
/** The parser gets at most this much at once, so the import can yield every few ms of work. */
const PARSE_BYTES = 64 * 1024;

/** A file's bytes, in order, read synchronously (inside the vault write) one piece at a time. */
export interface ImportBytes {
  path: string;
  archive: boolean;
  /** Size of the file on disk (progress; an archive's payload is a little smaller). */
  size?: number;
  chunks(): Iterable<Uint8Array>;
  dispose(): void;
}

/** How far an import has come; bytesRead reaches totalBytes when the whole file was read. */
export type ImportProgress = Omit<ImportProgressEvent, 'running'>;

export type ImportProgressListener = (p: ImportProgress) => void;

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

function firstBytes(path: string): { head: Buffer; size: number } {
  const fd = openSync(path, 'r');
  try {
    const b = Buffer.alloc(8);
    return { head: b.subarray(0, readSync(fd, b, 0, 8, 0)), size: fstatSync(fd).size };
  } finally {
    closeSync(fd);
  }
}

/** Checks the path, recognises an archive and opens it with the passphrase (the slow KDF runs here, before the vault is touched). */
async function openImportBytes(path: string, source: ImportSource | undefined, passphrase: string | undefined): Promise<ImportBytes> {
  try {
    return await openBytes(path, source, passphrase);
  } catch (err) {
    throw fileError(err, path);
  }
}

async function openBytes(path: string, source: ImportSource | undefined, passphrase: string | undefined): Promise<ImportBytes> {
  if (checkImportSource(path) === 0) throw importInvalid('This file is empty.');
  const { head, size } = firstBytes(path);
  if (isArchive(head)) {
    if (source && source !== 'veil-archive') throw importInvalid('This file is a Veil encrypted archive, not the chosen format.');
    if (passphrase === undefined) throw new VeilError('IMPORT_PASSPHRASE_REQUIRED', 'This is an encrypted Veil archive: enter its passphrase.');
    const archive = await openArchive(path, passphrase);
    return { path, archive: true, size, chunks: () => archive.chunks(), dispose: () => archive.dispose() };
  }
  if (source === 'veil-archive') throw importInvalid('This file is not a Veil encrypted archive.');
  return { path, archive: false, size, chunks: () => fileChunks(path), dispose: () => undefined };
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
 * Reads, validates and stores the whole file. Must run inside one transaction that only it writes
 * (a long write); awaits pause() between pieces; throws on the first problem, and the caller rolls back.
 */
export async function importInto(
  db: Db,
  bytes: ImportBytes,
  source: ImportSource | undefined,
  pause: Pause,
  onProgress?: ImportProgressListener,
): Promise<InsertCounts & { source: ImportSource }> {
  const inserter = new ConversationInserter(db);
  const reader = new ImportReader(inserter, source, bytes.archive);
  const parser = new JsonEventParser(reader);
  const totalBytes = bytes.size ?? 0;
  let bytesRead = 0;
  const report = (): void => {
    onProgress?.({ bytesRead, totalBytes: Math.max(totalBytes, bytesRead), conversations: inserter.counts.conversations, messages: inserter.counts.messages });
  };
  try {
    for (const chunk of bytes.chunks()) {
      for (let at = 0; at < chunk.length; at += PARSE_BYTES) {
        const piece = chunk.subarray(at, at + PARSE_BYTES);
        parser.write(piece);
        bytesRead += piece.length;
        report();
        await pause();
      }
    }
    parser.end();
  } catch (err) {
    throw readError(err, bytes);
  }
  bytesRead = Math.max(totalBytes, bytesRead); // an archive's header and tags are read too
  report();
  return { source: bytes.archive ? 'veil-archive' : reader.detected!, ...inserter.counts };
}

/** What an import needs from the vault (VaultService provides it; the benchmark passes a bare db). */
export interface ImportVault {
  /** Runs fn in one transaction across event-loop turns (VaultService.longWrite): all or nothing. */
  longWrite<T>(fn: LongWriteFn<T>): Promise<T>;
  audit(kind: string, detail: AuditDetail): void;
}

const importBusy = (cause?: unknown): VeilError => new VeilError('IMPORT_BUSY', 'An import is already running. Wait for it to finish, then try again.', { cause });

/** The vault's long-write errors in the words of an import. */
function longWriteError(err: unknown): unknown {
  const code = (err as { code?: string }).code;
  if (code === 'VAULT_BUSY') return importBusy(err);
  if (code === 'VAULT_WRITE_INTERRUPTED') {
    return new VeilError('IMPORT_INTERRUPTED', 'Veil was locked (or the vault closed) during the import. Nothing was imported; unlock and try again.', { cause: err });
  }
  return err;
}

export async function runImport(
  vault: ImportVault,
  input: { path: string; source?: ImportSource; passphrase?: string },
  onProgress?: ImportProgressListener,
): Promise<ImportResult> {
  const hub = importProgressFor(vault);
  // Running from the path check and key derivation on, not only while the long write holds the vault.
  if (hub.status.running) throw importBusy();
  hub.start();
  const report = (p: ImportProgress): void => {
    hub.update(p);
    onProgress?.(p);
  };
  let result: ImportResult;
  try {
    const bytes = await openImportBytes(input.path, input.source, input.passphrase);
    try {
      result = await vault.longWrite((db, pause) => importInto(db, bytes, input.source, pause, report));
    } catch (err) {
      throw longWriteError(err);
    } finally {
      bytes.dispose();
    }
  } finally {
    hub.finish();
  }
  vault.audit('import', { source: result.source, conversations: result.conversations, messages: result.messages, renamed: result.renamed });
  return result;
}
