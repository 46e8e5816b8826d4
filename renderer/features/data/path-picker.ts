// Where a file path for export/import comes from. The browser preview has no native dialog, so
// the user types an absolute path; the desktop app can plug a save/open dialog in here (one
// place) once the contract has a channel for it, and every form shows a "Choose…" button.
export interface PathRequest {
  readonly purpose: 'export' | 'import';
  /** A file, or (per-conversation Markdown) a folder. */
  readonly kind: 'file' | 'directory';
  readonly suggestedName: string;
}

/** Resolves the chosen absolute path, or null when the user cancelled. */
export type PathPicker = (request: PathRequest) => Promise<string | null>;

let picker: PathPicker | null = null;

/** Installed by the host that can show a native dialog (none yet: the contract has no dialog channel). */
export function setPathPicker(next: PathPicker | null): void {
  picker = next;
}

export function pathPicker(): PathPicker | null {
  return picker;
}

/** A file name for today, e.g. veil-export-2026-11-27.json. */
export function suggestedExportName(extension: string, now = new Date()): string {
  return `veil-export-${now.toISOString().slice(0, 10)}${extension}`;
}
