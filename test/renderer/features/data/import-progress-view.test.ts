import { describe, expect, it } from 'vitest';
import { importErrorContext } from '../../../../renderer/features/data/data-labels';
import { bytesOfTotal, describeImportProgress, importPercent, nextImportProgress, WAITING } from '../../../../renderer/features/data/import-progress-view';

const MB = 1024 * 1024;
const ev = (running: boolean, bytesRead: number, totalBytes: number, conversations = 0, messages = 0) => ({ running, bytesRead, totalBytes, conversations, messages });

describe('import progress view', () => {
  it('ignores the status left by an earlier import and the start event; follows this import to its end', () => {
    // The stream's first event can be the last import's end (not running, old counts).
    let v = nextImportProgress(WAITING, ev(false, 40 * MB, 40 * MB, 400, 60_000));
    expect(v).toBe(WAITING);
    // The start: running, size not known yet -> still indeterminate.
    v = nextImportProgress(v, ev(true, 0, 0));
    expect(v.known).toBe(false);
    expect(describeImportProgress(v)).toBe('Starting the import…');
    v = nextImportProgress(v, ev(true, 12.3 * MB, 100 * MB, 1204, 40_113));
    expect(v).toMatchObject({ known: true, conversations: 1204, messages: 40_113 });
    expect(importPercent(v)).toBe(12);
    expect(describeImportProgress(v)).toBe('12.3 of 100 MB · 1,204 conversations · 40,113 messages');
    // The end (not running) after a running event is this import's last state.
    v = nextImportProgress(v, ev(false, 100 * MB, 100 * MB, 2000, 70_000));
    expect(importPercent(v)).toBe(100);
    expect(describeImportProgress(v)).toBe('100 of 100 MB · 2,000 conversations · 70,000 messages');
  });

  it('states both sizes in the unit of the total; the percent stays within 0..100', () => {
    expect(bytesOfTotal(512, 900)).toBe('512 of 900 B');
    expect(bytesOfTotal(1536, 10 * 1024)).toBe('1.5 of 10 kB');
    expect(bytesOfTotal(0.5 * MB, 2 * 1024 * MB)).toBe('0 of 2 GB');
    expect(importPercent({ ...WAITING, known: true, bytesRead: 5, totalBytes: 0 })).toBe(0);
    expect(importPercent({ ...WAITING, known: true, bytesRead: 11, totalBytes: 10 })).toBe(100);
    expect(describeImportProgress({ known: true, bytesRead: 1, totalBytes: 2, conversations: 1, messages: 1 })).toBe('1 of 2 B · 1 conversation · 1 message');
  });

  it('introduces a refused or interrupted import in its own words', () => {
    expect(importErrorContext('IMPORT_BUSY')).toBe('This import did not start.');
    expect(importErrorContext('IMPORT_INTERRUPTED')).toBe('The import was stopped and undone.');
    expect(importErrorContext('IMPORT_INVALID')).toBe('Nothing was imported.');
  });
});
