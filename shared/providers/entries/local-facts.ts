// Privacy facts for providers that never send a byte off this machine. They follow from Veil's
// architecture (loopback only, enforced by the egress gate), not from anyone's policy page.
import type { PrivacyFacts } from '../privacy-fact';

const local = (value: string) => ({ value, basis: 'local' as const });

/** A model server on this machine (Ollama, LM Studio). */
export const LOCAL_SERVER_FACTS: PrivacyFacts = {
  jurisdiction: { value: 'Does not leave this machine', basis: 'local', regions: ['LOCAL'] },
  trainingByDefault: local('Not applicable: no third party receives the data'),
  trainingOptOut: local('Not applicable: no third party receives the data'),
  retention: local('Only on this machine, as long as the local server keeps its logs'),
  zeroDataRetention: local('Not applicable: no third party receives the data'),
  certifications: local('Not applicable: runs on this machine'),
};

/** The built-in Preview provider: nothing is sent anywhere. */
export const NOTHING_SENT_FACTS: PrivacyFacts = {
  jurisdiction: { value: 'Does not leave this machine: nothing is sent', basis: 'local', regions: ['LOCAL'] },
  trainingByDefault: local('Not applicable: nothing is sent'),
  trainingOptOut: local('Not applicable: nothing is sent'),
  retention: local('Nothing is sent; the conversation stays in Veil under your retention settings'),
  zeroDataRetention: local('Not applicable: nothing is sent'),
  certifications: local('Not applicable: nothing is sent'),
};
