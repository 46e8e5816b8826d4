// Where a file path for export/import comes from: the desktop app's native save/open dialog
// (files.chooseSavePath / chooseOpenPath), or, in the browser preview which has none, an
// absolute path the user types. PathField offers "Choose…" only where a dialog exists.
import type { FileDialogInput } from '../../../shared/contract/channels/files';
import type { VeilApi } from '../../../shared/contract/client';

export interface PathRequest {
  readonly purpose: 'export' | 'import';
  /** A file, or (per-conversation Markdown) a folder the export creates. */
  readonly kind: 'file' | 'directory';
  readonly suggestedName: string;
}

export type PathChoice = { readonly available: false } | { readonly available: true; readonly path: string | null };

const FILTERS: Readonly<Record<string, { name: string; extensions: string[] }>> = {
  '.json': { name: 'JSON', extensions: ['json'] },
  '.md': { name: 'Markdown', extensions: ['md'] },
  '.veil': { name: 'Veil archive', extensions: ['veil'] },
};

/** The dialog request for a path field: a save dialog for exports, an open dialog for imports. */
export function dialogInputFor(request: PathRequest): FileDialogInput {
  const ext = /\.[a-z]+$/.exec(request.suggestedName)?.[0] ?? '';
  const filter = FILTERS[ext];
  if (request.purpose === 'import') {
    return { title: 'Import into Veil', filters: [{ name: 'Veil or ChatGPT export', extensions: ['json', 'veil'] }, { name: 'All files', extensions: ['*'] }] };
  }
  return {
    title: request.kind === 'directory' ? 'Export into a new folder' : 'Export from Veil',
    defaultName: request.suggestedName,
    ...(filter ? { filters: [filter] } : {}),
  };
}

/** Asks the host for a path; `available: false` when it has no native dialog (the preview). */
export async function choosePath(api: Pick<VeilApi, 'files'>, request: PathRequest): Promise<PathChoice> {
  const input = dialogInputFor(request);
  const result = request.purpose === 'import' ? await api.files.chooseOpenPath(input) : await api.files.chooseSavePath(input);
  return result.available ? { available: true, path: result.path } : { available: false };
}

/** A file name for today, e.g. veil-export-2026-11-27.json (no extension: a folder name). */
export function suggestedExportName(extension: string, now = new Date()): string {
  return `veil-export-${now.toISOString().slice(0, 10)}${extension}`;
}
