// Test helper: a real core (createCore in a temp dir) behind the real wire protocol, exposed as
// the same VeilApi the renderer gets from window.veil. Messages are JSON round-tripped as over a socket.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  return {
    api: buildApi(contract, transport),
    core,
    dataDir,
    async close() {
      session.close();
      await core.close();
    },
  };
}

export const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true });
