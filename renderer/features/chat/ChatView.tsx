// The open conversation: header (title, "Not saved" badge), the virtualized message list with the
// live reply under it, and the composer. Loads messages whenever the selection changes.
import { useCallback, useEffect } from 'react';
import type { Message } from '../../../shared/contract/vault-types';
import { selectSelected } from '../../state/conversations-store';
import { chatStore, useChat, useConversations } from '../../state/stores';
import { Composer } from '../composer/Composer';
import { ConversationRetention } from '../data/ConversationRetention';
import { ChatEmptyState } from './ChatEmptyState';
import { LiveReply } from './LiveReply';
import { MessageItem } from './MessageItem';
import { VirtualList } from './VirtualList';
import './chat.css';

const messageKey = (m: Message) => m.id;

export function ChatView() {
  const conversation = useConversations(selectSelected);
  const focusMessageId = useConversations((s) => s.focusMessageId);
  const conversationId = conversation?.id ?? null;
  const messages = useChat((s) => (s.conversationId === conversationId ? s.messages : EMPTY));
  const outcomes = useChat((s) => s.outcomes);
  const phase = useChat((s) => s.phase);

  useEffect(() => {
    void chatStore.getState().open(conversationId);
  }, [conversationId]);

  const renderItem = useCallback((m: Message) => <MessageItem message={m} outcome={outcomes[m.id]} />, [outcomes]);

  if (!conversation) return <ChatEmptyState />;
  return (
    <section className="chat" data-testid="chat-view" data-conversation-id={conversation.id} aria-labelledby="chat-title">
      <header className="chat__head">
        <h1 id="chat-title" className="chat__title" data-testid="chat-title">
          {conversation.title}
        </h1>
        {conversation.ephemeral ? (
          <span className="badge badge--warn" title="Held in memory only; gone when Veil quits" data-testid="chat-ephemeral-badge">
            Not saved
          </span>
        ) : (
          <ConversationRetention conversation={conversation} />
        )}
      </header>
      {messages.length === 0 && phase === 'ready' ? (
        <p className="chat__empty" data-testid="chat-empty">
          Nothing here yet. Your first message is masked on this device before it is sent.
        </p>
      ) : null}
      <VirtualList
        key={`${conversation.id}:list`}
        items={messages}
        getKey={messageKey}
        renderItem={renderItem}
        scrollToKey={focusMessageId}
        className="chat__messages"
        testId="message-list"
        label="Messages"
        footer={<LiveReply conversationId={conversation.id} />}
      />
      <Composer key={`${conversation.id}:composer`} conversation={conversation} />
    </section>
  );
}

const EMPTY: readonly Message[] = [];
