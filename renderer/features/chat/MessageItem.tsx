// One stored message: who wrote it, the text, and for the user's messages the masked form the
// provider actually received ("Sent as"). A reply that ended early is marked partial; a failed
// one shows its error code.
import { memo } from 'react';
import type { Message } from '../../../shared/contract/vault-types';
import type { ReplyOutcome } from '../../state/chat-store';
import { MessageText } from './MessageText';
import { SentAs } from './SentAs';

export interface MessageItemProps {
  message: Message;
  outcome?: ReplyOutcome | undefined;
}

const ROLE_LABEL = { user: 'You', assistant: 'Reply', system: 'System' } as const;

export const MessageItem = memo(function MessageItem({ message: m, outcome }: MessageItemProps) {
  const masked = m.role === 'user' && m.maskedContent !== null && m.maskedContent !== m.content ? m.maskedContent : null;
  return (
    <article className={`msg msg--${m.role}`} data-testid="message" data-role={m.role} data-status={m.status} data-message-id={m.id}>
      <header className="msg__head">
        <span className="msg__who">{ROLE_LABEL[m.role]}</span>
        <time className="msg__time" dateTime={new Date(m.createdAt).toISOString()}>
          {new Date(m.createdAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
        </time>
        {m.status === 'partial' ? (
          <span className="badge badge--warn" data-testid="partial-badge">
            Partial
          </span>
        ) : null}
        {m.status === 'error' ? <span className="badge badge--danger">Failed</span> : null}
      </header>
      <div className="msg__body" data-testid="message-text">
        {m.content ? <MessageText text={m.content} /> : <p className="msg__empty">(no text)</p>}
      </div>
      {outcome?.error ? (
        <p className="msg__error" role="note">
          <code>{outcome.error.code}</code> {outcome.error.message}
        </p>
      ) : null}
      {masked !== null ? <SentAs text={masked} /> : null}
    </article>
  );
});
