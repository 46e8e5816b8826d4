// The import progress hub (electron/core/import/import-progress.ts): the start and the end always
// reach watchers, updates in between at most every 100 ms (a 100 MiB import reports ~1600 pieces),
// the latest status is always readable, and each vault has its own hub.
import { describe, expect, it } from 'vitest';
import { ImportProgressHub, importProgressFor, type ImportStatus } from '../../../../electron/core/import/import-progress';

const piece = (i: number) => ({ bytesRead: i * 65_536, totalBytes: 100 * 65_536, conversations: Math.floor(i / 10), messages: i * 3 });

describe('ImportProgressHub', () => {
  it('sends the start and the end, merges updates closer than 100 ms, and keeps the latest status', async () => {
    const hub = new ImportProgressHub();
    const seen: ImportStatus[] = [];
    const stop = hub.watch((s) => seen.push(s));
    hub.start();
    for (let i = 1; i <= 50; i++) hub.update(piece(i));
    expect(seen).toEqual([{ running: true, bytesRead: 0, totalBytes: 0, conversations: 0, messages: 0 }]);
    expect(hub.status).toEqual({ running: true, ...piece(50) });
    await new Promise((resolve) => setTimeout(resolve, 120));
    hub.update(piece(51));
    expect(seen.at(-1)).toEqual({ running: true, ...piece(51) });
    hub.update(piece(52));
    hub.finish();
    expect(seen).toHaveLength(3);
    expect(seen.at(-1)).toEqual({ running: false, ...piece(52) });
    stop();
    hub.start();
    expect(seen).toHaveLength(3);
  });

  it('one hub per vault', () => {
    const a = {};
    const b = {};
    expect(importProgressFor(a)).toBe(importProgressFor(a));
    expect(importProgressFor(a)).not.toBe(importProgressFor(b));
  });
});
