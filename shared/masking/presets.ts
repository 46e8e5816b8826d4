// Presets: named sets of entity types and a confidence threshold. Per-type switches and managed
// policy adjust a preset; policy can only add types (forced), never remove them.
import type { EntityType } from './types';

export const PRESET_NAMES = ['standard', 'strict', 'pci', 'secrets', 'custom'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export interface Preset {
  readonly types: readonly EntityType[];
  /** Minimum score for a span to be kept. */
  readonly threshold: number;
  readonly description: string;
}

const STANDARD: readonly EntityType[] = [
  'EMAIL', 'PHONE', 'CREDIT_CARD', 'IBAN', 'US_SSN', 'IP_ADDRESS', 'MAC_ADDRESS', 'URL_CREDENTIAL', 'SECRET',
  'PERSON', 'STREET_ADDRESS', 'DATE_OF_BIRTH', 'UK_NINO', 'IN_AADHAAR', 'CN_RESIDENT_ID', 'FR_NIR', 'DE_TAX_ID',
  'PASSPORT', 'MEDICAL_RECORD', 'CUSTOM',
];

export const PRESETS: Readonly<Record<PresetName, Preset>> = {
  standard: { types: STANDARD, threshold: 0.5, description: 'Personal data and secrets, tuned for few false positives.' },
  // HIPAA Safe Harbor removes names, geography below state level, all dates but the year, phone and
  // fax numbers, email, SSN, medical record and account numbers, licence numbers, device ids, URLs, IPs.
  strict: { types: [...STANDARD, 'URL', 'DATE'], threshold: 0.35, description: 'Everything Standard masks plus all URLs and dates, at a lower confidence bar (HIPAA Safe Harbor identifiers).' },
  pci: { types: ['CREDIT_CARD', 'SECRET', 'URL_CREDENTIAL', 'CUSTOM'], threshold: 0.5, description: 'Payment cards and secrets only.' },
  secrets: { types: ['SECRET', 'URL_CREDENTIAL', 'CUSTOM'], threshold: 0.5, description: 'API keys, tokens, passwords and credentials in URLs only.' },
  custom: { types: [], threshold: 0.5, description: 'Exactly the types switched on.' },
};

export const isPresetName = (v: string): v is PresetName => (PRESET_NAMES as readonly string[]).includes(v);

/** The effective type set: the preset's (or the explicit list), minus disabled, plus forced by policy. */
export function effectiveTypes(
  preset: PresetName,
  types: readonly EntityType[] | undefined,
  disabled: readonly EntityType[] = [],
  forced: readonly EntityType[] = [],
): Set<EntityType> {
  const set = new Set<EntityType>(types ?? PRESETS[preset].types);
  for (const t of disabled) set.delete(t);
  for (const t of forced) set.add(t);
  return set;
}
