// The vocabulary of local masking: entity types, spans and the recognizer contract.
// Everything here is plain data so that spans and mappings cross RPC and persist as JSON.
import type { TextFacts } from './text-facts';

export const ENTITY_TYPES = [
  'EMAIL',
  'PHONE',
  'CREDIT_CARD',
  'IBAN',
  'US_SSN',
  'IP_ADDRESS',
  'MAC_ADDRESS',
  'URL_CREDENTIAL',
  'SECRET',
  'PERSON',
  'STREET_ADDRESS',
  'DATE_OF_BIRTH',
  'UK_NINO',
  'IN_AADHAAR',
  'CN_RESIDENT_ID',
  'FR_NIR',
  'DE_TAX_ID',
  'PASSPORT',
  'MEDICAL_RECORD',
  'URL',
  'DATE',
  'CUSTOM',
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

export const isEntityType = (value: string): value is EntityType => (ENTITY_TYPES as readonly string[]).includes(value);

/** A found piece of personal data. Offsets are UTF-16 string indices, end exclusive. */
export interface Span {
  start: number;
  end: number;
  type: EntityType;
  /** 0..1 after context adjustment. */
  score: number;
  /** Which recognizer (or custom rule) found it; for the transparency panel and debugging. */
  source: string;
}

/** A raw candidate produced by a recognizer before context scoring. */
export interface Candidate {
  start: number;
  end: number;
  /** Base confidence 0..1 before context words are considered. */
  score: number;
  /** Overrides the recognizer's entity type (one recognizer may emit several types). */
  type?: EntityType;
}

/**
 * One recognizer, in the spirit of Presidio's registry: what it finds, how it finds candidates,
 * how it validates them and which nearby words raise or lower confidence.
 */
export interface Recognizer {
  readonly id: string;
  readonly type: EntityType;
  /**
   * Finds candidates. Must run in linear time in text.length (bounded quantifiers, boundary lookbehinds).
   * `facts` are shared precomputations about the same text (made on the spot when not given).
   */
  find(text: string, facts?: TextFacts): Candidate[];
  /** Words within the context window (before the candidate, and a little after) that add confidence. */
  readonly context?: readonly string[];
  /** Words nearby that lower confidence ("order", "invoice", "version"...). */
  readonly negativeContext?: readonly string[];
  /** When true, a candidate without a context word is dropped whatever its score. */
  readonly requiresContext?: boolean;
}
