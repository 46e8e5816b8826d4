// The app frame: sidebar, main pane and the settings sheet. Loads the core's status and the
// settings once at start; everything else is up to the features.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useDocumentTheme } from './features/app-frame/use-document-theme';
import { Sidebar } from './features/app-frame/Sidebar';
import { ChatEmptyState } from './features/chat/ChatEmptyState';
import { ErrorNotices } from './features/errors/ErrorNotices';
import { SettingsPanel } from './features/settings/SettingsPanel';
import { appStatusStore } from './state/stores';
import './features/app-frame/app-frame.css';

export function App() {
  const [settingsOpen, setSettingsOpen] = useState(false);
  const settingsButtonRef = useRef<HTMLButtonElement>(null);
  const openSettings = useCallback(() => setSettingsOpen(true), []);
  const closeSettings = useCallback(() => setSettingsOpen(false), []);

  useDocumentTheme();

  useEffect(() => {
    void appStatusStore.getState().load();
  }, []);

  return (
    <div className="app">
      <Sidebar onOpenSettings={openSettings} settingsOpen={settingsOpen} settingsButtonRef={settingsButtonRef} />
      <main className="main-pane" data-testid="main-pane" aria-label="Conversation">
        <ErrorNotices />
        <ChatEmptyState />
      </main>
      {settingsOpen ? <SettingsPanel onClose={closeSettings} returnFocusRef={settingsButtonRef} /> : null}
    </div>
  );
}
