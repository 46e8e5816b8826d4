// Privacy facts about a provider, each with its provenance. A fact is either sourced (a public
// https page and the date it was checked), "unknown" (never guessed), or follows from Veil's own
// architecture (the request never leaves this machine), which needs no outside source.
import { z } from 'zod';

export const UNKNOWN = 'unknown' as const;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'asOf must be YYYY-MM-DD');
const HttpsUrl = z.url({ protocol: /^https$/, error: 'source must be an https URL' });

/** A fact taken from a public page; `note` says how it was read when the page is not literal. */
export const SourcedFactSchema = z.strictObject({
  value: z.string().min(1).refine((v) => v !== UNKNOWN, 'a sourced fact cannot be "unknown"'),
  source: HttpsUrl,
  asOf: IsoDate,
  note: z.string().min(1).optional(),
});

/** Not established from a source Veil trusts. The UI shows it as unknown, never as a default. */
export const UnknownFactSchema = z.strictObject({
  value: z.literal(UNKNOWN),
  note: z.string().min(1).optional(),
});

/** True by construction: Veil only talks to a loopback address (or sends nothing at all). */
export const ArchitecturalFactSchema = z.strictObject({
  value: z.string().min(1).refine((v) => v !== UNKNOWN),
  basis: z.literal('local'),
});

export const PrivacyFactSchema = z.union([SourcedFactSchema, UnknownFactSchema, ArchitecturalFactSchema]);
export type PrivacyFact = z.infer<typeof PrivacyFactSchema>;
export type SourcedFact = z.infer<typeof SourcedFactSchema>;

/**
 * Where data goes. `regions` is the machine-readable form a policy can match on:
 * ISO 3166-1 alpha-2 codes, 'EU', or 'LOCAL' (never leaves this machine).
 */
export const JurisdictionFactSchema = z.union([
  SourcedFactSchema.extend({ regions: z.array(z.string().regex(/^(?:[A-Z]{2}|EU)$/)).min(1) }),
  UnknownFactSchema,
  ArchitecturalFactSchema.extend({ regions: z.tuple([z.literal('LOCAL')]) }),
]);
export type JurisdictionFact = z.infer<typeof JurisdictionFactSchema>;

export const PrivacyFactsSchema = z.strictObject({
  /** Where prompts are processed and stored. */
  jurisdiction: JurisdictionFactSchema,
  /** Whether API inputs are used to train models when the user changes nothing. */
  trainingByDefault: PrivacyFactSchema,
  /** Whether (and how) a customer can opt out of training. */
  trainingOptOut: PrivacyFactSchema,
  /** How long prompts and replies are kept. */
  retention: PrivacyFactSchema,
  /** Whether zero data retention is publicly available. */
  zeroDataRetention: PrivacyFactSchema,
  /** Public security/privacy attestations (SOC 2 Type II, ISO 27001, a DPA...). */
  certifications: PrivacyFactSchema,
});
export type PrivacyFacts = z.infer<typeof PrivacyFactsSchema>;
export type PrivacyFactKey = keyof PrivacyFacts;

export const PRIVACY_FACT_KEYS: readonly PrivacyFactKey[] = [
  'jurisdiction',
  'trainingByDefault',
  'trainingOptOut',
  'retention',
  'zeroDataRetention',
  'certifications',
];

export const unknownFact = (note?: string): z.infer<typeof UnknownFactSchema> => (note ? { value: UNKNOWN, note } : { value: UNKNOWN });

export const isSourcedFact = (fact: PrivacyFact): fact is SourcedFact => 'source' in fact;
