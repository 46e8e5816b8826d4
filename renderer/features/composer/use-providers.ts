// The providers the user can pick right now: the catalog plus the custom endpoints in settings,
// rebuilt only when that list changes.
import { useMemo } from 'react';
import type { CustomEndpointConfig, ProviderEntry } from '../../../shared/providers/index';
import { useSettings } from '../../state/stores';
import { pickableProviders } from './provider-choice';

const NONE: readonly CustomEndpointConfig[] = [];

export function usePickableProviders(): readonly ProviderEntry[] {
  const custom = useSettings((s) => s.settings?.customEndpoints ?? NONE);
  return useMemo(() => pickableProviders(custom), [custom]);
}
