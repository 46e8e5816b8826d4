// "New chat", not usable yet: it stays focusable (aria-disabled) so keyboard and screen-reader
// users reach the explanation ("Available soon"), which is also shown as a tag and on hover.
import { useId } from 'react';
import { Button } from '../../ui/Button';
import { PlusIcon } from '../../ui/icons';
import './conversations.css';

export function NewChatButton() {
  const hintId = useId();
  return (
    <>
      <Button
        variant="secondary"
        className="new-chat"
        icon={<PlusIcon />}
        unavailable
        title="Available soon"
        aria-describedby={hintId}
        data-testid="new-chat"
      >
        New chat
        <span className="new-chat__soon" aria-hidden="true">
          Soon
        </span>
      </Button>
      {/* hidden: still usable as the button's description, but not read a second time on its own. */}
      <span id={hintId} hidden>
        Available soon
      </span>
    </>
  );
}
