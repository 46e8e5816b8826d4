// The Vite bundles of main, preload and the masking worker, built for real. The preload must work under sandbox: true,
// where require() knows only 'electron'; it is run here in a fresh V8 context whose require() knows
// nothing else. Real Electron cannot run on this machine (no binary), so contextBridge and
// ipcRenderer are tiny stand-ins; behind them sits the real core with a real RPC session.
import { builtinModules } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/index';
import { memoryLogger } from '../../../electron/core/log/logger';
import { createRpcSession } from '../../../electron/core/rpc/session';
import { MaskPool, maskingSettingsOf } from '../../../electron/core/chat/mask-pool';
import { planTurn } from '../../../electron/core/chat/turn-plan';
import { EphemeralStore } from '../../../electron/core/vault/ephemeral-store';
import type { VeilApi } from '../../../shared/contract/client';
import { maskOptionsFromSettings } from '../../../shared/contract/masking-options';
import { SettingsSchema } from '../../../shared/contract/settings';
import { emptyMapping } from '../../../shared/masking';

let out: string;
let dataDir: string;
let core: Core;

const requiresOf = (code: string) => [...code.matchAll(/\brequire\((["'])([^"']+)\1\)/g)].map((m) => m[2]);

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'veil-bundles-'));
  dataDir = mkdtempSync(join(tmpdir(), 'veil-bundles-data-'));
  for (const mode of ['main', 'preload', 'worker']) {
    await build({ configFile: 'vite.electron.config.ts', mode, logLevel: 'silent', build: { outDir: out } });
  }
  core = await createCore({ dataDir, host: 'test', logger: memoryLogger().logger, loadKeychain: () => { throw new Error('none'); } });
}, 60_000);
afterAll(async () => {
  await core?.close();
  rmSync(out, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('dist-electron bundles', () => {
  it('preload.cjs requires nothing but electron', () => {
    expect(new Set(requiresOf(readFileSync(join(out, 'preload.cjs'), 'utf8')))).toEqual(new Set(['electron']));
  });

  it('main.cjs requires only electron and Node built-ins (native modules load from .native at run time)', () => {
    const code = readFileSync(join(out, 'main.cjs'), 'utf8');
    // node:sqlite is a built-in of Electron 39's Node 22 (not of the Node 20 running this test);
    // undici's optional cache store requires it lazily.
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'node:sqlite']);
    // ajv emits require("ajv/...") only inside generated-code template strings, never as a call.
    const calls = requiresOf(code).filter((m) => !m.startsWith('ajv'));
    expect(calls.filter((m) => m !== 'electron' && !builtins.has(m))).toEqual([]);
    expect(calls).toContain('electron');
  });

  it('mask-worker.cjs requires only Node built-ins, sits where main.cjs looks for it, and plans a turn as the main thread does', async () => {
    const code = readFileSync(join(out, 'mask-worker.cjs'), 'utf8');
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    expect(requiresOf(code).filter((m) => !builtins.has(m))).toEqual([]);
    expect(readFileSync(join(out, 'main.cjs'), 'utf8')).toContain('"mask-worker.cjs"');
    const store = new EphemeralStore();
    const c = store.create({ title: 't' });
    const ctx = { conversation: store.get(c.id), messages: store.listMessages(c.id), mapping: emptyMapping() };
    const settings = SettingsSchema.parse({ maskingCustomTerms: ['Project Falcon'] });
    const text = 'Mail bob.jones@example.org about Project Falcon, or call +49 170 1234567.';
    const pool = new MaskPool(join(out, 'mask-worker.cjs'), 1);
    try {
      expect(await pool.warm()).toBe(true);
      const plan = await pool.plan(ctx, text, maskingSettingsOf(settings), []);
      expect(plan).toEqual(planTurn(ctx, text, maskOptionsFromSettings(settings, { forced: [] }).options));
      expect(plan?.extra.maskedCounts).toMatchObject({ EMAIL: 1, PHONE: 1, CUSTOM: 1 });
    } finally {
      pool.close();
    }
  });

  it('the sandboxed preload exposes exactly window.veil, wired to the core over one channel', async () => {
    const exposed: Record<string, unknown> = {};
    const rendererListeners: Array<(e: unknown, m: unknown) => void> = [];
    const channels = new Set<string>();
    const session = createRpcSession(core.rpc, (msg) => queueMicrotask(() => rendererListeners.forEach((l) => l({}, msg))));
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) },
      ipcRenderer: {
        send: (channel: string, msg: unknown) => {
          channels.add(channel);
          queueMicrotask(() => session.handle(msg));
        },
        on: (channel: string, l: (e: unknown, m: unknown) => void) => {
          channels.add(channel);
          rendererListeners.push(l);
        },
      },
    };
    const sandboxRequire = (name: string) => {
      if (name === 'electron') return electron;
      throw new Error(`module not found in sandboxed preload: ${name}`);
    };
    const module = { exports: {} };
    runInNewContext(readFileSync(join(out, 'preload.cjs'), 'utf8'), { require: sandboxRequire, module, exports: module.exports, queueMicrotask, console });

    expect(Object.keys(exposed)).toEqual(['veil']);
    const veil = exposed.veil as VeilApi;
    expect(await veil.app.echo({ text: 'through the preload' })).toEqual({ text: 'through the preload' });
    await expect(veil.app.echo({ text: 1 as unknown as string })).rejects.toMatchObject({ code: 'RPC_INVALID_INPUT' });
    const ticks: number[] = [];
    await veil.app.ticks({ count: 3, intervalMs: 0 }, (e) => ticks.push(e.n)).done;
    expect(ticks).toEqual([1, 2, 3]);
    expect([...channels]).toEqual(['veil:rpc']);
    session.close();
  });
});
