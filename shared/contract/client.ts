// Builds the `window.veil` object from the contract over any transport. The preload uses it with
// Electron IPC, the preview bridge with a WebSocket: both expose exactly the same shape.
// Failures reject with a plain WireError object ({ code, message }) because Error subclasses lose
// their custom fields when crossing Electron's contextBridge.
import type { z } from 'zod';
import type { ChannelMap, RequestChannel, StreamChannel } from './channel';
import type { Contract } from './channels/index';
import type { WireError } from './errors';

export interface StreamHandle {
  /** Stops the stream; `done` then rejects with code RPC_CANCELLED. */
  cancel(): void;
  /** Resolves when the stream ends normally; rejects with a WireError otherwise. */
  done: Promise<void>;
}

export interface Transport {
  invoke(channel: string, input: unknown): Promise<unknown>;
  subscribe(channel: string, input: unknown, onEvent: (event: unknown) => void): StreamHandle;
}

type Method<C> =
  C extends RequestChannel<infer I, infer O>
    ? (input: z.input<I>) => Promise<z.output<O>>
    : C extends StreamChannel<infer I, infer E>
      ? (input: z.input<I>, onEvent: (event: z.output<E>) => void) => StreamHandle
      : never;

type Domain<K> = K extends `${infer D}.${string}` ? D : never;
type MethodName<K, D extends string> = K extends `${D}.${infer M}` ? M : never;

/** The typed API: `veil.app.status({})`, `veil.app.ticks({...}, onEvent)`, ... */
export type ApiOf<C extends ChannelMap> = {
  readonly [D in Domain<keyof C & string>]: {
    readonly [M in MethodName<keyof C & string, D>]: Method<C[`${D}.${M}`]>;
  };
};

export type VeilApi = ApiOf<Contract>;

export function buildApi<C extends ChannelMap>(contract: C, transport: Transport): ApiOf<C> {
  const api: Record<string, Record<string, unknown>> = {};
  for (const [name, channel] of Object.entries(contract)) {
    const dot = name.indexOf('.');
    const domain = name.slice(0, dot);
    const method = name.slice(dot + 1);
    const group = (api[domain] ??= {});
    group[method] =
      channel.kind === 'request'
        ? (input: unknown) => transport.invoke(name, input)
        : (input: unknown, onEvent: (e: unknown) => void) => transport.subscribe(name, input, onEvent);
  }
  for (const group of Object.values(api)) Object.freeze(group);
  return Object.freeze(api) as ApiOf<C>;
}

export function isWireError(value: unknown): value is WireError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}
