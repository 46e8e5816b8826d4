// Links leave Veil only as https: or mailto: URLs, only after the user confirmed a dialog that
// shows the full (normalised, punycode) URL, and only one dialog at a time so a page cannot flood
// the user. The dialog and shell.openExternal arrive as functions from main.ts.
import { hasControlChar } from './app-url';

const MAX_URL_LENGTH = 2048;

/** The normalised URL when it may be offered for opening outside Veil, else null. */
export function externalLinkTarget(url: string): string | null {
  if (url.length > MAX_URL_LENGTH || hasControlChar(url)) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol === 'mailto:') return u.pathname.length > 0 ? u.href : null;
  if (u.protocol !== 'https:' || u.hostname === '') return null;
  // user:password@host is a classic way to disguise the real host.
  if (u.username !== '' || u.password !== '') return null;
  return u.href;
}

export interface ConfirmDialog {
  type: 'question';
  buttons: [string, string];
  defaultId: 0;
  cancelId: 0;
  title: string;
  message: string;
  detail: string;
  noLink: true;
}

export const OPEN_BUTTON_INDEX = 1;

export function externalLinkDialog(target: string): ConfirmDialog {
  return {
    type: 'question',
    buttons: ['Cancel', 'Open in browser'],
    defaultId: 0,
    cancelId: 0,
    title: 'Open link',
    message: 'Open this link outside Veil?',
    detail: target,
    noLink: true,
  };
}

export interface ExternalLinkDeps {
  confirm(dialog: ConfirmDialog): Promise<{ response: number }>;
  openExternal(url: string): Promise<void>;
}

export type ExternalLinkOutcome = 'refused' | 'busy' | 'cancelled' | 'opened';

/** Returns a function that handles one link request from the renderer. */
export function createExternalLinkOpener(deps: ExternalLinkDeps): (url: string) => Promise<ExternalLinkOutcome> {
  let dialogOpen = false;
  return async (url) => {
    const target = externalLinkTarget(url);
    if (!target) return 'refused';
    if (dialogOpen) return 'busy';
    dialogOpen = true;
    try {
      const { response } = await deps.confirm(externalLinkDialog(target));
      if (response !== OPEN_BUTTON_INDEX) return 'cancelled';
      await deps.openExternal(target); // eng-disable OPEN_EXTERNAL_JS_CHECK: target passed externalLinkTarget (https:/mailto: only) and the user confirmed it
      return 'opened';
    } finally {
      dialogOpen = false;
    }
  };
}
