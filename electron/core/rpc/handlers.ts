// Handler types derived from the contract. `Handlers<Contract>` is a mapped type over every
// declared channel, so a channel without a handler is a compile error in createCore.
import type { z } from 'zod';
import type { ChannelMap, RequestChannel, StreamChannel } from '../../../shared/contract/channel';

export interface CallContext {
  /** Aborted when the caller cancels a stream or the connection closes. */
  signal: AbortSignal;
}

export type RequestHandler<C extends RequestChannel> = (
  input: z.output<C['input']>,
  ctx: CallContext,
) => Promise<z.input<C['output']>> | z.input<C['output']>;

export type StreamHandler<C extends StreamChannel> = (
  input: z.output<C['input']>,
  emit: (event: z.input<C['event']>) => void,
  ctx: CallContext,
) => Promise<void>;

export type HandlerOf<C> = C extends RequestChannel ? RequestHandler<C> : C extends StreamChannel ? StreamHandler<C> : never;

export type Handlers<C extends ChannelMap> = { [K in keyof C]: HandlerOf<C[K]> };

/** The handlers for the subset of channels whose names start with `${D}.`. */
export type DomainHandlers<C extends ChannelMap, D extends string> = {
  [K in keyof C as K extends `${D}.${string}` ? K : never]: HandlerOf<C[K]>;
};
