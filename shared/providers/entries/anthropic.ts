// Anthropic API (Messages). Training and certification facts recorded from Anthropic's commercial
// terms and trust portal; retention and zero-retention terms were not sourced and stay unknown.
import { unknownFact } from '../privacy-fact';
import type { ProviderEntry } from '../provider-schema';
import { RECORDED_NOT_REFETCHED } from './notes';

const COMMERCIAL_TERMS = 'https://www.anthropic.com/legal/commercial-terms';
const TRUST = 'https://trust.anthropic.com/';
const AS_OF = '2025-04-01';

export const anthropic: ProviderEntry = {
  id: 'anthropic',
  displayName: 'Anthropic',
  operator: 'Anthropic PBC',
  apiStyle: 'anthropic',
  baseUrl: 'https://api.anthropic.com/v1',
  auth: 'x-api-key',
  apiKey: 'required',
  local: false,
  models: [
    { id: 'claude-sonnet-4-5', displayName: 'Claude Sonnet 4.5' },
    { id: 'claude-haiku-4-5', displayName: 'Claude Haiku 4.5' },
    { id: 'claude-opus-4-1', displayName: 'Claude Opus 4.1' },
  ],
  freeformModels: true,
  defaultModel: 'claude-sonnet-4-5',
  // Anthropic's own wire format: usage always arrives in message_start/message_delta.
  wire: { streamUsage: false, maxTokensField: 'max_tokens' },
  privacy: {
    jurisdiction: unknownFact(),
    trainingByDefault: { value: 'No: commercial (API) customer content is not used to train models', source: COMMERCIAL_TERMS, asOf: AS_OF, note: RECORDED_NOT_REFETCHED },
    trainingOptOut: { value: 'Not needed: API content is excluded from training by the commercial terms', source: COMMERCIAL_TERMS, asOf: AS_OF, note: RECORDED_NOT_REFETCHED },
    retention: unknownFact(),
    zeroDataRetention: unknownFact(),
    certifications: { value: 'SOC 2 Type II, ISO 27001', source: TRUST, asOf: AS_OF, note: RECORDED_NOT_REFETCHED },
  },
};
