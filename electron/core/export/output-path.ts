// Where an export may be written: an absolute path whose parent directory exists, never over an
// existing file unless the caller says overwrite. Files are written under a temporary name in
// the same directory and moved into place only when complete, so no half-written export ever
// carries the chosen name.
import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { VeilError } from '../errors/veil-error';

export type TargetKind = 'file' | 'directory';

const invalid = (message: string) => new VeilError('EXPORT_PATH_INVALID', message);
const exists = (path: string) =>
  new VeilError('EXPORT_EXISTS', `${path} already exists. Choose another name, or allow overwriting it.`, { details: { path } });

/** Validates an export target; throws EXPORT_PATH_INVALID or EXPORT_EXISTS. */
export function checkExportTarget(path: string, kind: TargetKind, overwrite: boolean): void {
  if (!isAbsolute(path)) throw invalid('The export path must be an absolute path.');
  const parent = dirname(path);
  if (!existsSync(parent) || !statSync(parent).isDirectory()) throw invalid(`The folder ${parent} does not exist.`);
  if (!existsSync(path)) return;
  const isDir = statSync(path).isDirectory();
  if (kind === 'file' && isDir) throw invalid(`${path} is a folder; choose a file name.`);
  if (kind === 'directory' && !isDir) throw invalid(`${path} is a file; choose a folder name.`);
  if (!overwrite) throw exists(path);
}

/** A hidden temporary name beside the target (same filesystem, so the final move is a rename). */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Moves a finished temp file to its name: atomically refusing an existing file unless overwrite. */
export function commitFile(tmp: string, target: string, overwrite: boolean): void {
  if (overwrite) {
    renameSync(tmp, target);
    return;
  }
  try {
    // link() fails with EEXIST instead of replacing: no window where a file created meanwhile is lost.
    linkSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw exists(target);
    throw err;
  }
  rmSync(tmp, { force: true });
}

/** An import source: an absolute path to an existing regular file. Returns its size. */
export function checkImportSource(path: string): number {
  if (!isAbsolute(path)) throw new VeilError('IMPORT_PATH_INVALID', 'The file to import must be given as an absolute path.');
  if (!existsSync(path) || !statSync(path).isFile()) throw new VeilError('IMPORT_PATH_INVALID', `${path} is not a file.`, { details: { path } });
  return statSync(path).size;
}
