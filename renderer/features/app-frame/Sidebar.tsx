// The sidebar: brand, "New chat", search, the conversation list, and a footer with the status line and
// the Transparency and Settings entries.
import { useRef, useState, type Ref } from 'react';
import { ConversationList } from '../conversations/ConversationList';
import { NewChatButton } from '../conversations/NewChatButton';
import { SearchBox } from '../conversations/SearchBox';
import { StatusLine } from '../settings/StatusLine';
import { Button } from '../../ui/Button';
import { GearIcon, LedgerIcon, VeilMark } from '../../ui/icons';
import { TransparencyPanel } from '../transparency/TransparencyPanel';
import './app-frame.css';

export interface SidebarProps {
  onOpenSettings: () => void;
  settingsOpen: boolean;
  settingsButtonRef: Ref<HTMLButtonElement>;
}

export function Sidebar({ onOpenSettings, settingsOpen, settingsButtonRef }: SidebarProps) {
  const [ledgerOpen, setLedgerOpen] = useState(false);
  const ledgerButtonRef = useRef<HTMLButtonElement>(null);
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
          ref={ledgerButtonRef}
          variant="quiet"
          className="sidebar__settings"
          icon={<LedgerIcon />}
          onClick={() => setLedgerOpen(true)}
          aria-haspopup="dialog"
          aria-expanded={ledgerOpen}
          data-testid="transparency-button"
        >
          Transparency
        </Button>
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
      {ledgerOpen ? <TransparencyPanel onClose={() => setLedgerOpen(false)} returnFocusRef={ledgerButtonRef} /> : null}
    </aside>
  );
}
