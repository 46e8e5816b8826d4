// Public API of the provider layer, for the send pipeline and the egress gate.
export * from './adapters';
export * from './error-codes';
export * from './preview-provider';
export * from './request-headers';
export * from './retry-policy';
export * from './stream-chat';
export * from './transport';
export * from './types';
export { buildAnthropicRequest, parseAnthropicStream, ANTHROPIC_DEFAULT_MAX_TOKENS } from './anthropic-adapter';
export { buildOllamaRequest, parseOllamaStream } from './ollama-adapter';
export { buildOpenAiRequest, parseOpenAiStream } from './openai-adapter';
export { parseRetryAfter, sanitizeProviderText, summarizeErrorBody } from './http-errors';
