// The desktop app's answer to files.chooseSavePath / chooseOpenPath: Electron's native dialogs,
// modal to Veil's window, starting in the user's Documents folder.
import { join } from 'node:path';
import type { BaseWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { FileDialogInput } from '../../shared/contract/channels/files';
import type { FileDialogs } from '../core/rpc/files-handlers';

/** The part of Electron's `dialog` module used here. */
export interface DialogModule {
  showSaveDialog(window: BaseWindow, options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(window: BaseWindow, options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export function saveDialogOptions(input: FileDialogInput, documentsDir: string): SaveDialogOptions {
  return {
    title: input.title,
    defaultPath: join(documentsDir, input.defaultName ?? ''),
    ...(input.filters ? { filters: input.filters } : {}),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export function openDialogOptions(input: FileDialogInput, documentsDir: string): OpenDialogOptions {
  return {
    title: input.title,
    defaultPath: documentsDir,
    ...(input.filters && !input.directory ? { filters: input.filters } : {}),
    properties: input.directory ? ['openDirectory', 'createDirectory'] : ['openFile'],
  };
}

export function electronFileDialogs(dialog: DialogModule, window: () => BaseWindow | null, documentsDir: string): FileDialogs {
  return {
    async chooseSavePath(input) {
      const parent = window();
      if (!parent) return null;
      const r = await dialog.showSaveDialog(parent, saveDialogOptions(input, documentsDir));
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async chooseOpenPath(input) {
      const parent = window();
      if (!parent) return null;
      const r = await dialog.showOpenDialog(parent, openDialogOptions(input, documentsDir));
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
  };
}
