// The renderer's origin, app://veil, and the mapping of its URLs onto files of dist/renderer.
// Pure functions: the protocol handler (app-protocol.ts) and the IPC sender check build on them.
// Any doubt about a path (encoded separators, dot segments, NUL, bad escapes) means refusal.
import { isAbsolute, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'veil';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function hasControlChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/** True for URLs of our own origin, app://veil (no credentials, no port). */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
}

/**
 * Maps an app://veil/... URL to a file inside `rootDir`, or null when it must be refused.
 * "/" is index.html. The query and fragment are ignored. Returns an absolute path that is
 * lexically inside rootDir; the handler additionally checks the real path (symlinks).
 */
export function resolveAppPath(rootDir: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  const u = parse(url);
  if (!u) return null;
  const segments: string[] = [];
  for (const raw of u.pathname.split('/').slice(1)) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return null;
    }
    // Encoded separators, dot segments and control characters never name a renderer file.
    if (seg === '.' || seg === '..' || /[/\\:]/.test(seg) || hasControlChar(seg)) return null;
    segments.push(seg);
  }
  if (segments.length === 0 || segments[segments.length - 1] === '') segments.splice(-1, 1, 'index.html');
  if (segments.slice(0, -1).some((s) => s === '')) return null;
  const root = resolve(rootDir);
  const file = resolve(root, ...segments);
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || !file.startsWith(root + sep)) return null;
  return file;
}
