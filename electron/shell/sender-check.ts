// Which IPC messages main accepts: only from the main frame of our own window, showing our own
// origin app://veil. Subframes, other windows and pages that somehow navigated elsewhere are
// ignored (DESIGN.md §4.5). Structural types so the rule is unit-tested under plain Node.
import { isAppUrl } from './app-url';

export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
  readonly processId: number;
  readonly routingId: number;
}

export interface SenderLike {
  readonly id: number;
  readonly mainFrame: FrameLike;
}

export interface IpcEventLike {
  readonly sender: SenderLike;
  /** null when the frame navigated or was destroyed before the message was handled. */
  readonly senderFrame: FrameLike | null;
}

export function isTrustedSender(event: IpcEventLike, window: SenderLike): boolean {
  // webContents ids are unique for the life of the process; comparing them does not depend on
  // Electron handing out the same wrapper object for the same webContents.
  if (event.sender.id !== window.id) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  const main = window.mainFrame;
  if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
  return isAppUrl(frame.url);
}
