// How a channel is declared: once, with zod schemas. Two kinds: request/response, and event
// streams (e.g. streamed chat tokens). Everything else (window.veil, the core's handler table,
// the typed renderer client) is derived from these declarations.
import type { z } from 'zod';

export interface RequestChannel<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly kind: 'request';
  readonly input: I;
  readonly output: O;
}

export interface StreamChannel<I extends z.ZodType = z.ZodType, E extends z.ZodType = z.ZodType> {
  readonly kind: 'stream';
  readonly input: I;
  readonly event: E;
}

export type Channel = RequestChannel | StreamChannel;
export type ChannelMap = Readonly<Record<string, Channel>>;

export const request = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): RequestChannel<I, O> => ({
  kind: 'request',
  input,
  output,
});

export const stream = <I extends z.ZodType, E extends z.ZodType>(input: I, event: E): StreamChannel<I, E> => ({
  kind: 'stream',
  input,
  event,
});
