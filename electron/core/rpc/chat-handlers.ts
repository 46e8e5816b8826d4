// Handler of the chat.send stream: validated input in, the send pipeline's events out. The
// stream's signal (Stop in the UI, or a closed window) cancels the reply, which is kept as partial.
import type { Contract } from '../../../shared/contract/channels/index';
import type { ChatService } from '../chat/chat-service';
import type { DomainHandlers } from './handlers';

export function chatHandlers(deps: { chat: ChatService }): DomainHandlers<Contract, 'chat'> {
  return {
    'chat.send': (input, emit, ctx) => deps.chat.send(input, emit, ctx.signal),
  };
}
