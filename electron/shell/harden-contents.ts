// Hardening of every webContents: no navigation, no new windows, no webviews. A link the user
// clicks reaches `openLink`, which offers it to the OS browser after a confirmation
// (external-links.ts). Structural types: main.ts passes real WebContents; tests pass a stand-in.

export interface PreventableEvent {
  preventDefault(): void;
}

export interface HardenableContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent & { url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
}

export function hardenWebContents(contents: HardenableContents, openLink: (url: string) => void): void {
  contents.setWindowOpenHandler(({ url }) => {
    openLink(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openLink(event.url);
  });
  // A redirect of an (already refused) navigation is refused as well, without offering the link.
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
