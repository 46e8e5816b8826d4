// Renderer entry: checks that the bridge (window.veil) is there, loads settings so the first paint
// already has the user's theme, and mounts the app.
// Tokens and base rules come first so that component styles, bundled after them, win ties.
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bridgeAvailable } from './api';
import { App } from './App';
import { MissingBridge } from './features/app-frame/MissingBridge';
import { settingsStore } from './state/stores';

/** Long enough for a local settings read, short enough that a stuck core never blanks the window. */
const SETTINGS_WAIT_MS = 300;

async function boot(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  if (!bridgeAvailable) {
    root.render(<MissingBridge />);
    return;
  }
  await Promise.race([settingsStore.getState().load(), new Promise((resolve) => setTimeout(resolve, SETTINGS_WAIT_MS))]);
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (container) void boot(container);
