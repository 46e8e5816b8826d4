// createCore: the composition root of the Node side. It wires the services and returns them with
// the RPC table. Runs under plain Node; Electron-only capabilities arrive as options from main.ts.
import { chmodSync, mkdirSync } from 'node:fs';
import { contract, type AppStatus } from '../../shared/contract/channels/index';
import { Logger, stderrSink } from './log/logger';
import { appHandlers } from './rpc/app-handlers';
import type { Handlers } from './rpc/handlers';
import { createRpcTable, type RpcTable } from './rpc/table';
import { loadKeytar, probeKeychain, type KeychainModule, type KeychainStatus } from './secrets/keychain';
import { createConfBackend, SettingsService, type SettingsBackend } from './settings/settings-store';

export interface CoreOptions {
  /** Where Veil keeps its files; created 0700 if missing. */
  dataDir: string;
  host: AppStatus['host'];
  logger?: Logger;
  /** electron-store in the app; defaults to conf in dataDir. */
  settingsBackend?: SettingsBackend;
  /** keytar built for the running ABI; defaults to node_modules/keytar. */
  loadKeychain?: () => KeychainModule;
}

export interface Core {
  readonly rpc: RpcTable;
  readonly settings: SettingsService;
  readonly log: Logger;
  close(): Promise<void>;
}

export async function createCore(options: CoreOptions): Promise<Core> {
  const { dataDir, host } = options;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  const log = options.logger ?? new Logger([stderrSink], 'info');
  const settings = new SettingsService(options.settingsBackend ?? createConfBackend(dataDir, (aside) => log.warn(`settings file was invalid; kept it as ${aside} and started from defaults`)));
  const loadKeychain = options.loadKeychain ?? loadKeytar;
  let keychain: Promise<KeychainStatus> | undefined;
  const keychainStatus = () => (keychain ??= probeKeychain(loadKeychain));

  const handlers: Handlers<typeof contract> = {
    ...appHandlers({ dataDir, host, settings, keychainStatus }),
  };

  return {
    rpc: createRpcTable(contract, handlers, log.child('rpc')),
    settings,
    log,
    async close() {
      // Services with resources (vault, timers) close here as they are added.
    },
  };
}
