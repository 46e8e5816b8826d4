// The exchange in flight: the user's message (with what the provider saw once the core accepted
// it), the reply as it streams, its reasoning (collapsed) and how it ended. Subscribes to the
// live slice alone, so a token re-renders this component and nothing else.
import { useChat } from '../../state/stores';
import { MessageText } from './MessageText';
import { SentAs } from './SentAs';

export function LiveReply({ conversationId }: { conversationId: string }) {
  const live = useChat((s) => (s.live?.conversationId === conversationId ? s.live : null));
  if (!live) return null;
  const streaming = live.status === 'sending' || live.status === 'streaming';
  return (
    <div className="live" data-testid="live-reply" data-status={live.status}>
      <article className="msg msg--user" data-testid="live-user">
        <header className="msg__head">
          <span className="msg__who">You</span>
          {live.status === 'sending' ? <span className="msg__time">Masking and sending…</span> : null}
        </header>
        <div className="msg__body">
          <MessageText text={live.userText} />
        </div>
        {live.accepted ? <SentAs text={live.accepted.maskedText} counts={live.accepted.maskedCounts} open={false} /> : null}
      </article>
      {live.accepted || live.status !== 'error' ? (
        <article className={`msg msg--assistant${streaming ? ' msg--streaming' : ''}`} aria-busy={streaming} data-testid="live-assistant">
          <header className="msg__head">
            <span className="msg__who">Reply</span>
            {live.accepted ? <span className="msg__time">{live.accepted.model}</span> : null}
            {live.status === 'partial' ? <span className="badge badge--warn">Partial</span> : null}
          </header>
          {live.reasoning ? (
            <details className="reasoning" data-testid="reasoning">
              <summary>Reasoning</summary>
              <div className="reasoning__text">
                <MessageText text={live.reasoning} />
              </div>
            </details>
          ) : null}
          <div className="msg__body" data-testid="live-text">
            {live.text ? <MessageText text={live.text} /> : <p className="msg__waiting">{streaming ? 'Waiting for the first words…' : '(no text)'}</p>}
          </div>
        </article>
      ) : null}
      {live.error ? (
        <p className="live__error" role="alert" data-testid="send-error" data-code={live.error.code}>
          <strong>{live.accepted ? 'The reply failed.' : 'Not sent.'}</strong> <code>{live.error.code}</code> {live.error.message}
        </p>
      ) : null}
    </div>
  );
}
