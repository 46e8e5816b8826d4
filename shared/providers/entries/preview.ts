// The built-in offline Preview provider: sends nothing and answers with what a remote model would
// have received. It is the first-run default so masking can be seen working without any API key.
import type { ProviderEntry } from '../provider-schema';
import { NOTHING_SENT_FACTS } from './local-facts';

export const preview: ProviderEntry = {
  id: 'preview',
  displayName: 'Preview (offline, sends nothing)',
  operator: 'Veil, on this machine',
  apiStyle: 'preview',
  baseUrl: null,
  auth: 'none',
  apiKey: 'none',
  local: true,
  models: [{ id: 'preview', displayName: 'Show what would be sent' }],
  freeformModels: false,
  defaultModel: 'preview',
  wire: { streamUsage: false, maxTokensField: 'max_tokens' },
  privacy: NOTHING_SENT_FACTS,
};
