// The chat.send stream as the renderer sees it. Typed from its declaration in
// shared/contract/channels/chat.ts, so the UI works whether or not the channel is merged into the
// contract yet; at run time a missing channel is reported as CHAT_UNAVAILABLE instead of a crash.
import type { ApiOf } from '../../shared/contract/client';
import type { chatChannels } from '../../shared/contract/channels/chat';

export type ChatApi = ApiOf<typeof chatChannels>['chat'];
export type { ChatEvent } from '../../shared/contract/channels/chat';

/** The chat domain of `api` when the bridge exposes chat.send; null otherwise. */
export function chatApiOf(api: object): ChatApi | null {
  const chat = (api as { chat?: Partial<ChatApi> }).chat;
  return chat && typeof chat.send === 'function' ? (chat as ChatApi) : null;
}
