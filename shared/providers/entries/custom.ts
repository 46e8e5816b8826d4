// The template for a user-defined OpenAI-compatible endpoint. The base URL comes from settings
// (see custom-endpoint.ts); what the endpoint does with data is the user's to find out.
import { unknownFact } from '../privacy-fact';
import type { ProviderEntry } from '../provider-schema';

const UNKNOWN_CUSTOM = 'Depends on the endpoint you configure.';

export const custom: ProviderEntry = {
  id: 'custom',
  displayName: 'Custom OpenAI-compatible endpoint',
  operator: 'Configured by you',
  apiStyle: 'openai',
  baseUrl: null,
  auth: 'bearer',
  apiKey: 'optional',
  local: false,
  models: [],
  freeformModels: true,
  defaultModel: null,
  // Conservative: not every compatible server accepts stream_options.
  wire: { streamUsage: false, maxTokensField: 'max_tokens' },
  privacy: {
    jurisdiction: unknownFact(UNKNOWN_CUSTOM),
    trainingByDefault: unknownFact(UNKNOWN_CUSTOM),
    trainingOptOut: unknownFact(UNKNOWN_CUSTOM),
    retention: unknownFact(UNKNOWN_CUSTOM),
    zeroDataRetention: unknownFact(UNKNOWN_CUSTOM),
    certifications: unknownFact(UNKNOWN_CUSTOM),
  },
};
