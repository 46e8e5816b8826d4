// createCore: the composition root of the Node side. It wires the services and returns them with
// the RPC table. Runs under plain Node; Electron-only capabilities arrive as options from main.ts.
import { chmodSync, mkdirSync } from 'node:fs';
import { contract, type AppStatus } from '../../shared/contract/channels/index';
import type { Settings } from '../../shared/contract/settings';
import type { EgressPolicy, NetworkSettings } from '../../shared/egress/network-settings';
import { ChatService, ProviderDirectory, type ChatServiceOptions } from './chat/index';
import { chatEgressFor, createEgressGate, undiciEgressTransport, type EgressGate, type EgressTransport } from './egress/index';
import { LedgerStore } from './ledger/ledger-store';
import { Logger, stderrSink } from './log/logger';
import { appHandlers } from './rpc/app-handlers';
import { filesHandlers, type FileDialogs } from './rpc/files-handlers';
import { chatHandlers } from './rpc/chat-handlers';
import { exportHandlers } from './rpc/export-handlers';
import { ledgerHandlers } from './rpc/ledger-handlers';
import { vaultHandlers } from './rpc/vault-handlers';
import type { Handlers } from './rpc/handlers';
import { createRpcTable, type RpcTable } from './rpc/table';
import { loadKeytar, probeKeychain, type KeychainModule, type KeychainStatus } from './secrets/keychain';
import { createConfBackend, SettingsService, type SettingsBackend } from './settings/settings-store';
import { VaultDomain } from './vault/vault-domain';

export interface CoreOptions {
  /** Native save/open dialogs (the desktop app); without them files.* answers `available: false`. */
  dialogs?: FileDialogs;
  /** Where Veil keeps its files; created 0700 if missing. */
  dataDir: string;
  host: AppStatus['host'];
  logger?: Logger;
  /** electron-store in the app; defaults to conf in dataDir. */
  settingsBackend?: SettingsBackend;
  /** keytar built for the running ABI; defaults to node_modules/keytar. */
  loadKeychain?: () => KeychainModule;
  /** keytar service name; defaults to "Veil" (tests pass a unique one). */
  keychainService?: string;
  /** Path to better_sqlite3.node built for the running ABI (main.ts passes the Electron build). */
  sqliteNativeBinding?: string;
  /** Send pipeline parts (tests may replace the egress port), policy, timeouts. */
  chat?: Partial<Pick<ChatServiceOptions, 'egress' | 'policy' | 'providers' | 'stream' | 'flushIntervalMs' | 'forcedMaskingTypes'>>;
  /**
   * The egress gate: its transport (main.ts may pass a net.fetch one; default undici), managed policy,
   * and network settings (default: the user's settings). chat.send always goes through it.
   */
  egress?: { transport?: EgressTransport; policy?: () => EgressPolicy | null; network?: () => NetworkSettings };
}

export interface Core {
  readonly rpc: RpcTable;
  readonly settings: SettingsService;
  readonly log: Logger;
  /** The send pipeline (chat.send); its provider directory takes the custom endpoints. */
  readonly chat: ChatService;
  /** The one gate for outbound requests, and the transparency ledger it writes. */
  readonly egress: EgressGate;
  readonly ledger: LedgerStore;
  /** Keys, lock state, the encrypted vault and provider API keys; opened on first use. */
  storage(): Promise<VaultDomain>;
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

  const settingsBackend = options.settingsBackend;
  let storage: Promise<VaultDomain> | undefined;
  const storageDomain = () =>
    (storage ??= VaultDomain.open({
      dataDir,
      loadKeychain,
      log: log.child('vault'),
      autoLockMinutes: settings.get().autoLockMinutes,
      ...(settingsBackend ? { settingsFiles: [settingsBackend.path] } : { settingsFiles: ['settings.json'] }),
      ...(options.keychainService ? { keychainService: options.keychainService } : {}),
      ...(options.sqliteNativeBinding ? { nativeBinding: options.sqliteNativeBinding } : {}),
    }).catch((err: unknown) => {
      storage = undefined; // a later call retries (e.g. after the keyring was unlocked)
      throw err;
    }));

  const ledger = new LedgerStore({
    db: async () => (await storageDomain()).vault.use((o) => o.db),
    audit: (kind, detail) => void storageDomain().then((d) => d.vault.audit(kind, detail)),
  });
  // One provider directory for the gate's allowlist and the pipeline (custom endpoints included).
  const providers = options.chat?.providers ?? new ProviderDirectory();
  // The user's custom endpoints feed the directory now and after every save that touches them, so
  // the picker, the pipeline and the gate's allowlist follow the settings (a removed one is blocked).
  const applyEndpoints = (list: Settings['customEndpoints']) => {
    try {
      providers.setCustomEndpoints(list);
    } catch (err) {
      log.warn('custom endpoints in the settings file are not valid; none are active', err);
      providers.setCustomEndpoints([]);
    }
  };
  applyEndpoints(settings.get().customEndpoints);
  settings.onChange((next, changed) => {
    if (changed.has('customEndpoints')) applyEndpoints(next.customEndpoints);
    // However the setting changes (vault.setAutoLock or a plain settings.update), the lock follows.
    if (changed.has('autoLockMinutes') && storage) void storage.then((d) => d.secrets.setAutoLockMinutes(next.autoLockMinutes), () => undefined);
  });
  const configured = (id: string) => {
    try {
      return providers.get(id);
    } catch {
      return undefined;
    }
  };
  const egress = createEgressGate({
    configuredProvider: configured,
    settings: options.egress?.network ?? (() => settings.get().network),
    ...(options.egress?.policy ? { policy: options.egress.policy } : {}),
    ledger,
    transport: options.egress?.transport ?? undiciEgressTransport(),
    log: log.child('egress'),
  });
  const chat = new ChatService({
    storage: storageDomain,
    settings,
    log: log.child('chat'),
    egress: options.chat?.egress ?? chatEgressFor(egress, (id) => configured(id)?.displayName ?? id),
    ...options.chat,
    providers,
  });

  const handlers: Handlers<typeof contract> = {
    ...appHandlers({ dataDir, host, settings, keychainStatus }),
    ...chatHandlers({ chat }),
    ...ledgerHandlers({ ledger, touch: async () => (await storageDomain()).secrets.touch() }),
    ...vaultHandlers({ domain: storageDomain, settings, onWiped: () => ledger.forgetEphemeral() }),
    ...exportHandlers({ domain: storageDomain }),
    ...filesHandlers(options.dialogs),
  };

  return {
    rpc: createRpcTable(contract, handlers, log.child('rpc')),
    settings,
    log,
    chat,
    egress,
    ledger,
    storage: storageDomain,
    async close() {
      // Services with resources (vault, timers) close here as they are added.
      chat.close();
      await egress.close();
      if (storage) await storage.then((d) => d.close(), () => undefined);
    },
  };
}
