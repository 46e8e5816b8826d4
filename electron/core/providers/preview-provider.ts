// The offline Preview provider: nothing leaves the machine. It answers with the payload a remote
// model would have received (the masked messages), so a new user sees masking work without a key.
// It yields the same events as a network adapter, so the pipeline needs no special path.
import type { ChatMessage, StreamEvent } from './types';

export const PREVIEW_INTRO = 'Preview: nothing was sent. A provider would have received exactly this:';

/** The reply text: an intro line and the messages as JSON, in a fenced block. */
export function buildPreviewReply(messages: readonly ChatMessage[]): string {
  const payload = { messages: messages.map((m) => ({ role: m.role, content: m.content })) };
  return `${PREVIEW_INTRO}\n\n\`\`\`json\n${JSON.stringify(payload, null, 2)}\n\`\`\`\n`;
}

/** The preview reply as a stream of events (one line per text event, then stop). */
export async function* previewStream(messages: readonly ChatMessage[], signal?: AbortSignal): AsyncGenerator<StreamEvent> {
  const text = buildPreviewReply(messages);
  for (const line of text.split(/(?<=\n)/)) {
    if (signal?.aborted) return;
    yield { type: 'text', text: line };
  }
  yield { type: 'stop', reason: 'end', raw: 'preview' };
}
