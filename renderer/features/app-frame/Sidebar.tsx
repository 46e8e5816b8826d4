// The sidebar: brand, "New chat", search, the conversation list, and a footer with the status line and
// the Settings entry.
import type { Ref } from 'react';
import { ConversationList } from '../conversations/ConversationList';
import { NewChatButton } from '../conversations/NewChatButton';
import { SearchBox } from '../conversations/SearchBox';
import { StatusLine } from '../settings/StatusLine';
import { Button } from '../../ui/Button';
import { GearIcon, VeilMark } from '../../ui/icons';
import './app-frame.css';

export interface SidebarProps {
  onOpenSettings: () => void;
  settingsOpen: boolean;
  settingsButtonRef: Ref<HTMLButtonElement>;
}

export function Sidebar({ onOpenSettings, settingsOpen, settingsButtonRef }: SidebarProps) {
  return (
    <aside className="sidebar" data-testid="sidebar" aria-label="Sidebar">
      <div className="sidebar__brand">
        <span className="sidebar__mark">
          <VeilMark width={20} height={20} />
        </span>
        <span className="sidebar__name">Veil</span>
      </div>
      <NewChatButton />
      <SearchBox />
      <div className="sidebar__list">
        <ConversationList />
      </div>
      <footer className="sidebar__footer">
        <StatusLine />
        <Button
          ref={settingsButtonRef}
          variant="quiet"
          className="sidebar__settings"
          icon={<GearIcon />}
          onClick={onOpenSettings}
          aria-haspopup="dialog"
          aria-expanded={settingsOpen}
          data-testid="settings-button"
        >
          Settings
        </Button>
      </footer>
    </aside>
  );
}
