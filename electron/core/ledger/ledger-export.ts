// Ledger exports as text: JSON (every field, nested as stored) and CSV (one row per request;
// objects such as headers and masked counts as JSON in their cell). Entries never hold a key (the
// gate stores headers redacted and refuses a body or URL that contains one), so the text is
// exported as stored: a scrubber here would alter the bodies the user wants to see verbatim.
import type { LedgerEntry } from '../../../shared/contract/channels/ledger';

export const CSV_COLUMNS: ReadonlyArray<keyof LedgerEntry> = [
  'id', 'startedAt', 'endedAt', 'outcome', 'provider', 'providerName', 'model', 'method', 'scheme', 'host', 'port', 'path',
  'remoteAddress', 'remotePort', 'jurisdiction', 'jurisdictionRegions', 'tlsVersion', 'certFingerprint256', 'certSpkiSha256',
  'proxy', 'status', 'durationMs', 'headersMs', 'firstTokenMs', 'requestBytes', 'requestBodyBytes', 'responseBytes',
  'inputTokens', 'outputTokens', 'maskedCounts', 'conversationId', 'ephemeral', 'userMessageId', 'assistantMessageId',
  'attempt', 'errorCode', 'errorMessage', 'requestHeaders', 'requestBody',
];

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  // Quote always: bodies hold commas, quotes and newlines. A leading = + - @ would be a formula in
  // a spreadsheet, so such cells get a leading apostrophe.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function ledgerToCsv(entries: readonly LedgerEntry[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const e of entries) lines.push(CSV_COLUMNS.map((c) => cell(e[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function ledgerToJson(entries: readonly LedgerEntry[], exportedAt: number): string {
  return JSON.stringify({ format: 'veil-ledger', version: 1, exportedAt: new Date(exportedAt).toISOString(), entries }, null, 2);
}
