// Words for the masking settings: preset names and a readable label for each entity type (the
// type code stays visible next to it, because placeholders and the preview use the code).
import type { EntityType, PresetName } from '../../../shared/masking/index';

export const PRESET_LABELS: Readonly<Record<PresetName, string>> = {
  standard: 'Standard',
  strict: 'Strict',
  pci: 'Payment cards',
  secrets: 'Secrets only',
  custom: 'Custom',
};

export const TYPE_LABELS: Readonly<Record<EntityType, string>> = {
  EMAIL: 'Email addresses',
  PHONE: 'Phone numbers',
  CREDIT_CARD: 'Payment card numbers',
  IBAN: 'Bank account numbers (IBAN)',
  US_SSN: 'US Social Security numbers',
  IP_ADDRESS: 'IP addresses',
  MAC_ADDRESS: 'MAC addresses',
  URL_CREDENTIAL: 'Passwords and tokens in links',
  SECRET: 'API keys, tokens and passwords',
  PERSON: 'Names of people',
  STREET_ADDRESS: 'Street addresses',
  DATE_OF_BIRTH: 'Dates of birth',
  UK_NINO: 'UK National Insurance numbers',
  IN_AADHAAR: 'Indian Aadhaar numbers',
  CN_RESIDENT_ID: 'Chinese resident ID numbers',
  FR_NIR: 'French social security numbers',
  DE_TAX_ID: 'German tax IDs',
  PASSPORT: 'Passport numbers',
  MEDICAL_RECORD: 'Medical record numbers',
  URL: 'Every web address',
  DATE: 'Every date',
  CUSTOM: 'Your terms and patterns',
};
