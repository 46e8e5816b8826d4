// VeilError: the one error type of the Node side. A stable code, a user-safe message (scrubbed),
// and an optional cause that stays on the Node side (it never crosses RPC).
import type { WireError } from '../../../shared/contract/errors';
import { scrub } from '../log/scrub';

export class VeilError extends Error {
  readonly code: string;
  readonly details?: Record<string, unknown>;

  constructor(code: string, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(scrub(message), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'VeilError';
    this.code = code;
    if (options.details) this.details = options.details;
  }

  toWire(): WireError {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

/** Turns anything thrown into a VeilError; unknown errors become INTERNAL with a generic message. */
export function toVeilError(err: unknown): VeilError {
  if (err instanceof VeilError) return err;
  return new VeilError('INTERNAL', 'Something went wrong inside Veil. Nothing was lost; please try again.', { cause: err });
}
