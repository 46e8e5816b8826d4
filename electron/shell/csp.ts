// The Content-Security-Policy and companion headers sent with every app:// response. The renderer
// may load only its own files; it can reach no network (connect-src 'none'), embed no plugins and
// cannot be framed. Style needs no 'unsafe-inline': Vite emits CSS as files and React sets inline
// styles through the CSSOM, which CSP does not restrict. Change this only with a written reason.
// eng-disable CSP_GLOBAL_CHECK: the CSP is sent as a header by the app:// protocol handler (app-protocol.ts), which Electronegativity cannot see; test/electron/shell/csp.test.ts pins it
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; connect-src 'none'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Headers for every response of the app:// protocol (the CSP applies to the HTML documents). */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}
