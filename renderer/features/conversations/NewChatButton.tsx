// "New chat", not usable yet: it stays focusable (aria-disabled) so keyboard and screen-reader
// users reach the explanation, shown as a tooltip on hover and focus.
import { useId } from 'react';
import { Button } from '../../ui/Button';
import { PlusIcon } from '../../ui/icons';
import './conversations.css';

export function NewChatButton() {
  const tipId = useId();
  return (
    <span className="tooltip-anchor">
      <Button variant="secondary" className="new-chat" icon={<PlusIcon />} unavailable aria-describedby={tipId} data-testid="new-chat">
        New chat
      </Button>
      <span id={tipId} role="tooltip" className="tooltip">
        Available soon
      </span>
    </span>
  );
}
