// The open conversation's own retention, as a compact select in the chat header: the global
// default (named with its current value), keep forever, or delete after 7/30/90/365 days. A
// conversation marked Keep is never deleted automatically, whatever this says.
import { useEffect, useId } from 'react';
import type { Conversation } from '../../../shared/contract/vault-types';
import { RETENTION_DAY_CHOICES } from '../../state/conversation-retention-store';
import { conversationRetentionStore, retentionStore, useConversationRetention, useRetention } from '../../state/data-stores';
import { plural } from './data-labels';
import './data.css';

const DEFAULT = 'default';

export function ConversationRetention({ conversation: c }: { conversation: Conversation }) {
  const id = useId();
  const globalDays = useRetention((s) => (s.settings ? s.settings.conversationDays : undefined));
  const phase = useRetention((s) => s.phase);
  const saving = useConversationRetention((s) => s.saving === c.id);
  const error = useConversationRetention((s) => (s.error?.id === c.id ? s.error.error : null));

  useEffect(() => {
    if (phase === 'idle') void retentionStore.getState().load();
  }, [phase]);

  const value = c.retentionDays === null ? DEFAULT : String(c.retentionDays);
  const days = c.retentionDays !== null && c.retentionDays > 0 && !RETENTION_DAY_CHOICES.includes(c.retentionDays) ? [...RETENTION_DAY_CHOICES, c.retentionDays].sort((a, b) => a - b) : RETENTION_DAY_CHOICES;
  const defaultLabel = globalDays === undefined ? 'Retention: default' : `Retention: default (${globalDays === null ? 'keep forever' : plural(globalDays, 'day')})`;

  return (
    <span className="conv-retention">
      <label className="visually-hidden" htmlFor={id}>
        Retention for this conversation
      </label>
      <select
        id={id}
        className="select conv-retention__select"
        value={value}
        aria-busy={saving || undefined}
        title={c.keep ? 'Marked Keep: never deleted automatically' : 'When Veil deletes this conversation'}
        onChange={(e) => void conversationRetentionStore.getState().set(c.id, e.target.value === DEFAULT ? null : Number(e.target.value))}
        data-testid="conversation-retention"
      >
        <option value={DEFAULT}>{defaultLabel}</option>
        <option value="0">Keep forever</option>
        {days.map((d) => (
          <option key={d} value={String(d)}>
            Delete after {plural(d, 'day')}
          </option>
        ))}
      </select>
      {error ? (
        <span className="field__problem" role="alert" data-testid="conversation-retention-error" data-code={error.code}>
          Not saved: {error.message}
        </span>
      ) : null}
    </span>
  );
}
