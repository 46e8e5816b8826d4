// Adapters that run npm PII redaction libraries (all offline, no model downloads) and turn their
// output into spans, so they can be scored on Veil's corpus in the same run. Libraries that only
// return redacted text are given sentinel replacements and aligned back to the original.
import { redact as arcjetRedact } from '@arcjet/redact';
import { OpenRedaction } from '@openredaction/openredaction';
import { Redactor as RedactPiiNode } from '@redactpii/node';
import { SyncRedactor } from 'redact-pii';
import type { ScoredSpan } from '../fixtures/masking/scorer';

export interface Peer {
  name: string;
  /** Package and version, for the table. */
  version: string;
  /** Spans found, or null when the library's output could not be aligned with the input. */
  detect(text: string): Promise<ScoredSpan[] | null>;
  /** The library's own call alone (no span alignment), to time the library apart from this adapter. */
  run(text: string): Promise<unknown>;
}

/**
 * Recovers spans from redacted text. `tokenRe` (global) matches a replacement token and captures
 * its label in group 1. The redacted text becomes an anchored pattern in which each token stands
 * for either itself (the original may contain the same word, e.g. DATABASE_URL) or a non-empty
 * stretch of the original; the regex engine finds a consistent alignment. Null if there is none.
 */
export function spansFromRedacted(original: string, redacted: string, tokenRe: RegExp, label: (raw: string) => string): ScoredSpan[] | null {
  const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const labels: string[] = [];
  let source = '^';
  let at = 0;
  for (const m of redacted.matchAll(tokenRe)) {
    source += `${esc(redacted.slice(at, m.index))}(?:${esc(m[0])}|([\\s\\S]+?))`;
    labels.push(label(m[1] as string));
    at = m.index + m[0].length;
  }
  source += `${esc(redacted.slice(at))}$`;
  const match = new RegExp(source, 'd').exec(original);
  if (!match?.indices) return null;
  const spans: ScoredSpan[] = [];
  labels.forEach((type, i) => {
    const r = match.indices?.[i + 1];
    if (r) spans.push({ start: r[0], end: r[1], type });
  });
  return spans;
}

/** Maps a peer's entity name to the closest Veil type, or OTHER (still counts for leaks and overall precision). */
export function veilTypeOf(peerType: string): string {
  const t = peerType.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  const rules: [RegExp, string][] = [
    [/EMAIL/, 'EMAIL'], [/PHONE/, 'PHONE'], [/CREDIT_?CARD/, 'CREDIT_CARD'], [/IBAN/, 'IBAN'],
    [/SOCIAL_SECURITY|^SSN|US_SSN/, 'US_SSN'], [/^IP|IP_?ADDRESS|IPV[46]/, 'IP_ADDRESS'], [/MAC/, 'MAC_ADDRESS'],
    [/NAME|PERSON/, 'PERSON'], [/STREET|ADDRESS|POSTAL/, 'STREET_ADDRESS'], [/NINO|NATIONAL_INSURANCE/, 'UK_NINO'],
    [/PASSPORT/, 'PASSPORT'], [/BIRTH|DOB/, 'DATE_OF_BIRTH'], [/CREDENTIAL/, 'URL_CREDENTIAL'],
    [/KEY|TOKEN|SECRET|PASSWORD|JWT|BEARER/, 'SECRET'], [/AADHAAR/, 'IN_AADHAAR'], [/MEDICAL|MRN|NHS/, 'MEDICAL_RECORD'],
  ];
  for (const [re, type] of rules) if (re.test(t)) return type;
  return 'OTHER';
}

const REDACT_PII_TOKENS = /(CREDIT_CARD_NUMBER|STREET_ADDRESS|ZIPCODE|PHONE_NUMBER|IP_ADDRESS|US_SOCIAL_SECURITY_NUMBER|EMAIL_ADDRESS|USERNAME|PASSWORD|CREDENTIALS|DIGITS|URL|PERSON_NAME)/g;
// Private-use characters: no later rule of a library can match inside a sentinel.
const sentinel = (i: number): string => `\uE000${String.fromCharCode(0xe001 + i)}\uE000`;
const SENTINEL_RE = /\uE000([\uE001-\uE0FF])\uE000/g;

function redactPii(): Peer {
  // Its per-rule replaceWith option is ignored by 3.4.0, so the default tokens are aligned instead.
  const redactor = new SyncRedactor();
  return {
    name: 'redact-pii',
    version: '3.4.0',
    detect: async (text) => spansFromRedacted(text, redactor.redact(text), REDACT_PII_TOKENS, veilTypeOf),
    run: async (text) => redactor.redact(text),
  };
}

function redactPiiNode(): Peer {
  const redactor = new RedactPiiNode();
  const re = /(CREDIT_CARD_NUMBER|EMAIL_ADDRESS|PERSON_NAME|PHONE_NUMBER|US_SOCIAL_SECURITY_NUMBER)/g;
  return {
    name: '@redactpii/node',
    version: '1.0.17',
    detect: async (text) => spansFromRedacted(text, redactor.redact(text), re, veilTypeOf),
    run: async (text) => redactor.redact(text),
  };
}

function arcjet(): Peer {
  const ENTITIES = ['email', 'phone-number', 'ip-address', 'credit-card-number'] as const;
  const label = (raw: string): string => veilTypeOf(ENTITIES[raw.charCodeAt(0) - 0xe001] ?? 'other');
  const options = { entities: [...ENTITIES], replace: (entity: string) => sentinel(ENTITIES.indexOf(entity as (typeof ENTITIES)[number])) };
  return {
    name: '@arcjet/redact',
    version: '1.4.0',
    async detect(text) {
      const [out] = await arcjetRedact(text, options);
      return spansFromRedacted(text, out, SENTINEL_RE, label);
    },
    run: (text) => arcjetRedact(text, options),
  };
}

function openRedaction(): Peer {
  const detector = new OpenRedaction();
  return {
    name: '@openredaction/openredaction',
    version: '1.0.4',
    detect: async (text) =>
      detector.detect(text).detections.map((d) => ({ start: d.position[0], end: d.position[1], type: veilTypeOf(d.type) })),
    run: async (text) => detector.detect(text),
  };
}

/** Every peer that loads here; a peer that fails to construct is reported, not silently dropped. */
export function loadPeers(): { peers: Peer[]; failures: string[] } {
  const peers: Peer[] = [];
  const failures: string[] = [];
  for (const make of [redactPii, redactPiiNode, arcjet, openRedaction]) {
    try {
      peers.push(make());
    } catch (err) {
      failures.push(`${make.name}: ${(err as Error).message}`);
    }
  }
  return { peers, failures };
}
