// The conversation list of the sidebar. For now only its empty state; the conversations issue
// fills it from the vault.
import { useId } from 'react';
import { ChatIcon } from '../../ui/icons';
import './conversations.css';

export function ConversationList() {
  const headingId = useId();
  return (
    <nav className="conversations" aria-labelledby={headingId}>
      <h2 id={headingId} className="conversations__heading">
        Conversations
      </h2>
      <div className="conversations__empty" data-testid="conversations-empty">
        <ChatIcon className="conversations__empty-icon" width={20} height={20} />
        <p className="conversations__empty-title">No conversations yet</p>
        <p className="conversations__empty-text">Your chats will be listed here, stored encrypted on this device.</p>
      </div>
    </nav>
  );
}
