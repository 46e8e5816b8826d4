// OpenAI API platform. Facts recorded from OpenAI's published business-data and API data pages;
// jurisdiction is left unknown because no page was reviewed that states it for all API customers.
import { unknownFact } from '../privacy-fact';
import type { ProviderEntry } from '../provider-schema';
import { RECORDED_NOT_REFETCHED } from './notes';

const ENTERPRISE_PRIVACY = 'https://openai.com/enterprise-privacy/';
const YOUR_DATA = 'https://platform.openai.com/docs/guides/your-data';
const TRUST = 'https://trust.openai.com/';
const AS_OF = '2025-04-01';

export const openai: ProviderEntry = {
  id: 'openai',
  displayName: 'OpenAI',
  operator: 'OpenAI',
  apiStyle: 'openai',
  baseUrl: 'https://api.openai.com/v1',
  auth: 'bearer',
  apiKey: 'required',
  local: false,
  models: [
    { id: 'gpt-4.1', displayName: 'GPT-4.1' },
    { id: 'gpt-4.1-mini', displayName: 'GPT-4.1 mini' },
    { id: 'gpt-4o', displayName: 'GPT-4o' },
    { id: 'gpt-4o-mini', displayName: 'GPT-4o mini' },
  ],
  freeformModels: true,
  defaultModel: 'gpt-4.1-mini',
  wire: { streamUsage: true, maxTokensField: 'max_completion_tokens' },
  privacy: {
    jurisdiction: unknownFact(),
    trainingByDefault: { value: 'No: API inputs and outputs are not used for training unless the organisation opts in', source: ENTERPRISE_PRIVACY, asOf: AS_OF, note: RECORDED_NOT_REFETCHED },
    trainingOptOut: { value: 'Not needed: training on API data is opt-in', source: ENTERPRISE_PRIVACY, asOf: AS_OF, note: RECORDED_NOT_REFETCHED },
    retention: { value: 'Up to 30 days for abuse monitoring, then deleted unless the law requires otherwise', source: YOUR_DATA, asOf: AS_OF, note: `${RECORDED_NOT_REFETCHED} Legal holds can extend retention.` },
    zeroDataRetention: { value: 'Available for eligible customers and endpoints, on approval', source: YOUR_DATA, asOf: AS_OF, note: RECORDED_NOT_REFETCHED },
    certifications: { value: 'SOC 2 Type 2', source: TRUST, asOf: AS_OF, note: RECORDED_NOT_REFETCHED },
  },
};
