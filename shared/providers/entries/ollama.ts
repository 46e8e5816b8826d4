// Ollama on this machine, spoken to through its native /api/chat NDJSON stream.
import type { ProviderEntry } from '../provider-schema';
import { LOCAL_SERVER_FACTS } from './local-facts';

export const ollama: ProviderEntry = {
  id: 'ollama',
  displayName: 'Ollama (this machine)',
  operator: 'You (local Ollama server)',
  apiStyle: 'ollama',
  baseUrl: 'http://127.0.0.1:11434',
  auth: 'none',
  apiKey: 'none',
  local: true,
  // Which models exist depends on what the user pulled; these are common suggestions.
  models: [
    { id: 'llama3.2', displayName: 'Llama 3.2' },
    { id: 'qwen2.5', displayName: 'Qwen 2.5' },
  ],
  freeformModels: true,
  defaultModel: 'llama3.2',
  wire: { streamUsage: false, maxTokensField: 'max_tokens' },
  privacy: LOCAL_SERVER_FACTS,
};
