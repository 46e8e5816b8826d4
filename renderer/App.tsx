// The app frame: sidebar, main pane and the settings sheet. Loads the core's status and the lock
// state at start; the main pane shows the lock screen until the vault is open, then the chat.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useDocumentTheme } from './features/app-frame/use-document-theme';
import { Sidebar } from './features/app-frame/Sidebar';
import { ChatView } from './features/chat/ChatView';
import { LockScreen } from './features/lock/LockScreen';
import { ErrorNotices } from './features/errors/ErrorNotices';
import { SettingsPanel } from './features/settings/SettingsPanel';
import { selectIsUnlocked } from './state/lock-store';
import { appStatusStore, lockStore, useLock } from './state/stores';
import './features/app-frame/app-frame.css';

export function App() {
  const [settingsOpen, setSettingsOpen] = useState(false);
  const settingsButtonRef = useRef<HTMLButtonElement>(null);
  const openSettings = useCallback(() => setSettingsOpen(true), []);
  const closeSettings = useCallback(() => setSettingsOpen(false), []);

  useDocumentTheme();

  useEffect(() => {
    void appStatusStore.getState().load();
    void lockStore.getState().load();
  }, []);
  const unlocked = useLock(selectIsUnlocked);

  return (
    <div className="app">
      <Sidebar onOpenSettings={openSettings} settingsOpen={settingsOpen} settingsButtonRef={settingsButtonRef} />
      <main className="main-pane" data-testid="main-pane" aria-label="Conversation">
        <ErrorNotices />
        {unlocked ? <ChatView /> : <LockScreen />}
      </main>
      {settingsOpen ? <SettingsPanel onClose={closeSettings} returnFocusRef={settingsButtonRef} /> : null}
    </div>
  );
}
