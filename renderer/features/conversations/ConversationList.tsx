// The conversation list of the sidebar: stored and "Not saved" chats, most recent first.
// Loaded once the vault is unlocked; empty and locked states say what to do.
import { useEffect, useId } from 'react';
import { selectIsUnlocked } from '../../state/lock-store';
import { conversationsStore, useConversations, useLock } from '../../state/stores';
import { ChatIcon, LockIcon } from '../../ui/icons';
import { ConversationItem } from './ConversationItem';
import './conversations.css';

export function ConversationList() {
  const headingId = useId();
  const unlocked = useLock(selectIsUnlocked);
  const conversations = useConversations((s) => s.conversations);
  const selectedId = useConversations((s) => s.selectedId);
  const phase = useConversations((s) => s.phase);

  useEffect(() => {
    if (unlocked) void conversationsStore.getState().load();
  }, [unlocked]);

  return (
    <nav className="conversations" aria-labelledby={headingId}>
      <h2 id={headingId} className="conversations__heading">
        Conversations
      </h2>
      {!unlocked ? (
        <div className="conversations__empty" data-testid="conversations-locked">
          <LockIcon className="conversations__empty-icon" width={20} height={20} />
          <p className="conversations__empty-title">Veil is locked</p>
          <p className="conversations__empty-text">Unlock to see your conversations.</p>
        </div>
      ) : conversations.length === 0 && phase !== 'loading' ? (
        <div className="conversations__empty" data-testid="conversations-empty">
          <ChatIcon className="conversations__empty-icon" width={20} height={20} />
          <p className="conversations__empty-title">No conversations yet</p>
          <p className="conversations__empty-text">Your chats will be listed here, stored encrypted on this device.</p>
        </div>
      ) : (
        <ul className="conversations__list" data-testid="conversation-list" aria-busy={phase === 'loading'}>
          {conversations.map((c) => (
            <ConversationItem key={c.id} conversation={c} selected={c.id === selectedId} />
          ))}
        </ul>
      )}
    </nav>
  );
}
