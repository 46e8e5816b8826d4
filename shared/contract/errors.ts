// The error shape that crosses the RPC boundary: a stable code and a user-safe message.
// The core's VeilError serialises to this; nothing else (stack, cause) ever crosses.
import { z } from 'zod';

/** Codes are open-ended (each module adds its own, documented with it) but always UPPER_SNAKE. */
export const ErrorCodeSchema = z.string().regex(/^[A-Z][A-Z0-9_]*$/);

export const WireErrorSchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  /** Optional structured, user-safe details (e.g. which input fields were invalid). */
  details: z.record(z.string(), z.unknown()).optional(),
});
export type WireError = z.infer<typeof WireErrorSchema>;
