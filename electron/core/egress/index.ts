// Public API of the egress gate, for createCore, main.ts (its own transport) and the tests.
export { chatEgressFor } from './chat-egress';
export { createEgressGate, type EgressGate, type EgressGateOptions, type ExchangeResult, type SendOptions } from './egress-gate';
export { allowlistFrom } from './egress-rules';
export { TRANSPORT_HEADERS } from './outgoing-headers';
export { PIN_MISMATCH_CODE, spkiSha256 } from './tls-identity';
export type { ConnectionInfo, EgressMeta, EgressResponse, EgressTransport, ProxyRoute, TlsMinVersion, TlsRules, TransportSendOptions } from './types';
export { envProxyRoute, undiciEgressTransport, type UndiciTransportOptions } from './undici-transport';
