// Serves the built renderer (dist/renderer) to the preview tab: path resolution that cannot leave
// the root, content types, security headers with the preview's CSP, and index.html with the bridge
// script injected ahead of the app's own module script.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, posix, sep } from 'node:path';


/**
 * The app's CSP (electron/shell) with one change: `connect-src` names the bridge's WebSocket
 * instead of 'none'. In Electron the renderer talks to the core over IPC, which CSP does not
 * govern; in a browser tab the only channel to the core is this socket, so exactly this one
 * loopback URL is allowed and the page still cannot reach any other host.
 */
export const previewCsp = (port: number): string =>
  [
    "default-src 'self'",
    `connect-src ws://127.0.0.1:${port}`,
    "img-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');

export function securityHeaders(port: number): Record<string, string> {
  return {
    'Content-Security-Policy': previewCsp(port),
    'X-Content-Type-Options': 'nosniff',
    // The page URL carries the token: never let it leak through a Referer.
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

export type Resolved = { kind: 'file'; path: string } | { kind: 'index' } | { kind: 'forbidden' } | { kind: 'missing' };

/**
 * Maps a URL pathname to a file under `root`. Decoding happens once, before normalisation, so
 * encoded dot segments (%2e%2e, %2f) are caught; symlinks are resolved and re-checked.
 */
export function resolveStatic(root: string, pathname: string): Resolved {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'forbidden' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'forbidden' };
  if (decoded.split('/').includes('..')) return { kind: 'forbidden' };
  const normal = posix.normalize(decoded);
  if (normal === '/' || normal === '/index.html') return { kind: 'index' };
  const rootReal = existsSync(root) ? realpathSync(root) : root;
  const candidate = join(rootReal, normal);
  if (!candidate.startsWith(rootReal + sep)) return { kind: 'forbidden' };
  if (!existsSync(candidate)) return { kind: 'missing' };
  const real = realpathSync(candidate);
  if (!real.startsWith(rootReal + sep)) return { kind: 'forbidden' };
  if (!statSync(real).isFile()) return { kind: 'missing' };
  return { kind: 'file', path: real };
}

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * index.html for the preview: the bridge's config in meta tags and its script placed before the
 * first script of the page. A classic script runs before any module script, so window.veil exists
 * when the app starts. A CSP meta tag meant for the app:// build is dropped: the header above
 * replaces it (both would be enforced, and its connect-src 'none' would block the bridge).
 */
export function renderIndex(html: string, bridge: { wsUrl: string; token: string }): string {
  const withoutCspMeta = html.replace(/<meta[^>]+http-equiv=["']?Content-Security-Policy["']?[^>]*>\s*/gi, '');
  const inject =
    `<meta name="veil-bridge-url" content="${escapeAttr(bridge.wsUrl)}" />\n` +
    `    <meta name="veil-bridge-token" content="${escapeAttr(bridge.token)}" />\n` +
    `    <script src="/__veil/bridge.js"></script>\n    `;
  const firstScript = withoutCspMeta.search(/<script\b/i);
  if (firstScript >= 0) return withoutCspMeta.slice(0, firstScript) + inject + withoutCspMeta.slice(firstScript);
  const headEnd = withoutCspMeta.search(/<\/head>/i);
  if (headEnd >= 0) return withoutCspMeta.slice(0, headEnd) + inject + withoutCspMeta.slice(headEnd);
  return inject + withoutCspMeta;
}

/** Shown when dist/renderer has not been built: the bridge still works for scripts. */
export const NOT_BUILT_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>Veil preview</title></head>
<body><p>The renderer is not built. Run <code>npm run build:renderer</code> (or <code>npm run preview</code>, which builds it) and reload.</p></body></html>
`;

export const readIndex = (root: string): string | null => {
  const p = join(root, 'index.html');
  return existsSync(p) ? readFileSync(p, 'utf8') : null;
};
