// DeepSeek first-party API (OpenAI-compatible). Privacy facts as of 2026-07-05, from DeepSeek's
// own policy pages as reviewed in a third-party due-diligence card of that date. Unofficial pages
// that claim SOC 2, ISO 27001 or EU residency for DeepSeek are not first-party and are not used.
import type { ProviderEntry } from '../provider-schema';

const PRIVACY_POLICY = 'https://cdn.deepseek.com/policies/en-US/deepseek-privacy-policy.html';
const PLATFORM_TERMS = 'https://cdn.deepseek.com/policies/en-US/deepseek-open-platform-terms-of-service.html';
const AS_OF = '2026-07-05';

export const deepseek: ProviderEntry = {
  id: 'deepseek',
  displayName: 'DeepSeek',
  operator: 'Hangzhou DeepSeek Artificial Intelligence Co., Ltd.',
  apiStyle: 'openai',
  baseUrl: 'https://api.deepseek.com',
  auth: 'bearer',
  apiKey: 'required',
  local: false,
  models: [
    { id: 'deepseek-chat', displayName: 'DeepSeek Chat' },
    { id: 'deepseek-reasoner', displayName: 'DeepSeek Reasoner', reasoning: true },
  ],
  freeformModels: false,
  defaultModel: 'deepseek-chat',
  wire: { streamUsage: true, maxTokensField: 'max_tokens' },
  privacy: {
    jurisdiction: {
      value: "Processed and stored in the People's Republic of China; no region choice",
      regions: ['CN'],
      source: PRIVACY_POLICY,
      asOf: AS_OF,
      note: 'Privacy policy last updated 2026-02-10. In January 2025 the Italian data protection authority limited processing of Italian users\u2019 data (Garante docweb 10097450).',
    },
    trainingByDefault: {
      value: 'Yes: prompts and other inputs may be used to train and improve models',
      source: PRIVACY_POLICY,
      asOf: AS_OF,
    },
    trainingOptOut: {
      value: 'Documented: the privacy policy lists a right to opt out of training use',
      source: PRIVACY_POLICY,
      asOf: AS_OF,
    },
    retention: {
      value: 'No period published: kept "as long as necessary" for the stated purposes',
      source: PRIVACY_POLICY,
      asOf: AS_OF,
    },
    zeroDataRetention: {
      value: 'Not publicly available: no zero-retention option in the platform terms or API docs',
      source: PLATFORM_TERMS,
      asOf: AS_OF,
    },
    certifications: {
      value: 'None public: no SOC 2 Type II, no ISO 27001, no public DPA',
      source: PLATFORM_TERMS,
      asOf: AS_OF,
      note: 'Absence established by reviewing the platform terms (released 2026-04-22), the privacy policy and deepseek.com; no trust center exists.',
    },
  },
};
