// Where the progress of a vault's running import is published: runImport updates it piece by
// piece, and the import.progress stream hands it to the UI (at most every 100 ms, plus the start
// and the end), so a window can show a progress bar while the import's long write runs.
import type { ImportProgressEvent } from '../../../shared/contract/channels/export';
import type { ImportProgress } from './import-service';

/** What the import.progress stream sends: the running import's progress, or the last one's end. */
export type ImportStatus = ImportProgressEvent;

/** Updates closer together than this are merged (the start and the end are always sent). */
const MIN_INTERVAL_MS = 100;

const IDLE: ImportStatus = { running: false, bytesRead: 0, totalBytes: 0, conversations: 0, messages: 0 };

export class ImportProgressHub {
  private current: ImportStatus = IDLE;
  private readonly listeners = new Set<(s: ImportStatus) => void>();
  private lastSent = 0;

  /** The latest status; `running` is also what refuses a second import into the same vault. */
  get status(): ImportStatus {
    return this.current;
  }

  start(): void {
    this.publish({ ...IDLE, running: true }, true);
  }

  update(p: ImportProgress): void {
    this.publish({ running: true, ...p }, false);
  }

  /** The import ended (committed or not): the last counts, not running. */
  finish(): void {
    this.publish({ ...this.current, running: false }, true);
  }

  watch(listener: (s: ImportStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private publish(next: ImportStatus, always: boolean): void {
    this.current = next;
    const now = performance.now();
    if (!always && now - this.lastSent < MIN_INTERVAL_MS) return;
    this.lastSent = now;
    for (const l of this.listeners) l(next);
  }
}

const hubs = new WeakMap<object, ImportProgressHub>();

/** The progress hub of one vault (imports into different vaults never mix). */
export function importProgressFor(vault: object): ImportProgressHub {
  let hub = hubs.get(vault);
  if (!hub) {
    hub = new ImportProgressHub();
    hubs.set(vault, hub);
  }
  return hub;
}

/** Emits the current status, then every change, until the signal aborts (the caller cancels the stream). */
export function watchImportProgress(vault: object, emit: (s: ImportStatus) => void, signal: AbortSignal): Promise<void> {
  const hub = importProgressFor(vault);
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    emit(hub.status);
    const stop = hub.watch(emit);
    signal.addEventListener(
      'abort',
      () => {
        stop();
        resolve();
      },
      { once: true },
    );
  });
}
