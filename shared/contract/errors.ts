// The error shape that crosses the RPC boundary: a stable code and a user-safe message.
// The core's VeilError serialises to this; nothing else (stack, cause) ever crosses.
import { z } from 'zod';

export const ErrorCodes = [
  'RPC_UNKNOWN_CHANNEL',
  'RPC_INVALID_INPUT',
  'RPC_INVALID_OUTPUT',
  'RPC_CANCELLED',
  'INTERNAL',
  'SETTINGS_INVALID',
  'KEYCHAIN_UNAVAILABLE',
  'VAULT_LOCKED',
  'VAULT_KEY_MISMATCH',
  'VAULT_CORRUPT',
  'VAULT_DISK_FULL',
  'NOT_FOUND',
] as const;

/** Codes are open-ended (later modules add theirs) but always UPPER_SNAKE. */
export const ErrorCodeSchema = z.string().regex(/^[A-Z][A-Z0-9_]*$/);

export const WireErrorSchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  /** Optional structured, user-safe details (e.g. which input fields were invalid). */
  details: z.record(z.string(), z.unknown()).optional(),
});
export type WireError = z.infer<typeof WireErrorSchema>;
