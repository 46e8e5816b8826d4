// The running import's progress: mounted only while import.run is pending, it subscribes to the
// import.progress stream and cancels it on unmount (the import ended, or the panel closed).
// role="progressbar" with the percent read and the counts as aria-valuetext.
import { useEffect, useId, useState } from 'react';
import { veil } from '../../api';
import { describeImportProgress, importPercent, nextImportProgress, WAITING, type ImportProgressView } from './import-progress-view';

export function ImportProgressBar() {
  const labelId = useId();
  const [view, setView] = useState<ImportProgressView>(WAITING);

  useEffect(() => {
    const handle = veil.import.progress({}, (e) => setView((prev) => nextImportProgress(prev, e)));
    // Cancelling rejects `done` (RPC_CANCELLED); a stream that fails (e.g. the vault locked) only
    // leaves the bar where it was: the import's own result or error says what happened.
    handle.done.catch(() => undefined);
    return () => handle.cancel();
  }, []);

  const percent = importPercent(view);
  const text = describeImportProgress(view);
  return (
    <div className="import-progress" data-testid="import-progress" data-known={view.known}>
      <span className="import-progress__label" id={labelId}>
        Importing
      </span>
      <div
        className={`import-progress__track${view.known ? '' : ' import-progress__track--waiting'}`}
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        // No aria-valuenow while nothing is known: an indeterminate bar.
        aria-valuenow={view.known ? percent : undefined}
        aria-valuetext={view.known ? `${percent}% · ${text}` : text}
        data-testid="import-progress-bar"
      >
        <span className="import-progress__fill" style={{ width: view.known ? `${percent}%` : undefined }} />
      </div>
      <span className="import-progress__text" aria-hidden="true" data-testid="import-progress-text">
        {text}
      </span>
    </div>
  );
}
