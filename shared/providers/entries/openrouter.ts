// OpenRouter: a router in front of many upstream providers. Where a prompt ends up, and what that
// upstream does with it, depends on routing; the catalog says so instead of picking one answer.
import { unknownFact } from '../privacy-fact';
import type { ProviderEntry } from '../provider-schema';
import { DEPENDS_ON_UPSTREAM } from './notes';

export const openrouter: ProviderEntry = {
  id: 'openrouter',
  displayName: 'OpenRouter',
  operator: 'OpenRouter, Inc.',
  apiStyle: 'openai',
  baseUrl: 'https://openrouter.ai/api/v1',
  auth: 'bearer',
  apiKey: 'required',
  local: false,
  models: [{ id: 'openrouter/auto', displayName: 'Auto (OpenRouter picks the model)' }],
  freeformModels: true,
  defaultModel: 'openrouter/auto',
  wire: { streamUsage: true, maxTokensField: 'max_tokens' },
  privacy: {
    jurisdiction: unknownFact(DEPENDS_ON_UPSTREAM),
    trainingByDefault: unknownFact(DEPENDS_ON_UPSTREAM),
    trainingOptOut: unknownFact(DEPENDS_ON_UPSTREAM),
    retention: unknownFact('Both OpenRouter\u2019s own logging settings and the upstream provider apply; not sourced here.'),
    zeroDataRetention: unknownFact(DEPENDS_ON_UPSTREAM),
    certifications: unknownFact(),
  },
};
