// Public API of the send pipeline, for createCore and the egress gate.
export { ChatService, type ChatSendInput, type ChatServiceOptions } from './chat-service';
export { chatStoreFor, type ChatStore } from './chat-store';
export { type ChatEgress, type EgressContext, type EgressExchange } from './egress-port';
export { ProviderDirectory } from './provider-directory';
export { allowAllPolicy, type SendPolicy, type SendPolicyRequest } from './send-policy';
