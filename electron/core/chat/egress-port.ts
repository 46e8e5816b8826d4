// What the send pipeline needs from the egress gate (core/egress): a transport per exchange that
// enforces the allowlist and TLS rules and records every request in the ledger before sending.
// core/egress implements it (chatEgressFor); tests may pass a recording stand-in.
import type { ProviderEntry } from '../../../shared/providers';
import type { AttemptRecord, ProviderRequest, ProviderTransport, StreamChatResult } from '../providers/index';

/** Who is sending what: enough for the gate to fill a ledger entry. */
export interface EgressContext {
  conversationId: string;
  ephemeral: boolean;
  userMessageId: number;
  assistantMessageId: number;
  provider: ProviderEntry;
  model: string;
  /** Masked values per entity type in this turn (what the ledger shows as "masked counts"). */
  maskedCounts: Record<string, number>;
}

/** One exchange with a provider: every transport call is one outbound request (retries included). */
export interface EgressExchange {
  transport: ProviderTransport;
  /** Told after each attempt (status, bytes, timing), so the gate can close that request's entry. */
  onAttemptEnd?: (record: AttemptRecord) => void;
  /**
   * Told once when the stream is over, whatever the outcome. A promise it returns settles when the
   * exchange's records (ledger entries) are written; `done` is sent only after that.
   */
  close?: (result: StreamChatResult) => void | Promise<void>;
}

export interface ChatEgress {
  /**
   * Prepares an exchange for this exact request. Throws a VeilError (e.g. EGRESS_BLOCKED) when the
   * request may not leave; the gate records the refusal itself.
   */
  open(ctx: EgressContext, request: ProviderRequest): EgressExchange | Promise<EgressExchange>;
  /** Per-provider daily request/token limits, checked before anything is stored or sent. */
  checkLimits?(providerId: string, model: string): void | Promise<void>;
}
