// Hardening of the renderer's session: every permission request and check is denied, every
// request that is not app:// (or data:/blob:, or devtools:// in development) is cancelled.
// Structural types: main.ts passes the real Session; tests pass a stand-in.
import { isRequestAllowed } from './request-filter';

export interface HardenableSession {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  setDisplayMediaRequestHandler(handler: (request: unknown, callback: (streams: Record<string, never>) => void) => void): void;
  setSpellCheckerEnabled(enabled: boolean): void;
  readonly webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
  };
}

export interface SessionHardeningOptions {
  dev: boolean;
  /** Called with each cancelled URL (for a debug log line). */
  onBlocked?: (url: string) => void;
}

/** Denies every permission request and check (camera, notifications, clipboard, HID, screen…). */
export function denyAllPermissions(session: Omit<HardenableSession, 'webRequest' | 'setSpellCheckerEnabled'>): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Calling back without a video or audio source refuses screen capture.
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
}

/** The renderer session: no permissions, no spellchecker downloads, and the deny-all request filter. */
export function hardenSession(session: HardenableSession, options: SessionHardeningOptions): void {
  denyAllPermissions(session);
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isRequestAllowed(details.url, { dev: options.dev });
    if (!allowed) options.onBlocked?.(details.url);
    callback({ cancel: !allowed });
  });
}
