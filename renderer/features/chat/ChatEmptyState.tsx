// The main pane before any conversation: what Veil does for the user's privacy, in three points.
import type { ReactNode } from 'react';
import { KeyIcon, LedgerIcon, MaskIcon, VeilMark } from '../../ui/icons';
import './chat.css';

interface Point {
  icon: ReactNode;
  title: string;
  text: string;
}

const POINTS: readonly Point[] = [
  {
    icon: <MaskIcon />,
    title: 'Personal data is masked locally',
    text: 'Names, emails, phone numbers, card numbers and secrets are replaced by placeholders on this device before a message leaves it, and restored in the answer.',
  },
  {
    icon: <KeyIcon />,
    title: 'Keys stay in your OS keychain',
    text: 'API keys live in the operating system’s keychain. They never reach this window, a log or an export.',
  },
  {
    icon: <LedgerIcon />,
    title: 'Every request is on the record',
    text: 'The transparency panel lists each outbound request: where it went, what was sent and what was masked.',
  },
];

export function ChatEmptyState() {
  return (
    <div className="chat-empty">
      <div className="chat-empty__intro">
        <span className="chat-empty__mark">
          <VeilMark width={28} height={28} />
        </span>
        <h1 className="chat-empty__title">Private by design</h1>
        <p className="chat-empty__lead">Veil is a chat client for AI models that keeps what is yours on your machine.</p>
      </div>
      <ul className="chat-empty__points">
        {POINTS.map((p) => (
          <li key={p.title} className="chat-empty__point">
            <span className="chat-empty__icon">{p.icon}</span>
            <div>
              <h2 className="chat-empty__point-title">{p.title}</h2>
              <p className="chat-empty__point-text">{p.text}</p>
            </div>
          </li>
        ))}
      </ul>
      <p className="chat-empty__footnote">Start with New chat in the sidebar. The Preview provider is chosen first: it sends nothing and shows exactly what a provider would receive.</p>
    </div>
  );
}
