// Anthropic Messages API, streaming. System messages move to the top-level `system` field;
// `thinking` deltas become reasoning events; usage is assembled from message_start (input)
// and message_delta (output).
import { endpointUrl } from './base-url';
import { ANTHROPIC_VERSION, minimalHeaders } from './request-headers';
import { sseMessages } from './sse-messages';
import { finiteNumber, incompleteStream, isRecord, parseFrame, streamErrorEvent } from './stream-faults';
import type { ByteSource, ChatMessage, ChatOptions, ProviderAdapter, ProviderRequest, ProviderTarget, StopReason, StreamEvent } from './types';

/** Anthropic requires max_tokens; this is used when the caller sets none. */
export const ANTHROPIC_DEFAULT_MAX_TOKENS = 4096;

const STOP_REASONS: Record<string, StopReason> = {
  end_turn: 'end',
  max_tokens: 'max_tokens',
  stop_sequence: 'stop_sequence',
  tool_use: 'tool_use',
  refusal: 'content_filter',
};

export function buildAnthropicRequest(target: ProviderTarget, model: string, messages: readonly ChatMessage[], options: ChatOptions = {}): ProviderRequest {
  const system = messages.filter((m) => m.role === 'system').map((m) => m.content);
  const body: Record<string, unknown> = {
    model,
    max_tokens: options.maxOutputTokens ?? ANTHROPIC_DEFAULT_MAX_TOKENS,
    messages: messages.filter((m) => m.role !== 'system').map((m) => ({ role: m.role, content: m.content })),
    stream: true,
  };
  if (system.length > 0) body.system = system.join('\n\n');
  if (options.temperature !== undefined) body.temperature = options.temperature;
  const headers = minimalHeaders({ auth: target.provider.auth, apiKey: target.apiKey, accept: 'text/event-stream', userAgent: options.userAgent });
  headers['anthropic-version'] = ANTHROPIC_VERSION;
  return { url: endpointUrl(target, '/messages'), method: 'POST', headers, body: JSON.stringify(body) };
}

export async function* parseAnthropicStream(body: ByteSource, signal?: AbortSignal): AsyncGenerator<StreamEvent> {
  let inputTokens = 0;
  for await (const message of sseMessages(body, signal)) {
    if (!message.data.trim()) continue;
    const frame = parseFrame(message.data, 'a stream event');
    switch (frame.type) {
      case 'message_start': {
        const usage = isRecord(frame.message) && isRecord(frame.message.usage) ? frame.message.usage : {};
        inputTokens = finiteNumber(usage.input_tokens) ?? 0;
        break;
      }
      case 'content_block_delta': {
        const delta = isRecord(frame.delta) ? frame.delta : {};
        if (delta.type === 'text_delta' && typeof delta.text === 'string' && delta.text) yield { type: 'text', text: delta.text };
        if (delta.type === 'thinking_delta' && typeof delta.thinking === 'string' && delta.thinking) yield { type: 'reasoning', text: delta.thinking };
        break;
      }
      case 'message_delta': {
        const delta = isRecord(frame.delta) ? frame.delta : {};
        if (typeof delta.stop_reason === 'string') yield { type: 'stop', reason: STOP_REASONS[delta.stop_reason] ?? 'other', raw: delta.stop_reason };
        const usage = isRecord(frame.usage) ? frame.usage : {};
        const output = finiteNumber(usage.output_tokens);
        if (output !== undefined) yield { type: 'usage', inputTokens: finiteNumber(usage.input_tokens) ?? inputTokens, outputTokens: output };
        break;
      }
      case 'message_stop':
        return;
      case 'error': {
        const err = isRecord(frame.error) ? frame.error : {};
        throw streamErrorEvent(typeof err.type === 'string' ? err.type : undefined);
      }
      default:
        // ping, content_block_start/stop and future event types carry nothing to show.
        break;
    }
  }
  throw incompleteStream();
}

export const anthropicAdapter: ProviderAdapter = { buildRequest: buildAnthropicRequest, parseStream: parseAnthropicStream };
