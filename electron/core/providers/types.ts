// The vocabulary of provider adapters: chat messages in, one exact HTTP request out, and a
// provider-neutral stream of events back. The egress gate and ledger see `ProviderRequest` as is.
import type { ProviderEntry } from '../../../shared/providers';

export type ChatRole = 'system' | 'user' | 'assistant';

/** One message as sent to the provider (already masked by the pipeline). */
export interface ChatMessage {
  role: ChatRole;
  content: string;
}

export interface ChatOptions {
  /** Upper bound on generated tokens; Anthropic requires one, so it has a default there. */
  maxOutputTokens?: number;
  temperature?: number;
  /** Sent verbatim as User-Agent; policy may set it. Default "Veil". */
  userAgent?: string;
}

/** What an adapter needs to know about the provider: its catalog entry and (if any) the key. */
export interface ProviderTarget {
  provider: Pick<ProviderEntry, 'id' | 'displayName' | 'apiStyle' | 'baseUrl' | 'auth' | 'wire'>;
  /** The raw key; it only ever appears in the returned headers, never in the body or URL. */
  apiKey?: string;
}

/**
 * The exact request to send. `body` is the final byte string so the ledger can record precisely
 * what left the machine before it is sent.
 */
export interface ProviderRequest {
  url: string;
  method: 'POST';
  headers: Record<string, string>;
  body: string;
}

/** Why the model stopped, normalised across wire formats (the raw value travels alongside). */
export type StopReason = 'end' | 'max_tokens' | 'stop_sequence' | 'content_filter' | 'tool_use' | 'other';

export interface Usage {
  inputTokens: number;
  outputTokens: number;
  /** Tokens spent on reasoning, when the provider reports them separately. */
  reasoningTokens?: number;
}

export type StreamEvent =
  | { type: 'text'; text: string }
  | { type: 'reasoning'; text: string }
  | ({ type: 'usage' } & Usage)
  | { type: 'stop'; reason: StopReason; raw: string };

/** A response body as the transports hand it over: web stream (fetch) or Node stream (undici). */
export type ByteSource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

export interface ProviderAdapter {
  /** Pure: same inputs, same bytes. Throws VeilError PROVIDER_NOT_CONFIGURED without a base URL. */
  buildRequest(target: ProviderTarget, model: string, messages: readonly ChatMessage[], options?: ChatOptions): ProviderRequest;
  /**
   * Reads a 2xx response body. Ends normally only after the provider's end-of-reply marker;
   * throws VeilError PROVIDER_BAD_STREAM (malformed or truncated) or PROVIDER_ERROR (error event).
   */
  parseStream(body: ByteSource, signal?: AbortSignal): AsyncIterable<StreamEvent>;
}
