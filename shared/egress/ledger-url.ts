// How a request URL appears in the transparency ledger: host and path as sent, query parameter
// names kept but every value replaced, and no credentials or fragment. Provider requests carry
// no query today; a future one (e.g. ?key=) must not put a secret into the ledger.

export interface LedgerTarget {
  scheme: string;
  host: string;
  port: number;
  /** Path with query values replaced by "[REDACTED]". */
  path: string;
}

const DEFAULT_PORTS: Record<string, number> = { 'https:': 443, 'http:': 80 };

export function ledgerTarget(url: string): LedgerTarget {
  const u = new URL(url);
  const names = [...u.searchParams.keys()];
  const query = names.length > 0 ? `?${names.map((n) => `${encodeURIComponent(n)}=[REDACTED]`).join('&')}` : '';
  return {
    scheme: u.protocol.replace(/:$/, ''),
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: u.port ? Number(u.port) : (DEFAULT_PORTS[u.protocol] ?? 0),
    path: `${u.pathname}${query}`,
  };
}

/** "scheme://host[:port]" in lower case; the unit the allowlist is made of. */
export function originKey(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}`.toLowerCase();
}
