// Test helpers: catalog entries re-pointed at the mock provider, a canary key that matches no
// known secret shape (so only Veil's own redaction can keep it out of messages), and a runner.
import { findProvider, type ProviderEntry } from '../../../../shared/providers';
import { adapterFor } from '../../../../electron/core/providers/adapters';
import { streamChat, type StreamChatOptions, type StreamChatResult } from '../../../../electron/core/providers/stream-chat';
import { undiciTransport } from '../../../../electron/core/providers/transport';
import type { ChatMessage, ChatOptions, ProviderTarget, StreamEvent } from '../../../../electron/core/providers/types';
import type { MockProvider } from '../../../fixtures/mock-provider';

/** Looks nothing like sk-..., so the generic scrubber shapes cannot be what hides it. */
export const CANARY_KEY = 'canary7Qx2veilKEYdoNotLeak41';

export function mockTarget(mock: MockProvider, providerId: string, apiKey: string | undefined = CANARY_KEY): ProviderTarget {
  const entry = findProvider(providerId);
  if (!entry) throw new Error(`no provider ${providerId}`);
  // The mock serves /v1/chat/completions, /v1/messages and /api/chat.
  const baseUrl = entry.apiStyle === 'ollama' ? mock.url : `${mock.url}/v1`;
  const provider: ProviderEntry = { ...entry, baseUrl };
  return apiKey === undefined ? { provider } : { provider, apiKey };
}

export const HELLO: ChatMessage[] = [
  { role: 'system', content: 'Be brief.' },
  { role: 'user', content: 'Hello [EMAIL_1], how are you?' },
];

export interface Run extends StreamChatResult {
  events: StreamEvent[];
}

export async function runChat(
  target: ProviderTarget,
  model: string,
  extra: Partial<Omit<StreamChatOptions, 'request' | 'adapter' | 'transport'>> & { options?: ChatOptions; messages?: ChatMessage[] } = {},
): Promise<Run> {
  const { options, messages, ...rest } = extra;
  const adapter = adapterFor(target.provider.apiStyle);
  const events: StreamEvent[] = [];
  const result = await streamChat({
    transport: undiciTransport(),
    request: adapter.buildRequest(target, model, messages ?? HELLO, options),
    adapter,
    providerName: target.provider.displayName,
    onEvent: (e) => events.push(e),
    ...rest,
  });
  return { ...result, events };
}

/** Everything about a result that could reach a user, a log or the renderer. */
export function visibleText(result: StreamChatResult): string {
  const err = result.error;
  const causes: string[] = [];
  let cur: unknown = err?.cause;
  while (cur instanceof Error) {
    causes.push(cur.message);
    cur = cur.cause;
  }
  return JSON.stringify({ wire: err?.toWire(), message: err?.message, causes, result: { ...result, error: undefined } });
}
