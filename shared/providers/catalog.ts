// The built-in provider catalog, in the order the UI lists them. Preview comes first because it
// is the first-run default: it sends nothing.
import { anthropic } from './entries/anthropic';
import { custom } from './entries/custom';
import { deepseek } from './entries/deepseek';
import { gemini } from './entries/gemini';
import { groq } from './entries/groq';
import { lmStudio } from './entries/lm-studio';
import { mistral } from './entries/mistral';
import { ollama } from './entries/ollama';
import { openai } from './entries/openai';
import { openrouter } from './entries/openrouter';
import { preview } from './entries/preview';
import type { ProviderEntry } from './provider-schema';

export const PROVIDER_CATALOG: readonly ProviderEntry[] = [
  preview,
  deepseek,
  openai,
  anthropic,
  mistral,
  groq,
  openrouter,
  gemini,
  ollama,
  lmStudio,
  custom,
];

export const DEFAULT_PROVIDER_ID = preview.id;

/** Looks up a built-in entry by id; custom endpoints are resolved from settings instead. */
export function findProvider(id: string): ProviderEntry | undefined {
  return PROVIDER_CATALOG.find((p) => p.id === id);
}
