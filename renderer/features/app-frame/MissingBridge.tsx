// Shown instead of the app when window.veil is missing: the page was opened on its own (e.g. the
// built index.html from disk) rather than by the Veil app or `npm run preview`.
import { VeilMark } from '../../ui/icons';
import './app-frame.css';

export function MissingBridge() {
  return (
    <main className="missing-bridge" data-testid="missing-bridge">
      <div className="missing-bridge__card" role="alert">
        <span className="missing-bridge__mark">
          <VeilMark width={28} height={28} />
        </span>
        <h1 className="missing-bridge__title">Veil is not connected</h1>
        <p>
          This page is Veil’s interface, but it was opened without the Veil core behind it, so it cannot read your settings or
          talk to any model.
        </p>
        <p>
          Start the desktop app with <code>npm start</code>, or the browser preview with <code>npm run preview</code> and open
          the address it prints (it includes a one-time token).
        </p>
        <p className="missing-bridge__code">
          Error code <code>BRIDGE_MISSING</code>
        </p>
      </div>
    </main>
  );
}
