// OpenAI-compatible chat completions (OpenAI, DeepSeek, Mistral, Groq, OpenRouter, Gemini's
// compatibility endpoint, LM Studio, custom). Streams SSE; DeepSeek's `reasoning_content` (and
// OpenRouter/Groq `reasoning`) becomes a separate reasoning event so it is never mixed into the reply.
import { endpointUrl } from './base-url';
import { minimalHeaders } from './request-headers';
import { sseMessages } from './sse-messages';
import { finiteNumber, incompleteStream, isRecord, parseFrame, streamErrorEvent } from './stream-faults';
import type { ByteSource, ChatMessage, ChatOptions, ProviderAdapter, ProviderRequest, ProviderTarget, StopReason, StreamEvent } from './types';

const STOP_REASONS: Record<string, StopReason> = {
  stop: 'end',
  length: 'max_tokens',
  content_filter: 'content_filter',
  tool_calls: 'tool_use',
  function_call: 'tool_use',
};

export function buildOpenAiRequest(target: ProviderTarget, model: string, messages: readonly ChatMessage[], options: ChatOptions = {}): ProviderRequest {
  const { wire } = target.provider;
  const body: Record<string, unknown> = {
    model,
    messages: messages.map((m) => ({ role: m.role, content: m.content })),
    stream: true,
  };
  if (wire.streamUsage) body.stream_options = { include_usage: true };
  if (options.maxOutputTokens !== undefined) body[wire.maxTokensField] = options.maxOutputTokens;
  if (options.temperature !== undefined) body.temperature = options.temperature;
  return {
    url: endpointUrl(target, '/chat/completions'),
    method: 'POST',
    headers: minimalHeaders({ auth: target.provider.auth, apiKey: target.apiKey, accept: 'text/event-stream', userAgent: options.userAgent }),
    body: JSON.stringify(body),
  };
}

function usageEvent(usage: unknown): StreamEvent | undefined {
  if (!isRecord(usage)) return undefined;
  const input = finiteNumber(usage.prompt_tokens);
  const output = finiteNumber(usage.completion_tokens);
  if (input === undefined || output === undefined) return undefined;
  const details = isRecord(usage.completion_tokens_details) ? usage.completion_tokens_details : {};
  const reasoning = finiteNumber(details.reasoning_tokens);
  return reasoning === undefined ? { type: 'usage', inputTokens: input, outputTokens: output } : { type: 'usage', inputTokens: input, outputTokens: output, reasoningTokens: reasoning };
}

export async function* parseOpenAiStream(body: ByteSource, signal?: AbortSignal): AsyncGenerator<StreamEvent> {
  let finished = false;
  for await (const message of sseMessages(body, signal)) {
    const data = message.data.trim();
    if (data === '[DONE]') return;
    if (data === '') continue;
    const chunk = parseFrame(data, 'a stream event');
    if (chunk.error !== undefined) {
      const err = isRecord(chunk.error) ? chunk.error : {};
      throw streamErrorEvent(typeof err.type === 'string' ? err.type : typeof err.code === 'string' ? err.code : undefined);
    }
    const choice = Array.isArray(chunk.choices) && isRecord(chunk.choices[0]) ? chunk.choices[0] : undefined;
    const delta = choice && isRecord(choice.delta) ? choice.delta : undefined;
    if (delta) {
      const reasoning = typeof delta.reasoning_content === 'string' ? delta.reasoning_content : typeof delta.reasoning === 'string' ? delta.reasoning : '';
      if (reasoning) yield { type: 'reasoning', text: reasoning };
      if (typeof delta.content === 'string' && delta.content) yield { type: 'text', text: delta.content };
    }
    if (choice && typeof choice.finish_reason === 'string') {
      finished = true;
      yield { type: 'stop', reason: STOP_REASONS[choice.finish_reason] ?? 'other', raw: choice.finish_reason };
    }
    // Usage arrives on its own chunk (include_usage) or, with Groq, under x_groq.
    const usage = usageEvent(chunk.usage) ?? (isRecord(chunk.x_groq) ? usageEvent(chunk.x_groq.usage) : undefined);
    if (usage) yield usage;
  }
  // Some compatible servers close after the finish chunk without sending [DONE]; that is complete.
  if (!finished) throw incompleteStream();
}

export const openAiAdapter: ProviderAdapter = { buildRequest: buildOpenAiRequest, parseStream: parseOpenAiStream };
