// Ollama's native /api/chat with NDJSON streaming. `thinking` (reasoning models) is kept apart
// from the reply; the final line (done: true) carries the stop reason and token counts.
import { endpointUrl } from './base-url';
import { minimalHeaders } from './request-headers';
import { ndjsonLines } from './ndjson-lines';
import { finiteNumber, incompleteStream, isRecord, parseFrame, streamErrorEvent } from './stream-faults';
import type { ByteSource, ChatMessage, ChatOptions, ProviderAdapter, ProviderRequest, ProviderTarget, StopReason, StreamEvent } from './types';

const STOP_REASONS: Record<string, StopReason> = { stop: 'end', length: 'max_tokens' };

export function buildOllamaRequest(target: ProviderTarget, model: string, messages: readonly ChatMessage[], options: ChatOptions = {}): ProviderRequest {
  const modelOptions: Record<string, number> = {};
  if (options.temperature !== undefined) modelOptions.temperature = options.temperature;
  if (options.maxOutputTokens !== undefined) modelOptions.num_predict = options.maxOutputTokens;
  const body: Record<string, unknown> = {
    model,
    messages: messages.map((m) => ({ role: m.role, content: m.content })),
    stream: true,
  };
  if (Object.keys(modelOptions).length > 0) body.options = modelOptions;
  return {
    url: endpointUrl(target, '/api/chat'),
    method: 'POST',
    headers: minimalHeaders({ auth: target.provider.auth, apiKey: target.apiKey, accept: 'application/x-ndjson', userAgent: options.userAgent }),
    body: JSON.stringify(body),
  };
}

export async function* parseOllamaStream(body: ByteSource, signal?: AbortSignal): AsyncGenerator<StreamEvent> {
  for await (const line of ndjsonLines(body, signal)) {
    const frame = parseFrame(line, 'a stream line');
    if (frame.error !== undefined) throw streamErrorEvent(undefined);
    const message = isRecord(frame.message) ? frame.message : {};
    if (typeof message.thinking === 'string' && message.thinking) yield { type: 'reasoning', text: message.thinking };
    if (typeof message.content === 'string' && message.content) yield { type: 'text', text: message.content };
    if (frame.done === true) {
      const raw = typeof frame.done_reason === 'string' ? frame.done_reason : 'stop';
      yield { type: 'stop', reason: STOP_REASONS[raw] ?? 'other', raw };
      const input = finiteNumber(frame.prompt_eval_count);
      const output = finiteNumber(frame.eval_count);
      if (input !== undefined || output !== undefined) yield { type: 'usage', inputTokens: input ?? 0, outputTokens: output ?? 0 };
      return;
    }
  }
  throw incompleteStream();
}

export const ollamaAdapter: ProviderAdapter = { buildRequest: buildOllamaRequest, parseStream: parseOllamaStream };
