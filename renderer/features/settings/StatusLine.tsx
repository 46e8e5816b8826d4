// The sidebar footer's one-line status: keychain availability and version, announced politely
// when it changes.
import { useAppStatus } from '../../state/stores';
import { keychainTone, keychainWord } from './status-labels';
import './settings.css';

export function StatusLine() {
  const status = useAppStatus((s) => s.status);
  const phase = useAppStatus((s) => s.phase);

  let text: string;
  let tone: 'ok' | 'warn' | 'neutral' = 'neutral';
  if (status) {
    text = `Keychain: ${keychainWord(status.keychain)}`;
    tone = keychainTone(status.keychain);
  } else if (phase === 'error') {
    text = 'Status unavailable';
    tone = 'warn';
  } else {
    text = 'Checking status…';
  }

  return (
    <p className={`status-line status-line--${tone}`} role="status" aria-live="polite" data-testid="sidebar-status">
      <span className="status-line__dot" aria-hidden="true" />
      <span className="status-line__text">{text}</span>
      {status ? <span className="status-line__version">v{status.version}</span> : null}
    </p>
  );
}
