// Which providers the pipeline can send to: the built-in catalog plus the user's custom
// OpenAI-compatible endpoints (createCore feeds them from settings.customEndpoints at startup and
// on every save). The template entry "custom" itself has no URL and is not a send target.
import { customProviderEntry, findProvider, type CustomEndpoint, type ProviderEntry } from '../../../shared/providers';
import { VeilError } from '../errors/veil-error';

export class ProviderDirectory {
  private custom = new Map<string, ProviderEntry>();

  /** Replaces the custom endpoints (validated; a bad one throws before anything changes). */
  setCustomEndpoints(endpoints: readonly CustomEndpoint[]): void {
    const next = new Map<string, ProviderEntry>();
    for (const e of endpoints) {
      const entry = customProviderEntry(e);
      next.set(entry.id, entry);
    }
    this.custom = next;
  }

  get(id: string): ProviderEntry {
    const entry = this.custom.get(id) ?? (id === 'custom' ? undefined : findProvider(id));
    if (!entry) throw new VeilError('PROVIDER_UNKNOWN', `There is no provider called "${id.slice(0, 100)}". Pick one in the provider menu.`);
    return entry;
  }

  /** The model to use: the one asked for, else the conversation's, else the provider's default. */
  model(entry: ProviderEntry, ...candidates: Array<string | null | undefined>): string {
    const model = candidates.find((m): m is string => typeof m === 'string' && m.length > 0) ?? entry.defaultModel;
    if (!model) throw new VeilError('PROVIDER_MODEL_MISSING', `Choose a model for ${entry.displayName} first.`);
    if (!entry.freeformModels && !entry.models.some((m) => m.id === model)) {
      throw new VeilError('PROVIDER_MODEL_UNKNOWN', `${entry.displayName} has no model "${model.slice(0, 200)}".`);
    }
    return model;
  }
}
