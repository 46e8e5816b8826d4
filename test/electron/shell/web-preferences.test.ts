// The renderer's webPreferences are pinned: isolation, sandbox, no Node, web security, no webview.
import { describe, expect, it } from 'vitest';
import { RENDERER_PARTITION, secureWebPreferences } from '../../../electron/shell/web-preferences';

describe('secureWebPreferences', () => {
  it('pins every security-relevant option', () => {
    const p = secureWebPreferences('/app/dist-electron/preload.cjs', { devTools: false });
    expect(p).toEqual({
      preload: '/app/dist-electron/preload.cjs',
      devTools: false,
      partition: RENDERER_PARTITION,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      enableWebSQL: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('uses an in-memory partition and enables DevTools only when asked (development)', () => {
    expect(RENDERER_PARTITION.startsWith('persist:')).toBe(false);
    expect(secureWebPreferences('/p', { devTools: true }).devTools).toBe(true);
  });
});
