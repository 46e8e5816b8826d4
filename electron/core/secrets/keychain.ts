// The OS keychain seen through keytar (service "Veil"). The module is loaded lazily and can be
// injected: main.ts passes the copy built for Electron's ABI, plain Node uses node_modules.
import { createRequire } from 'node:module';

export const KEYCHAIN_SERVICE = 'Veil';

/** The keytar API surface Veil uses. */
export interface KeychainModule {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
  findCredentials(service: string): Promise<Array<{ account: string; password: string }>>;
}

export interface KeychainStatus {
  available: boolean;
  backend: string;
  detail?: string;
}

export function loadKeytar(): KeychainModule {
  const require = createRequire(import.meta.url);
  return require('keytar') as KeychainModule;
}

function backendName(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'macOS Keychain';
  if (platform === 'win32') return 'Windows Credential Manager';
  return 'Secret Service (libsecret)';
}

/**
 * Asks the keychain for a harmless lookup. Unavailable when keytar cannot load, no Secret Service
 * answers, or it does not answer within `timeoutMs` (a locked keyring may wait on a prompt).
 */
export async function probeKeychain(load: () => KeychainModule = loadKeytar, timeoutMs = 3000): Promise<KeychainStatus> {
  const backend = backendName(process.platform);
  let timer: NodeJS.Timeout | undefined;
  try {
    const keytar = load();
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the keychain did not answer in time')), timeoutMs);
    });
    await Promise.race([keytar.getPassword(KEYCHAIN_SERVICE, 'probe'), timeout]);
    return { available: true, backend };
  } catch (err) {
    const detail = err instanceof Error ? err.message.split('\n')[0]?.slice(0, 200) : 'unknown error';
    return { available: false, backend, ...(detail ? { detail } : {}) };
  } finally {
    clearTimeout(timer);
  }
}
