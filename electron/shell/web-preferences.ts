// The renderer's webPreferences: isolated, sandboxed, no Node, web security on, no webviews, no
// spellchecker (its dictionaries are downloaded from a Google CDN), no drag-and-drop navigation.
import type { WebPreferences } from 'electron';

/** In-memory partition (no "persist:" prefix): the renderer keeps nothing on disk. */
export const RENDERER_PARTITION = 'veil-renderer';

export function secureWebPreferences(preloadPath: string, options: { devTools: boolean }): WebPreferences {
  return {
    preload: preloadPath,
    devTools: options.devTools,
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
    // auxclick (middle click) can open links without the click handlers the renderer expects.
    disableBlinkFeatures: 'Auxclick',
  };
}
