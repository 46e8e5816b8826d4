// The policy gate of the send pipeline: may this conversation send to this provider and model?
// Allow-all until the managed-policy issue lands; it then checks provider, endpoint and
// jurisdiction rules and throws a VeilError (POLICY_BLOCKED) with the reason.
import type { ProviderEntry } from '../../../shared/providers';

export interface SendPolicyRequest {
  conversationId: string;
  provider: ProviderEntry;
  model: string;
}

export type SendPolicy = (req: SendPolicyRequest) => void | Promise<void>;

export const allowAllPolicy: SendPolicy = () => undefined;
