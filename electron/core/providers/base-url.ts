// Joins a provider base URL and an endpoint path, refusing providers that have no URL.
import { VeilError } from '../errors/veil-error';
import { ProviderErrorCode } from './error-codes';
import type { ProviderTarget } from './types';

export function endpointUrl(target: ProviderTarget, path: string): string {
  const base = target.provider.baseUrl;
  if (!base) {
    throw new VeilError(ProviderErrorCode.NOT_CONFIGURED, `${target.provider.displayName} has no server address; set one in Settings → Providers.`);
  }
  return `${base.replace(/\/+$/, '')}${path}`;
}
