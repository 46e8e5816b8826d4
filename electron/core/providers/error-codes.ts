// Stable error codes of the provider layer (VeilError.code). The UI keys its advice on these;
// never rename one, only add.
export const ProviderErrorCode = {
  /** HTTP 401/403: the key is wrong, revoked or lacks access. */
  KEY_REJECTED: 'PROVIDER_KEY_REJECTED',
  /** HTTP 429 (details.retryAfterSeconds when the provider said). */
  RATE_LIMITED: 'PROVIDER_RATE_LIMITED',
  /** HTTP 5xx, or an error event inside the stream. */
  PROVIDER_ERROR: 'PROVIDER_ERROR',
  /** Other HTTP 4xx: bad model name, context too long, insufficient balance... */
  REQUEST_REJECTED: 'PROVIDER_REQUEST_REJECTED',
  /** The stream could not be parsed, or ended before the provider's end marker. */
  BAD_STREAM: 'PROVIDER_BAD_STREAM',
  /** The provider has no base URL (custom endpoint not set up) or is not a network provider. */
  NOT_CONFIGURED: 'PROVIDER_NOT_CONFIGURED',
  NETWORK: 'NETWORK',
  TLS: 'TLS',
  /** details.phase: 'connect' | 'first-token' | 'idle'. */
  TIMEOUT: 'TIMEOUT',
  CANCELLED: 'CANCELLED',
} as const;

export type ProviderErrorCodeValue = (typeof ProviderErrorCode)[keyof typeof ProviderErrorCode];
