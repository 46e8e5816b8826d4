// Electron cannot run here (no binary): the dialog module is a small stand-in with the same
// signatures; what is tested is how Veil calls it and reads its answers.
import type { BaseWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/index';
import { memoryLogger } from '../../../electron/core/log/logger';
import { electronFileDialogs, type DialogModule } from '../../../electron/shell/file-dialogs';

const win = {} as BaseWindow;
const dirs: string[] = [];
const cores: Core[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function standIn(answer: { save?: string | null; open?: string[] }) {
  const calls: Array<SaveDialogOptions | OpenDialogOptions> = [];
  const dialog: DialogModule = {
    showSaveDialog: async (_w, o) => (calls.push(o), answer.save ? { canceled: false, filePath: answer.save } : { canceled: true }),
    showOpenDialog: async (_w, o) => (calls.push(o), answer.open?.length ? { canceled: false, filePaths: answer.open } : { canceled: true, filePaths: [] }),
  };
  return { dialog, calls };
}

async function core(dialogs?: ReturnType<typeof electronFileDialogs>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'veil-dialogs-'));
  dirs.push(dataDir);
  const c = await createCore({ dataDir, host: 'test', logger: memoryLogger().logger, ...(dialogs ? { dialogs } : {}) });
  cores.push(c);
  return c;
}

describe('files.* dialogs', () => {
  it('without native dialogs (browser preview) answers available: false', async () => {
    const c = await core();
    expect(await c.rpc.call('files.chooseSavePath', { title: 'Export' })).toEqual({ ok: true, output: { available: false, path: null } });
  });

  it('passes title, file name, filters and the Documents folder to the save dialog and returns the chosen path', async () => {
    const { dialog, calls } = standIn({ save: '/home/u/Documents/veil.json' });
    const c = await core(electronFileDialogs(dialog, () => win, '/home/u/Documents'));
    const r = await c.rpc.call('files.chooseSavePath', { title: 'Export conversations', defaultName: 'veil.json', filters: [{ name: 'JSON', extensions: ['json'] }] });
    expect(r).toEqual({ ok: true, output: { available: true, path: '/home/u/Documents/veil.json' } });
    expect(calls[0]).toMatchObject({ title: 'Export conversations', defaultPath: '/home/u/Documents/veil.json', filters: [{ name: 'JSON', extensions: ['json'] }] });
  });

  it('cancel, no window, or a relative answer all come back as path: null', async () => {
    const cancelled = await core(electronFileDialogs(standIn({}).dialog, () => win, '/d'));
    expect(await cancelled.rpc.call('files.chooseOpenPath', { title: 'Import' })).toEqual({ ok: true, output: { available: true, path: null } });
    const noWindow = await core(electronFileDialogs(standIn({ save: '/x' }).dialog, () => null, '/d'));
    expect(await noWindow.rpc.call('files.chooseSavePath', { title: 'Export' })).toEqual({ ok: true, output: { available: true, path: null } });
    const relative = await core(electronFileDialogs(standIn({ open: ['relative/file.json'] }).dialog, () => win, '/d'));
    expect(await relative.rpc.call('files.chooseOpenPath', { title: 'Import' })).toEqual({ ok: true, output: { available: true, path: null } });
  });

  it('asks for a folder when told to', async () => {
    const { dialog, calls } = standIn({ open: ['/d/out'] });
    const c = await core(electronFileDialogs(dialog, () => win, '/d'));
    expect(await c.rpc.call('files.chooseOpenPath', { title: 'Export folder', directory: true })).toMatchObject({ ok: true, output: { path: '/d/out' } });
    expect(calls[0]).toMatchObject({ properties: ['openDirectory', 'createDirectory'] });
  });

  it('validates input', async () => {
    const c = await core();
    expect(await c.rpc.call('files.chooseSavePath', { title: '' })).toMatchObject({ ok: false, error: { code: 'RPC_INVALID_INPUT' } });
  });
});
