// Mistral AI platform API (OpenAI-compatible chat completions). No privacy fact was sourced for
// this catalog yet, so every fact is unknown rather than inferred from Mistral being a French company.
import { unknownFact } from '../privacy-fact';
import type { ProviderEntry } from '../provider-schema';

export const mistral: ProviderEntry = {
  id: 'mistral',
  displayName: 'Mistral AI',
  operator: 'Mistral AI',
  apiStyle: 'openai',
  baseUrl: 'https://api.mistral.ai/v1',
  auth: 'bearer',
  apiKey: 'required',
  local: false,
  models: [
    { id: 'mistral-large-latest', displayName: 'Mistral Large' },
    { id: 'mistral-small-latest', displayName: 'Mistral Small' },
  ],
  freeformModels: true,
  defaultModel: 'mistral-small-latest',
  // Mistral reports usage in the final chunk on its own; stream_options is not sent.
  wire: { streamUsage: false, maxTokensField: 'max_tokens' },
  privacy: {
    jurisdiction: unknownFact(),
    trainingByDefault: unknownFact(),
    trainingOptOut: unknownFact(),
    retention: unknownFact(),
    zeroDataRetention: unknownFact(),
    certifications: unknownFact(),
  },
};
