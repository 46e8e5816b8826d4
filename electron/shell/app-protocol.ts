// The app:// protocol handler: serves dist/renderer read-only with the CSP headers. It is written
// against the web-standard Request/Response that Electron's protocol.handle uses, so it runs (and
// is tested) under plain Node; main.ts registers it on the renderer's session.
import { readFile, realpath, stat } from 'node:fs/promises';
import { sep } from 'node:path';
import { resolveAppPath } from './app-url';
import { appResponseHeaders } from './csp';
import { contentTypeFor } from '../core/static/content-types';

/** The privileges main.ts registers for the scheme before app ready: standard + secure, nothing more. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true } as const;

function refuse(status: 403 | 404 | 405): Response {
  return new Response(null, { status, headers: appResponseHeaders('text/plain; charset=utf-8') });
}

export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  let realRoot: Promise<string> | undefined;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const file = resolveAppPath(rootDir, request.url);
    if (!file) return refuse(403);
    try {
      // A symlink inside dist/renderer must not lead out of it.
      const [root, real] = await Promise.all([(realRoot ??= realpath(rootDir)), realpath(file)]);
      if (!real.startsWith(root + sep)) return refuse(403);
      if (!(await stat(real)).isFile()) return refuse(404);
      const body = request.method === 'HEAD' ? null : await readFile(real);
      return new Response(body, { status: 200, headers: appResponseHeaders(contentTypeFor(real)) });
    } catch {
      return refuse(404);
    }
  };
}
