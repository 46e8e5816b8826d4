// Handlers of files.*: native save/open dialogs when the host provides them (the desktop app),
// otherwise `{ available: false }` so the UI asks for a typed path.
import { isAbsolute } from 'node:path';
import type { Contract } from '../../../shared/contract/channels/index';
import type { FileDialogInput } from '../../../shared/contract/channels/files';
import type { DomainHandlers } from './handlers';

/** What main.ts passes in from Electron's `dialog`; resolves to an absolute path or null (cancelled). */
export interface FileDialogs {
  chooseSavePath(input: FileDialogInput): Promise<string | null>;
  chooseOpenPath(input: FileDialogInput): Promise<string | null>;
}

export function filesHandlers(dialogs: FileDialogs | undefined): DomainHandlers<Contract, 'files'> {
  const run = async (pick: ((i: FileDialogInput) => Promise<string | null>) | undefined, input: FileDialogInput) => {
    if (!pick) return { available: false, path: null };
    const path = await pick(input);
    // A dialog only ever returns absolute paths; anything else is treated as a cancel.
    return { available: true, path: path && isAbsolute(path) ? path : null };
  };
  return {
    'files.chooseSavePath': (input) => run(dialogs?.chooseSavePath.bind(dialogs), input),
    'files.chooseOpenPath': (input) => run(dialogs?.chooseOpenPath.bind(dialogs), input),
  };
}
