// What the send pipeline needs from the egress gate (core/egress): a transport per exchange that
// enforces the allowlist and TLS rules and records every request in the ledger before sending.
// core/egress implements it (chatEgressFor); tests may pass a recording stand-in.
import type { ProviderEntry } from '../../../shared/providers';
import type { AttemptRecord, ProviderRequest, ProviderTransport, StreamChatResult } from '../providers/index';
import type { Db } from '../vault/open-vault';

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

/** What is known of a turn only once it is being stored. */
export type TurnFacts = Pick<EgressContext, 'userMessageId' | 'assistantMessageId' | 'maskedCounts'>;

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

/**
 * An exchange whose first request is recorded inside the turn's own transaction, so the user
 * message and the ledger entry of the request carrying it share one commit (one fsync), and the
 * request still leaves only after both are on disk.
 */
export interface PreparedExchange {
  /**
   * Runs inside the turn's write: decides on the first request and writes its ledger entry on
   * the vault connection (db; null for an ephemeral conversation). Throws when the entry cannot
   * be written, which fails the turn: nothing stored, nothing sent. A refusal is recorded, not thrown.
   */
  record(turn: TurnFacts, request: ProviderRequest, db: Db | null): void;
  /** After the commit: the exchange; its first transport call sends the recorded request (or throws its refusal). */
  exchange(): EgressExchange;
}

export interface ChatEgress {
  /**
   * Prepares an exchange for this exact request. Throws a VeilError (e.g. EGRESS_BLOCKED) when the
   * request may not leave; the gate records the refusal itself.
   */
  open(ctx: EgressContext, request: ProviderRequest): EgressExchange | Promise<EgressExchange>;
  /**
   * The one-commit path (optional; without it the pipeline uses `open`). Checks the daily limits
   * like `checkLimits` (throws before anything is stored), then returns the exchange to record.
   */
  prepare?(ctx: Omit<EgressContext, keyof TurnFacts>): Promise<PreparedExchange>;
  /** Per-provider daily request/token limits, checked before anything is stored or sent. */
  checkLimits?(providerId: string, model: string): void | Promise<void>;
}
