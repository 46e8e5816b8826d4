// Picks the wire adapter for a provider's API style. Preview has none: it never sends.
import { VeilError } from '../errors/veil-error';
import type { ApiStyle } from '../../../shared/providers';
import { anthropicAdapter } from './anthropic-adapter';
import { ProviderErrorCode } from './error-codes';
import { ollamaAdapter } from './ollama-adapter';
import { openAiAdapter } from './openai-adapter';
import type { ProviderAdapter } from './types';

export function adapterFor(style: ApiStyle): ProviderAdapter {
  switch (style) {
    case 'openai':
      return openAiAdapter;
    case 'anthropic':
      return anthropicAdapter;
    case 'ollama':
      return ollamaAdapter;
    case 'preview':
      throw new VeilError(ProviderErrorCode.NOT_CONFIGURED, 'The Preview provider sends nothing; use previewReply instead of a network adapter.');
  }
}
