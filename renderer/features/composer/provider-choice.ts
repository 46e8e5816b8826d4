// Which providers the composer offers and what it picks by default: the conversation's provider,
// else the one last used, else Preview (sends nothing). The catalog's "custom" template has no URL
// and is not offered; the user's own endpoints (Settings → Providers) are, after the built-ins.
import { customProviderEntry, DEFAULT_PROVIDER_ID, findProvider, PROVIDER_CATALOG, type CustomEndpointConfig, type ProviderEntry } from '../../../shared/providers/index';

export const PICKABLE_PROVIDERS: readonly ProviderEntry[] = PROVIDER_CATALOG.filter((p) => p.baseUrl !== null || p.apiStyle === 'preview');

/** The built-in providers plus the user's custom endpoints (an invalid stored one is left out). */
export function pickableProviders(custom: readonly CustomEndpointConfig[]): readonly ProviderEntry[] {
  if (custom.length === 0) return PICKABLE_PROVIDERS;
  const entries = custom.flatMap((e) => {
    try {
      return [customProviderEntry(e)];
    } catch {
      return [];
    }
  });
  return [...PICKABLE_PROVIDERS, ...entries];
}

export interface ProviderChoice {
  providerId: string;
  model: string;
}

export function defaultModelOf(p: ProviderEntry): string {
  return p.defaultModel ?? p.models[0]?.id ?? '';
}

export function initialChoice(
  conversationProvider: string | null,
  conversationModel: string | null,
  lastProviderId: string | null,
  providers: readonly ProviderEntry[] = PICKABLE_PROVIDERS,
): ProviderChoice {
  const provider =
    [conversationProvider, lastProviderId].map((id) => (id ? providers.find((p) => p.id === id) : undefined)).find((p) => p !== undefined) ??
    findProvider(DEFAULT_PROVIDER_ID)!;
  const model = conversationProvider === provider.id && conversationModel ? conversationModel : defaultModelOf(provider);
  return { providerId: provider.id, model };
}
