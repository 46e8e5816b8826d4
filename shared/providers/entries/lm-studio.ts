// LM Studio's local server (OpenAI-compatible). The model id is whatever the user loaded.
import type { ProviderEntry } from '../provider-schema';
import { LOCAL_SERVER_FACTS } from './local-facts';

export const lmStudio: ProviderEntry = {
  id: 'lm-studio',
  displayName: 'LM Studio (this machine)',
  operator: 'You (local LM Studio server)',
  apiStyle: 'openai',
  baseUrl: 'http://127.0.0.1:1234/v1',
  auth: 'none',
  apiKey: 'none',
  local: true,
  models: [],
  freeformModels: true,
  defaultModel: null,
  wire: { streamUsage: false, maxTokensField: 'max_tokens' },
  privacy: LOCAL_SERVER_FACTS,
};
