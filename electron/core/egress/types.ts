// The vocabulary of the egress gate: what a caller asks to send (with who is sending it, for the
// ledger), the transport contract the gate drives, and what a transport reports about the
// connection it used. The Electron app plugs its own transport in through `EgressTransport`.
import type { ProviderEntry } from '../../../shared/providers';
import type { ProviderResponse } from '../providers/transport';
import type { ProviderRequest } from '../providers/types';

/** Who sends what; fills the ledger entry. */
export interface EgressMeta {
  provider: Pick<ProviderEntry, 'id' | 'displayName' | 'baseUrl' | 'privacy'>;
  model?: string | null;
  conversationId?: string | null;
  /** Ephemeral conversations keep their ledger entries in memory only. */
  ephemeral?: boolean;
  userMessageId?: number | null;
  assistantMessageId?: number | null;
  /** Try number of the same message (1 = first request). */
  attempt?: number;
  maskedCounts?: Record<string, number>;
}

export type TlsMinVersion = 'TLSv1.2' | 'TLSv1.3';

/** The TLS rules for one request, resolved by the gate from settings and policy. */
export interface TlsRules {
  minVersion: TlsMinVersion;
  /** SPKI SHA-256 pins (base64) for this host; empty = no pinning. Always empty with a custom CA. */
  pins: readonly string[];
  /** Extra trusted roots (PEM), added to the built-in ones. */
  customCaPem: string | null;
}

/** Where the request goes first. 'system' leaves the choice to the transport (OS settings). */
export type ProxyRoute = { kind: 'direct' } | { kind: 'system' } | { kind: 'explicit'; url: string };

/** What the transport learnt about the connection; every field is optional ("where available"). */
export interface ConnectionInfo {
  tlsVersion?: string;
  certFingerprint256?: string;
  certSpkiSha256?: string;
  remoteAddress?: string;
  remotePort?: number;
  /** Size of the request line and headers as written, when the transport can tell. */
  headerBytes?: number;
  /** Header name/value pairs exactly as written. Holds credentials: the gate redacts before storing. */
  wireHeaders?: Array<[string, string]>;
  /** The proxy the transport actually used ("direct" when none). */
  proxy?: string;
}

export interface TransportSendOptions {
  signal: AbortSignal;
  tls: TlsRules;
  proxy: ProxyRoute;
  /** Called once the request is on the wire (before the response), with the connection's facts. */
  onSent?: (info: ConnectionInfo) => void;
}

/**
 * How requests leave the process. The gate has already checked the allowlist, scheme, headers
 * and limits; the transport must apply `tls` (version floor, extra CA, pins) and `proxy`, and it
 * says in `enforces` which of those it can honour: the gate refuses a request whose rules the
 * transport cannot enforce (fail closed) instead of sending it with weaker protection.
 */
export interface EgressTransport {
  readonly name: string;
  readonly enforces: {
    tlsMinVersion: boolean;
    pinning: boolean;
    customCa: boolean;
    explicitProxy: boolean;
  };
  send(request: ProviderRequest, options: TransportSendOptions): Promise<ProviderResponse>;
  close?(): Promise<void>;
}

/** The gate's answer: a provider response whose body closes the ledger entry when it ends. */
export interface EgressResponse extends ProviderResponse {
  ledgerId: string;
}
