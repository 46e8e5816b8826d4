import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract/channels/index';
import { buildApi } from '../../../shared/contract/client';
import type { WireError } from '../../../shared/contract/errors';
import { createWireTransport } from '../../../shared/contract/wire-client';
import { createAppStatusStore } from '../../../renderer/state/app-status-store';
import { openCoreApi, removeDir, type CoreApi } from './core-api';

let open: CoreApi | undefined;
afterEach(async () => {
  if (open) {
    await open.close();
    removeDir(open.dataDir);
    open = undefined;
  }
});

describe('app status store', () => {
  it('loads app.status from the real core over the wire protocol', async () => {
    open = await openCoreApi();
    const reported: WireError[] = [];
    const store = createAppStatusStore({ api: open.api, onError: (_c, e) => reported.push(e) });
    expect(store.getState().phase).toBe('idle');
    const loading = store.getState().load();
    expect(store.getState().phase).toBe('loading');
    await loading;
    const { status, phase } = store.getState();
    expect(phase).toBe('ready');
    expect(status?.dataDir).toBe(open.dataDir);
    expect(status?.host).toBe('test');
    expect(status?.version).toMatch(/^\d+\.\d+\.\d+/);
    // The test core has no keychain module: the status must say so, with a reason.
    expect(status?.keychain.available).toBe(false);
    expect(status?.keychain.detail).toContain('no keychain');
    expect(reported).toEqual([]);
  });

  it('turns a lost connection into an error state and reports it once', async () => {
    const transport = createWireTransport(() => {
      queueMicrotask(() => transport.disconnect({ code: 'BRIDGE_DISCONNECTED', message: 'The connection to Veil was lost.' }));
    });
    const reported: Array<[string, WireError]> = [];
    const store = createAppStatusStore({ api: buildApi(contract, transport), onError: (c, e) => reported.push([c, e]) });
    await store.getState().load();
    expect(store.getState().phase).toBe('error');
    expect(store.getState().error).toEqual({ code: 'BRIDGE_DISCONNECTED', message: 'The connection to Veil was lost.' });
    expect(store.getState().status).toBeNull();
    expect(reported).toHaveLength(1);
    expect(reported[0]![1].code).toBe('BRIDGE_DISCONNECTED');
  });
});
