// What the import progress bar shows, from the import.progress events seen since this import
// was started: nothing known yet (the stream's first event can still describe the previous,
// finished import), or the running import's bytes, conversations and messages.
import type { ImportProgressEvent } from '../../../shared/contract/channels/export';
import { plural } from './data-labels';

export interface ImportProgressView extends Readonly<Omit<ImportProgressEvent, 'running'>> {
  /** False until the core reports this import running: the bar is indeterminate then. */
  readonly known: boolean;
}

export const WAITING: ImportProgressView = { known: false, bytesRead: 0, totalBytes: 0, conversations: 0, messages: 0 };

/**
 * Folds one event into the view. A not-running event before any running one is the status left
 * by an earlier import (or idle), so it is ignored; after a running one it is this import's end.
 * The start event (running, file size not known yet) keeps the bar indeterminate.
 */
export function nextImportProgress(prev: ImportProgressView, e: ImportProgressEvent): ImportProgressView {
  if (!prev.known && (!e.running || e.totalBytes === 0)) return prev;
  return { known: true, bytesRead: e.bytesRead, totalBytes: e.totalBytes, conversations: e.conversations, messages: e.messages };
}

/** Whole percent read, 0..100 (0 while the size is not known yet). */
export function importPercent(v: ImportProgressView): number {
  if (v.totalBytes <= 0) return 0;
  return Math.min(100, Math.floor((v.bytesRead / v.totalBytes) * 100));
}

const UNITS: ReadonlyArray<{ size: number; name: string }> = [
  { size: 1024 * 1024 * 1024, name: 'GB' },
  { size: 1024 * 1024, name: 'MB' },
  { size: 1024, name: 'kB' },
];

/** "12.3 of 100 MB": both numbers in the unit of the total, so they compare at a glance. */
export function bytesOfTotal(read: number, total: number): string {
  const unit = UNITS.find((u) => total >= u.size) ?? { size: 1, name: 'B' };
  const fmt = (n: number) => (n / unit.size).toLocaleString(undefined, { maximumFractionDigits: unit.size === 1 ? 0 : 1 });
  return `${fmt(read)} of ${fmt(total)} ${unit.name}`;
}

/** "12.3 of 100 MB · 1,204 conversations · 40,113 messages"; the bar's visible text and aria-valuetext. */
export function describeImportProgress(v: ImportProgressView): string {
  if (!v.known) return 'Starting the import…';
  return [bytesOfTotal(v.bytesRead, v.totalBytes), plural(v.conversations, 'conversation'), plural(v.messages, 'message')].join(' · ');
}
