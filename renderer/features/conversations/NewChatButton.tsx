// "New chat" and its ephemeral twin "Not saved": the first creates a stored conversation, the
// second one held in memory only (nothing touches disk; gone when Veil quits).
import { useLock, conversationsStore } from '../../state/stores';
import { selectIsUnlocked } from '../../state/lock-store';
import { Button } from '../../ui/Button';
import { IconButton } from '../../ui/IconButton';
import { GhostIcon, PlusIcon } from '../../ui/icons';
import './conversations.css';

export function NewChatButton() {
  const unlocked = useLock(selectIsUnlocked);
  const create = (ephemeral: boolean) => void conversationsStore.getState().create({ ephemeral });
  return (
    <div className="new-chat-row">
      <Button
        variant="secondary"
        className="new-chat"
        icon={<PlusIcon />}
        unavailable={!unlocked}
        title={unlocked ? 'Start a conversation (saved, encrypted)' : 'Unlock Veil first'}
        onClick={() => create(false)}
        data-testid="new-chat"
      >
        New chat
      </Button>
      <IconButton
        label="New chat, not saved (kept in memory only)"
        className="new-chat-ephemeral"
        aria-disabled={!unlocked || undefined}
        onClick={() => unlocked && create(true)}
        data-testid="new-ephemeral-chat"
      >
        <GhostIcon />
      </IconButton>
    </div>
  );
}
