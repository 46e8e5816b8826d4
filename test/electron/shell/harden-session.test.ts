// Session hardening: every permission denied, the request filter installed. Real Electron cannot
// run on this machine (no binary), so the Session is a tiny structural stand-in that records the
// handlers hardenSession installs; the test then calls them as Electron would.
import { describe, expect, it } from 'vitest';
import { denyAllPermissions, hardenSession, type HardenableSession } from '../../../electron/shell/harden-session';

// Permission names Electron passes to these handlers (docs: Session.setPermissionRequestHandler).
const PERMISSIONS = [
  'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'fullscreen', 'geolocation', 'idle-detection',
  'media', 'mediaKeySystem', 'midi', 'midiSysex', 'notifications', 'pointerLock', 'keyboardLock', 'openExternal',
  'speaker-selection', 'storage-access', 'top-level-storage-access', 'window-management', 'unknown', 'fileSystem',
  'hid', 'serial', 'usb', 'background-sync',
];

function standInSession() {
  const h: {
    request?: Parameters<HardenableSession['setPermissionRequestHandler']>[0];
    check?: Parameters<HardenableSession['setPermissionCheckHandler']>[0];
    device?: Parameters<HardenableSession['setDevicePermissionHandler']>[0];
    display?: Parameters<HardenableSession['setDisplayMediaRequestHandler']>[0];
    beforeRequest?: Parameters<HardenableSession['webRequest']['onBeforeRequest']>[0];
    spellcheck?: boolean;
  } = {};
  const session: HardenableSession = {
    setPermissionRequestHandler: (f) => void (h.request = f),
    setPermissionCheckHandler: (f) => void (h.check = f),
    setDevicePermissionHandler: (f) => void (h.device = f),
    setDisplayMediaRequestHandler: (f) => void (h.display = f),
    setSpellCheckerEnabled: (on) => void (h.spellcheck = on),
    webRequest: { onBeforeRequest: (f) => void (h.beforeRequest = f) },
  };
  return { session, h };
}

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const { session, h } = standInSession();
    hardenSession(session, { dev: false });
    for (const p of PERMISSIONS) {
      let granted: boolean | undefined;
      h.request?.({}, p, (g) => (granted = g));
      expect(granted, p).toBe(false);
      expect(h.check?.({}, p), p).toBe(false);
    }
    expect(h.device?.()).toBe(false);
    let streams: unknown;
    h.display?.({}, (s) => (streams = s));
    expect(streams).toEqual({});
    expect(h.spellcheck).toBe(false);
  });

  it('cancels every request that is not app://veil (devtools only in development)', () => {
    const decide = (dev: boolean, url: string) => {
      const { session, h } = standInSession();
      const blocked: string[] = [];
      hardenSession(session, { dev, onBlocked: (u) => blocked.push(u) });
      let cancel: boolean | undefined;
      h.beforeRequest?.({ url }, (r) => (cancel = r.cancel));
      return { cancel, blocked };
    };
    expect(decide(false, 'app://veil/index.html')).toEqual({ cancel: false, blocked: [] });
    expect(decide(false, 'https://api.deepseek.com/chat/completions')).toEqual({ cancel: true, blocked: ['https://api.deepseek.com/chat/completions'] });
    expect(decide(false, 'devtools://devtools/x').cancel).toBe(true);
    expect(decide(true, 'devtools://devtools/x').cancel).toBe(false);
  });

  it('denyAllPermissions alone installs no request filter (the default session serves main-process requests)', () => {
    const { session, h } = standInSession();
    denyAllPermissions(session);
    expect(h.beforeRequest).toBeUndefined();
    expect(h.check?.({}, 'notifications')).toBe(false);
  });
});
