// The wire messages shared by the Electron IPC transport and the preview's WebSocket bridge.
// Documented in the README ("Bridge protocol") so that a script can drive Veil headlessly.
import { z } from 'zod';
import { WireErrorSchema } from './errors';

const Id = z.number().int().nonnegative();

export const ClientMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('request'), id: Id, channel: z.string(), input: z.unknown() }),
  z.object({ type: z.literal('subscribe'), id: Id, channel: z.string(), input: z.unknown() }),
  z.object({ type: z.literal('cancel'), id: Id }),
]);
export type ClientMessage = z.infer<typeof ClientMessageSchema>;

/** Server messages are produced only by the core (electron/core/rpc/session.ts); not validated on receipt. */
export type ServerMessage =
  | { type: 'response'; id: number; ok: true; output: unknown }
  | { type: 'response'; id: number; ok: false; error: z.infer<typeof WireErrorSchema> }
  | { type: 'event'; id: number; event: unknown }
  | { type: 'end'; id: number }
  | { type: 'error'; id: number; error: z.infer<typeof WireErrorSchema> };
