import { afterEach, describe, expect, it } from 'vitest';
import { choosePath, dialogInputFor, suggestedExportName } from '../../../../renderer/features/data/path-picker';
import { FileDialogInputSchema } from '../../../../shared/contract/channels/files';
import { openCoreApi, removeDir, type CoreApi } from '../../state/core-api';

const opened: CoreApi[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) {
    await o.close();
    removeDir(o.dataDir);
  }
});

describe('path picker', () => {
  it('builds dialog requests the core accepts (save for exports with the suggested name and filter, open for imports)', () => {
    const name = suggestedExportName('.json', new Date('2026-11-27T10:00:00Z'));
    expect(name).toBe('veil-export-2026-11-27.json');
    const save = dialogInputFor({ purpose: 'export', kind: 'file', suggestedName: name });
    expect(save).toMatchObject({ defaultName: name, filters: [{ extensions: ['json'] }] });
    const folder = dialogInputFor({ purpose: 'export', kind: 'directory', suggestedName: suggestedExportName('') });
    expect(folder.filters).toBeUndefined();
    const open = dialogInputFor({ purpose: 'import', kind: 'file', suggestedName: 'conversations.json' });
    expect(open.defaultName).toBeUndefined();
    for (const input of [save, folder, open]) expect(FileDialogInputSchema.safeParse(input).success).toBe(true);
  });

  it('reports "no dialog" from a core without one (the preview), so the UI keeps the typed path', async () => {
    const o = await openCoreApi();
    opened.push(o);
    expect(await choosePath(o.api, { purpose: 'export', kind: 'file', suggestedName: 'x.json' })).toEqual({ available: false });
    expect(await choosePath(o.api, { purpose: 'import', kind: 'file', suggestedName: 'x.json' })).toEqual({ available: false });
  });
});
