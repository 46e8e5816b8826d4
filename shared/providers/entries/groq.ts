// Groq Cloud (OpenAI-compatible endpoint under /openai/v1). No privacy fact was sourced for this
// catalog yet; all stay unknown.
import { unknownFact } from '../privacy-fact';
import type { ProviderEntry } from '../provider-schema';

export const groq: ProviderEntry = {
  id: 'groq',
  displayName: 'Groq',
  operator: 'Groq, Inc.',
  apiStyle: 'openai',
  baseUrl: 'https://api.groq.com/openai/v1',
  auth: 'bearer',
  apiKey: 'required',
  local: false,
  models: [
    { id: 'llama-3.3-70b-versatile', displayName: 'Llama 3.3 70B' },
    { id: 'llama-3.1-8b-instant', displayName: 'Llama 3.1 8B Instant' },
  ],
  freeformModels: true,
  defaultModel: 'llama-3.3-70b-versatile',
  wire: { streamUsage: true, maxTokensField: 'max_tokens' },
  privacy: {
    jurisdiction: unknownFact(),
    trainingByDefault: unknownFact(),
    trainingOptOut: unknownFact(),
    retention: unknownFact(),
    zeroDataRetention: unknownFact(),
    certifications: unknownFact(),
  },
};
