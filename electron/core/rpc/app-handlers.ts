// Handlers of the app frame's channels (app.*, settings.*).
import type { AppStatus, Contract } from '../../../shared/contract/channels/index';
import type { KeychainStatus } from '../secrets/keychain';
import type { SettingsService } from '../settings/settings-store';
import { VERSION } from '../version';
import type { DomainHandlers } from './handlers';

export interface AppHandlerDeps {
  dataDir: string;
  host: AppStatus['host'];
  settings: SettingsService;
  keychainStatus(): Promise<KeychainStatus>;
}

export function appHandlers(deps: AppHandlerDeps): DomainHandlers<Contract, 'app'> & DomainHandlers<Contract, 'settings'> {
  return {
    'app.status': async () => ({
      version: VERSION,
      dataDir: deps.dataDir,
      platform: process.platform,
      host: deps.host,
      keychain: await deps.keychainStatus(),
    }),
    'app.echo': ({ text }) => ({ text }),
    'app.ticks': async ({ count, intervalMs }, emit, { signal }) => {
      for (let n = 1; n <= count && !signal.aborted; n++) {
        if (intervalMs > 0) await new Promise((r) => setTimeout(r, intervalMs));
        emit({ n });
      }
    },
    'settings.get': () => deps.settings.get(),
    'settings.update': (patch) => deps.settings.update(patch),
  };
}
