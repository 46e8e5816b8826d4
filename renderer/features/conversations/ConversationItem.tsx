// One sidebar row: select on click; rename in place (Enter saves, Escape cancels), "Keep" (never
// removed by retention) and delete behind an explicit confirmation.
import { useEffect, useRef, useState } from 'react';
import type { Conversation } from '../../../shared/contract/vault-types';
import { conversationsStore } from '../../state/stores';
import { IconButton } from '../../ui/IconButton';
import { PencilIcon, PinIcon, TrashIcon } from '../../ui/icons';

export interface ConversationItemProps {
  conversation: Conversation;
  selected: boolean;
}

type Mode = 'view' | 'rename' | 'confirm-delete';

export function ConversationItem({ conversation: c, selected }: ConversationItemProps) {
  const [mode, setMode] = useState<Mode>('view');
  const [title, setTitle] = useState(c.title);
  const inputRef = useRef<HTMLInputElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const store = conversationsStore.getState;

  useEffect(() => {
    if (mode === 'rename') inputRef.current?.select();
    if (mode === 'confirm-delete') cancelRef.current?.focus();
  }, [mode]);

  const saveTitle = async () => {
    if (title.trim() && title.trim() !== c.title) await store().rename(c.id, title);
    setMode('view');
  };

  if (mode === 'rename') {
    return (
      <li className="conv conv--editing" data-testid="conversation-item" data-id={c.id}>
        <input
          ref={inputRef}
          className="conv__rename"
          aria-label="Conversation title"
          value={title}
          maxLength={200}
          onChange={(e) => setTitle(e.target.value)}
          onBlur={() => void saveTitle()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void saveTitle();
            if (e.key === 'Escape') {
              e.preventDefault();
              setTitle(c.title);
              setMode('view');
            }
          }}
          data-testid="rename-input"
        />
      </li>
    );
  }

  if (mode === 'confirm-delete') {
    return (
      <li className="conv conv--confirm" data-testid="conversation-item" data-id={c.id} role="group" aria-label={`Delete ${c.title}?`}>
        <p className="conv__confirm-text">
          Delete “<span className="conv__confirm-title">{c.title}</span>”? This cannot be undone.
        </p>
        <div className="conv__confirm-actions">
          <button type="button" className="btn btn--danger" onClick={() => void store().remove(c.id)} data-testid="confirm-delete">
            Delete
          </button>
          <button ref={cancelRef} type="button" className="btn btn--quiet" onClick={() => setMode('view')}>
            Cancel
          </button>
        </div>
      </li>
    );
  }

  return (
    <li className={`conv${selected ? ' conv--selected' : ''}`} data-testid="conversation-item" data-id={c.id}>
      <button
        type="button"
        className="conv__select"
        aria-current={selected ? 'page' : undefined}
        onClick={() => store().select(c.id)}
        data-testid="conversation-select"
      >
        <span className="conv__title">{c.title}</span>
        <span className="conv__meta">
          {c.ephemeral ? (
            <span className="badge badge--warn" data-testid="ephemeral-badge">
              Not saved
            </span>
          ) : null}
          {c.keep ? <span className="badge">Kept</span> : null}
          <span className="conv__count">{c.messageCount === 1 ? '1 message' : `${c.messageCount} messages`}</span>
        </span>
      </button>
      <div className="conv__actions">
        <IconButton label="Rename" onClick={() => { setTitle(c.title); setMode('rename'); }} data-testid="rename-conversation">
          <PencilIcon width={16} height={16} />
        </IconButton>
        {c.ephemeral ? null : (
          <IconButton
            label={c.keep ? 'Stop keeping (retention applies again)' : 'Keep (never deleted by retention)'}
            aria-pressed={c.keep}
            onClick={() => void store().setKeep(c.id, !c.keep)}
            data-testid="keep-conversation"
          >
            <PinIcon width={16} height={16} />
          </IconButton>
        )}
        <IconButton label="Delete" onClick={() => setMode('confirm-delete')} data-testid="delete-conversation">
          <TrashIcon width={16} height={16} />
        </IconButton>
      </div>
    </li>
  );
}
