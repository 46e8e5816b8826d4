// Message text as plain text: whitespace preserved, long words wrapped, fenced code in a
// horizontally scrolling block. No markdown links or images: nothing is fetched or followed.
import { memo, useMemo } from 'react';
import { splitBlocks } from './message-blocks';

export const MessageText = memo(function MessageText({ text }: { text: string }) {
  const blocks = useMemo(() => splitBlocks(text), [text]);
  return (
    <div className="msg-text">
      {blocks.map((b, i) =>
        b.kind === 'code' ? (
          <pre key={i} className="msg-code" tabIndex={0} aria-label={b.lang ? `${b.lang} code` : 'Code'}>
            {b.lang ? <span className="msg-code__lang">{b.lang}</span> : null}
            <code>{b.text}</code>
          </pre>
        ) : (
          <p key={i} className="msg-prose">
            {b.text}
          </p>
        ),
      )}
    </div>
  );
});
