// Test helper: a real core (createCore in a temp dir) behind the real wire protocol, exposed as
// the same VeilApi the renderer gets from window.veil. Messages are JSON round-tripped as over a socket.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { contract } from '../../../shared/contract/channels/index';
import { buildApi, type VeilApi } from '../../../shared/contract/client';
import { createWireTransport } from '../../../shared/contract/wire-client';
import { createCore, type Core } from '../../../electron/core/index';
import { createRpcSession } from '../../../electron/core/rpc/session';
import { memoryLogger } from '../../../electron/core/log/logger';

export interface CoreApi {
  api: VeilApi;
  core: Core;
  dataDir: string;
  close(): Promise<void>;
}

const noKeychain = () => {
  throw new Error('no keychain in this test');
};

export async function openCoreApi(dataDir = mkdtempSync(join(tmpdir(), 'veil-renderer-'))): Promise<CoreApi> {
  const core = await createCore({ dataDir, host: 'test', loadKeychain: noKeychain, logger: memoryLogger('error').logger });
  const transport = createWireTransport((msg) => session.handle(JSON.parse(JSON.stringify(msg))));
  const session = createRpcSession(core.rpc, (msg) => transport.receive(JSON.parse(JSON.stringify(msg))));
  let closed: Promise<void> | null = null;
  return {
    api: buildApi(contract, transport),
    core,
    dataDir,
    // Once: a test may close a core itself (an app restart) before the cleanup of openCores does.
    close() {
      closed ??= (async () => {
        session.close();
        await core.close();
      })();
      return closed;
    },
  };
}

export const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true });

/**
 * For a test file: an openCoreApi whose cores are closed, and their data directories removed, after the
 * test that opened them. Call once at the top level of the file.
 */
export function openCores(): (dataDir?: string) => Promise<CoreApi> {
  const opened: CoreApi[] = [];
  afterEach(async () => {
    for (const o of opened.splice(0)) {
      await o.close();
      removeDir(o.dataDir);
    }
  });
  return async (dataDir) => {
    const o = await openCoreApi(dataDir);
    opened.push(o);
    return o;
  };
}
