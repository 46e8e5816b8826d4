import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApi, isWireError } from '../../../../shared/contract/client';
import { contract } from '../../../../shared/contract/channels/index';
import { createWireTransport } from '../../../../shared/contract/wire-client';
import type { ServerMessage } from '../../../../shared/contract/wire';
import { createCore, type Core } from '../../../../electron/core/index';
import { memoryLogger } from '../../../../electron/core/log/logger';
import { createRpcSession } from '../../../../electron/core/rpc/session';

// The client and server halves of the wire protocol joined back to back through JSON, as the
// IPC and WebSocket bridges do; exercises the exact object the preload exposes as window.veil.
let dir: string;
let core: Core;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'veil-session-'));
  core = await createCore({ dataDir: dir, host: 'test', logger: memoryLogger().logger, loadKeychain: () => { throw new Error('no keychain in this test'); } });
});
afterEach(async () => {
  await core.close();
  rmSync(dir, { recursive: true, force: true });
});

function connect() {
  const sent: ServerMessage[] = [];
  // eslint-disable-next-line prefer-const
  let session: ReturnType<typeof createRpcSession>;
  const transport = createWireTransport((msg) => setImmediate(() => session.handle(JSON.parse(JSON.stringify(msg)))));
  session = createRpcSession(core.rpc, (msg) => {
    sent.push(msg);
    setImmediate(() => transport.receive(JSON.parse(JSON.stringify(msg)) as ServerMessage));
  });
  return { veil: buildApi(contract, transport), transport, session, sent };
}

describe('rpc over the wire protocol', () => {
  it('answers requests through the typed api', async () => {
    const { veil } = connect();
    expect(await veil.app.echo({ text: 'hello' })).toEqual({ text: 'hello' });
    const status = await veil.app.status({});
    expect(status).toMatchObject({ host: 'test', dataDir: dir, platform: process.platform });
    expect(status.keychain.available).toBe(false);
  });

  it('rejects with a plain WireError for invalid input', async () => {
    const { veil } = connect();
    const err: unknown = await veil.app.echo({ text: 42 as unknown as string }).catch((e: unknown) => e);
    expect(isWireError(err)).toBe(true);
    expect(err).toMatchObject({ code: 'RPC_INVALID_INPUT' });
  });

  it('streams events to the end', async () => {
    const { veil } = connect();
    const got: number[] = [];
    const h = veil.app.ticks({ count: 5, intervalMs: 0 }, (e) => got.push(e.n));
    await h.done;
    expect(got).toEqual([1, 2, 3, 4, 5]);
  });

  it('cancels a stream from the client', async () => {
    const { veil } = connect();
    const got: number[] = [];
    const h = veil.app.ticks({ count: 1000, intervalMs: 2 }, (e) => {
      got.push(e.n);
      if (e.n === 3) h.cancel();
    });
    await expect(h.done).rejects.toMatchObject({ code: 'RPC_CANCELLED' });
    expect(got.length).toBeGreaterThanOrEqual(3);
    expect(got.length).toBeLessThan(1000);
  });

  it('answers malformed messages with an error when they carry an id, and ignores them otherwise', async () => {
    const { session, sent } = connect();
    session.handle({ type: 'request', id: 7 });
    session.handle('garbage');
    session.handle({ type: 'nope' });
    await new Promise((r) => setTimeout(r, 10));
    expect(sent).toEqual([{ type: 'response', id: 7, ok: false, error: { code: 'RPC_INVALID_MESSAGE', message: 'Malformed message.' } }]);
  });

  it('fails pending calls when the connection drops, and closing the session stops its streams', async () => {
    const { veil, transport, session } = connect();
    let last = 0;
    const h = veil.app.ticks({ count: 10_000, intervalMs: 1 }, (e) => (last = e.n));
    await new Promise((r) => setTimeout(r, 20));
    session.close();
    transport.disconnect({ code: 'BRIDGE_DISCONNECTED', message: 'Disconnected.' });
    await expect(h.done).rejects.toMatchObject({ code: 'BRIDGE_DISCONNECTED' });
    const at = last;
    await new Promise((r) => setTimeout(r, 20));
    expect(last).toBe(at);
  });
});
