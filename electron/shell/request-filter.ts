// The renderer session's deny-all request filter: the renderer loads its own app:// files and
// nothing else. data: and blob: stay allowed because the CSP allows them for images and they never
// leave the process; devtools:// only in development so DevTools can open.
import { isAppUrl } from './app-url';

export interface RequestFilterOptions {
  /** Development run (unpackaged): allows devtools://. */
  dev: boolean;
}

export function isRequestAllowed(url: string, options: RequestFilterOptions): boolean {
  if (isAppUrl(url)) return true;
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return options.dev && protocol === 'devtools:';
}
