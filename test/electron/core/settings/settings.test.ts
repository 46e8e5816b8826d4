import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../shared/contract/settings';
import { createCore } from '../../../../electron/core/index';
import { memoryLogger } from '../../../../electron/core/log/logger';
import { createConfBackend, SettingsService, settingsJsonSchema, type SettingsBackend } from '../../../../electron/core/settings/settings-store';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'veil-settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('settings (real conf storage)', () => {
  it('starts from defaults and persists updates across instances, file 0600', () => {
    const a = new SettingsService(createConfBackend(dir));
    expect(a.get()).toEqual(defaultSettings());
    expect(a.get()).toMatchObject({ theme: 'system', lastProviderId: null, maskingPreset: 'standard', autoLockMinutes: 0 });
    expect(a.get().network).toMatchObject({ tls13Only: false, customCaPem: null, proxy: { mode: 'system', url: null, noProxy: [] }, limits: {} });
    a.update({ theme: 'dark' });
    const b = new SettingsService(createConfBackend(dir));
    expect(b.get().theme).toBe('dark');
    const file = join(dir, 'settings.json');
    expect(JSON.parse(readFileSync(file, 'utf8')).theme).toBe('dark');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('rejects an invalid update and keeps what is stored', () => {
    const s = new SettingsService(createConfBackend(dir));
    s.update({ theme: 'light' });
    expect(() => s.update({ theme: 'neon' } as never)).toThrow(expect.objectContaining({ code: 'SETTINGS_INVALID' }));
    expect(() => s.update({ unknownKey: 1 } as never)).toThrow(expect.objectContaining({ code: 'SETTINGS_INVALID' }));
    expect(new SettingsService(createConfBackend(dir)).get().theme).toBe('light');
  });

  it('sets an invalid settings file aside (never deletes it) and starts from defaults', () => {
    new SettingsService(createConfBackend(dir)).update({ theme: 'dark', autoLockMinutes: 5 });
    const file = join(dir, 'settings.json');
    writeFileSync(file, JSON.stringify({ theme: 'dark', autoLockMinutes: 'soon' }));
    const asides: string[] = [];
    const s = new SettingsService(createConfBackend(dir, (p) => asides.push(p)));
    expect(s.get().autoLockMinutes).toBe(0);
    expect(asides).toHaveLength(1);
    expect(readFileSync(asides[0] as string, 'utf8')).toContain('soon');
    writeFileSync(file, '{ not json');
    expect(new SettingsService(createConfBackend(dir)).get().theme).toBe('system');
    expect(readdirSync(dir).filter((f) => f.startsWith('settings.invalid-'))).toHaveLength(2);
  });

  it('serves repeated reads from memory, yet sees its own updates, another instance\'s and a hand edit at once', () => {
    const conf = createConfBackend(dir);
    let fileReads = 0;
    const counted: SettingsBackend = {
      get store() {
        fileReads++;
        return conf.store;
      },
      set: (values) => conf.set(values),
      path: conf.path,
    };
    const a = new SettingsService(counted);
    const b = new SettingsService(createConfBackend(dir));
    for (let i = 0; i < 5; i++) a.get();
    expect(fileReads).toBe(1);
    const first = a.get();
    first.theme = 'dark'; // a caller changing its copy changes nothing stored or cached
    first.network.proxy.noProxy.push('example.org');
    expect(a.get().theme).toBe('system');
    expect(a.get().network.proxy.noProxy).toEqual([]);
    expect(b.get().theme).toBe('system');
    a.update({ theme: 'light' });
    expect(a.get().theme).toBe('light');
    expect(b.get().theme).toBe('light'); // b had read the file before a replaced it
    const file = join(dir, 'settings.json');
    const edited = { ...JSON.parse(readFileSync(file, 'utf8')), theme: 'dark' };
    writeFileSync(file, JSON.stringify(edited));
    expect(a.get().theme).toBe('dark');
    expect(b.get().theme).toBe('dark');
  });

  it('derives the conf schema from the zod schema', () => {
    const schema = settingsJsonSchema() as Record<string, { enum?: string[] }>;
    expect(schema.theme?.enum).toEqual(['system', 'light', 'dark']);
  });

  it('is reachable over RPC with validation', async () => {
    const core = await createCore({ dataDir: dir, host: 'test', logger: memoryLogger().logger });
    expect(await core.rpc.call('settings.update', { theme: 'light' })).toMatchObject({ ok: true, output: { theme: 'light' } });
    expect(await core.rpc.call('settings.update', { theme: 'neon' })).toMatchObject({ ok: false, error: { code: 'RPC_INVALID_INPUT' } });
    expect(await core.rpc.call('settings.get', {})).toMatchObject({ ok: true, output: { theme: 'light' } });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    await core.close();
  });
});
