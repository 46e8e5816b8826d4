// The RPC table over the preview's WebSocket, driven by a real `ws` client speaking the wire
// protocol (createWireTransport + buildApi, as the browser bridge does): calls, structured errors,
// streams, cancel, and a session closed with its socket.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../electron/core/log/logger';
import { startPreview, type PreviewServer } from '../../../electron/preview/server';
import { connectBridge, wsUrlOf, type BridgeClient } from './bridge-client';

let preview: PreviewServer;
let client: BridgeClient;
let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'veil-preview-rpc-'));
  preview = await startPreview({ dataDir: join(tmp, 'data'), port: 0, open: false, rendererDir: join(tmp, 'no-renderer'), logger: memoryLogger().logger });
  client = await connectBridge(preview.port, preview.token);
});

afterAll(async () => {
  await client.close();
  await preview.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Sends raw wire messages and collects every reply for the given id until `until` says stop. */
async function rawExchange(messages: unknown[], id: number, until: (m: { type: string }) => boolean): Promise<Array<Record<string, unknown>>> {
  const ws = new WebSocket(wsUrlOf(preview.port, preview.token));
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const got: Array<Record<string, unknown>> = [];
  const done = new Promise<void>((resolve) => {
    ws.on('message', (data) => {
      const msg = JSON.parse(data.toString()) as Record<string, unknown> & { type: string };
      if (msg.id !== id) return;
      got.push(msg);
      if (until(msg)) resolve();
    });
  });
  for (const m of messages) ws.send(JSON.stringify(m));
  await done;
  ws.close();
  return got;
}

describe('RPC over the preview bridge', () => {
  it('answers app.status with the core running as the preview host', async () => {
    const status = await client.veil.app.status({});
    expect(status.host).toBe('preview');
    expect(status.dataDir).toBe(join(tmp, 'data'));
    expect(status.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(typeof status.keychain.available).toBe('boolean');
  });

  it('round-trips an echo and persists settings through the core', async () => {
    expect(await client.veil.app.echo({ text: 'hé ✓' })).toEqual({ text: 'hé ✓' });
    const updated = await client.veil.settings.update({ theme: 'dark' });
    expect(updated.theme).toBe('dark');
    expect((await preview.core.settings.get()).theme).toBe('dark');
  });

  it('returns a structured RPC_INVALID_INPUT error for invalid input', async () => {
    const err = await client.veil.app.echo({ text: 42 as unknown as string }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'RPC_INVALID_INPUT', details: { issues: [expect.objectContaining({ path: 'text' })] } });
    expect((err as { message: string }).message).toContain('app.echo');
  });

  it('returns RPC_UNKNOWN_CHANNEL for an undeclared channel, on the raw wire', async () => {
    const [reply] = await rawExchange([{ type: 'request', id: 7, channel: 'app.nope', input: {} }], 7, () => true);
    expect(reply).toMatchObject({ type: 'response', id: 7, ok: false, error: { code: 'RPC_UNKNOWN_CHANNEL' } });
  });

  it('answers a malformed message that carries an id', async () => {
    const [reply] = await rawExchange([{ type: 'bogus', id: 3 }], 3, () => true);
    expect(reply).toMatchObject({ type: 'response', id: 3, ok: false, error: { code: 'RPC_INVALID_MESSAGE' } });
  });

  it('delivers every event of a stream, then its end', async () => {
    const seen: number[] = [];
    const handle = client.veil.app.ticks({ count: 5, intervalMs: 1 }, (e) => seen.push(e.n));
    await handle.done;
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    const raw = await rawExchange([{ type: 'subscribe', id: 11, channel: 'app.ticks', input: { count: 2, intervalMs: 0 } }], 11, (m) => m.type !== 'event');
    expect(raw).toEqual([
      { type: 'event', id: 11, event: { n: 1 } },
      { type: 'event', id: 11, event: { n: 2 } },
      { type: 'end', id: 11 },
    ]);
  });

  it('cancels a stream: events stop and done rejects with RPC_CANCELLED', async () => {
    const seen: number[] = [];
    const handle = client.veil.app.ticks({ count: 1000, intervalMs: 5 }, (e) => {
      seen.push(e.n);
      if (e.n === 3) handle.cancel();
    });
    await expect(handle.done).rejects.toMatchObject({ code: 'RPC_CANCELLED' });
    const atCancel = seen.length;
    await new Promise((r) => setTimeout(r, 50));
    expect(seen.length).toBe(atCancel);
    expect(atCancel).toBeLessThan(10);
  });

  it('rejects invalid stream input with a structured error event', async () => {
    const handle = client.veil.app.ticks({ count: 0, intervalMs: 1 }, () => undefined);
    await expect(handle.done).rejects.toMatchObject({ code: 'RPC_INVALID_INPUT' });
  });

  it('fails pending calls of a client whose socket closes, and keeps serving others', async () => {
    const other = await connectBridge(preview.port, preview.token);
    const handle = other.veil.app.ticks({ count: 1000, intervalMs: 20 }, () => undefined);
    other.socket.terminate();
    await expect(handle.done).rejects.toMatchObject({ code: 'BRIDGE_DISCONNECTED' });
    expect(await client.veil.app.echo({ text: 'still here' })).toEqual({ text: 'still here' });
  });
});
