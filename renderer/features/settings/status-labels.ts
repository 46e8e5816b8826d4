// Words for the values of app.status, so that the About section and the sidebar status line say
// the same thing.
import type { AppStatus } from '../../../shared/contract/channels/app';
import type { StatusTone } from '../../ui/StatusBadge';

export function hostLabel(host: AppStatus['host']): string {
  switch (host) {
    case 'electron':
      return 'Desktop app (Electron)';
    case 'preview':
      return 'Browser preview';
    case 'test':
      return 'Test harness';
  }
}

const PLATFORMS: Readonly<Record<string, string>> = { linux: 'Linux', darwin: 'macOS', win32: 'Windows', freebsd: 'FreeBSD' };

export function platformLabel(platform: string): string {
  return PLATFORMS[platform] ?? platform;
}

export function keychainTone(keychain: AppStatus['keychain']): StatusTone {
  return keychain.available ? 'ok' : 'warn';
}

export function keychainWord(keychain: AppStatus['keychain']): string {
  return keychain.available ? 'available' : 'unavailable';
}
