import { describe, expect, it } from 'vitest';
import { createLedgerStore } from '../../../renderer/state/ledger-store';
import { openCores } from './core-api';
import { openVault } from './vault-open';

const openCore = openCores();

describe('ledger store', () => {
  it('lists the core ledger (empty after a Preview send: nothing left the machine) and reports an unknown entry', async () => {
    const o = await openCore();
    await openVault(o.api);
    const c = await o.api.conversations.create({ title: 'Preview only' });
    const handle = o.api.chat.send({ conversationId: c.id, text: 'hello jane.doe@example.com', providerId: 'preview', model: 'preview' }, () => undefined);
    await handle.done;
    const store = createLedgerStore({ api: o.api });
    await store.getState().load();
    expect(store.getState().phase).toBe('ready');
    expect(store.getState().entries).toEqual([]);
    expect(store.getState().total).toBe(0);
    await store.getState().open('no-such-entry');
    expect(store.getState().detail).toBeNull();
    expect(store.getState().detailError?.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
  });

  it('says LEDGER_UNAVAILABLE over a bridge without the ledger channels', async () => {
    const store = createLedgerStore({ api: { app: {} } });
    await store.getState().load();
    expect(store.getState().error?.code).toBe('LEDGER_UNAVAILABLE');
  });
});
