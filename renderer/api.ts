// The renderer's one door to the Node side: window.veil, built from shared/contract by the preload
// (Electron) or by the preview bridge (browser). Typed from the contract; nothing else talks to the core.
import type { VeilApi } from '../shared/contract/client';

declare global {
  interface Window {
    /** Present when the page runs inside Veil (preload or preview bridge); absent when opened directly. */
    readonly veil: VeilApi;
  }
}

/** False when the page was opened without the bridge (e.g. dist/renderer/index.html straight from disk). */
export const bridgeAvailable: boolean = typeof window.veil === 'object' && window.veil !== null;

export const veil: VeilApi = window.veil;

export type { VeilApi };
