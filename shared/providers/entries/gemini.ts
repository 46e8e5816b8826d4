// Google Gemini API through its OpenAI-compatible endpoint. The Gemini API terms distinguish the
// free tier (content used to improve Google products) from the paid tier (not used).
import { unknownFact } from '../privacy-fact';
import type { ProviderEntry } from '../provider-schema';
import { RECORDED_NOT_REFETCHED } from './notes';

const TERMS = 'https://ai.google.dev/gemini-api/terms';
const AS_OF = '2025-04-01';

export const gemini: ProviderEntry = {
  id: 'gemini',
  displayName: 'Google Gemini',
  operator: 'Google LLC',
  apiStyle: 'openai',
  baseUrl: 'https://generativelanguage.googleapis.com/v1beta/openai',
  auth: 'bearer',
  apiKey: 'required',
  local: false,
  models: [
    { id: 'gemini-2.5-flash', displayName: 'Gemini 2.5 Flash' },
    { id: 'gemini-2.5-pro', displayName: 'Gemini 2.5 Pro' },
  ],
  freeformModels: true,
  defaultModel: 'gemini-2.5-flash',
  wire: { streamUsage: true, maxTokensField: 'max_tokens' },
  privacy: {
    jurisdiction: unknownFact(),
    trainingByDefault: {
      value: 'Free tier: yes, content is used to improve Google products and may be read by human reviewers. Paid tier: no',
      source: TERMS,
      asOf: AS_OF,
      note: RECORDED_NOT_REFETCHED,
    },
    trainingOptOut: { value: 'Use the paid tier (a billing-enabled project); the free tier has no opt-out', source: TERMS, asOf: AS_OF, note: RECORDED_NOT_REFETCHED },
    retention: unknownFact(),
    zeroDataRetention: unknownFact(),
    certifications: unknownFact(),
  },
};
