// Which providers the composer offers and what it picks by default: the conversation's provider,
// else the one last used, else Preview (sends nothing). The custom endpoint needs its URL set up
// first, so it is not offered here.
import { DEFAULT_PROVIDER_ID, findProvider, PROVIDER_CATALOG, type ProviderEntry } from '../../../shared/providers/index';

export const PICKABLE_PROVIDERS: readonly ProviderEntry[] = PROVIDER_CATALOG.filter((p) => p.baseUrl !== null || p.apiStyle === 'preview');

export interface ProviderChoice {
  providerId: string;
  model: string;
}

export function defaultModelOf(p: ProviderEntry): string {
  return p.defaultModel ?? p.models[0]?.id ?? '';
}

export function initialChoice(conversationProvider: string | null, conversationModel: string | null, lastProviderId: string | null): ProviderChoice {
  const provider =
    [conversationProvider, lastProviderId].map((id) => (id ? findProvider(id) : undefined)).find((p) => p && PICKABLE_PROVIDERS.includes(p)) ??
    findProvider(DEFAULT_PROVIDER_ID)!;
  const model = conversationProvider === provider.id && conversationModel ? conversationModel : defaultModelOf(provider);
  return { providerId: provider.id, model };
}
