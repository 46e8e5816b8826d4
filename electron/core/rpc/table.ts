// The RPC table: channel name -> validate input -> handler -> validate output. It never throws:
// every failure becomes a structured WireError (code + user-safe message).
import type { z } from 'zod';
import type { ChannelMap } from '../../../shared/contract/channel';
import type { WireError } from '../../../shared/contract/errors';
import { VeilError, toVeilError } from '../errors/veil-error';
import type { Logger } from '../log/logger';
import { scrub } from '../log/scrub';
import type { CallContext, Handlers } from './handlers';

export type RpcResult = { ok: true; output: unknown } | { ok: false; error: WireError };

export interface RpcTable {
  readonly channels: readonly string[];
  call(channel: string, input: unknown, signal?: AbortSignal): Promise<RpcResult>;
  /** Runs a stream; resolves with null when it ended normally, or the error that ended it. */
  subscribe(channel: string, input: unknown, emit: (event: unknown) => void, signal: AbortSignal): Promise<WireError | null>;
}

function invalidInput(channel: string, error: z.ZodError): VeilError {
  const issues = error.issues.slice(0, 10).map((i) => ({ path: i.path.join('.') || '(root)', message: scrub(i.message) }));
  const where = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  return new VeilError('RPC_INVALID_INPUT', `Invalid input for ${channel}: ${where}`, { details: { issues } });
}

export function createRpcTable<C extends ChannelMap>(contract: C, handlers: Handlers<C>, log: Logger): RpcTable {
  const lookup = (channel: string, kind: 'request' | 'stream') => {
    if (!Object.hasOwn(contract, channel)) throw new VeilError('RPC_UNKNOWN_CHANNEL', `Unknown channel: ${channel.slice(0, 100)}`);
    const def = contract[channel] as C[keyof C];
    if (def.kind !== kind) throw new VeilError('RPC_UNKNOWN_CHANNEL', `${channel} is a ${def.kind} channel, not a ${kind} channel`);
    return { def, handler: handlers[channel as keyof C] as unknown };
  };
  const fail = (channel: string, err: unknown): WireError => {
    const e = toVeilError(err);
    if (e.code === 'INTERNAL' || e.code === 'RPC_INVALID_OUTPUT') log.error(`rpc ${channel} failed`, err);
    return e.toWire();
  };

  return {
    channels: Object.keys(contract),

    async call(channel, input, signal = new AbortController().signal) {
      try {
        const { def, handler } = lookup(channel, 'request');
        if (def.kind !== 'request') throw new VeilError('INTERNAL', 'unreachable');
        const parsed = def.input.safeParse(input);
        if (!parsed.success) throw invalidInput(channel, parsed.error);
        const ctx: CallContext = { signal };
        const raw = await (handler as (i: unknown, c: CallContext) => unknown)(parsed.data, ctx);
        const out = def.output.safeParse(raw);
        if (!out.success) throw new VeilError('RPC_INVALID_OUTPUT', 'Veil produced an invalid answer; this is a bug.', { cause: out.error });
        return { ok: true, output: out.data };
      } catch (err) {
        return { ok: false, error: fail(channel, err) };
      }
    },

    async subscribe(channel, input, emit, signal) {
      try {
        const { def, handler } = lookup(channel, 'stream');
        if (def.kind !== 'stream') throw new VeilError('INTERNAL', 'unreachable');
        const parsed = def.input.safeParse(input);
        if (!parsed.success) throw invalidInput(channel, parsed.error);
        const checkedEmit = (event: unknown) => {
          if (signal.aborted) return;
          const ev = def.event.safeParse(event);
          if (!ev.success) throw new VeilError('RPC_INVALID_OUTPUT', 'Veil produced an invalid event; this is a bug.', { cause: ev.error });
          emit(ev.data);
        };
        await (handler as (i: unknown, e: (ev: unknown) => void, c: CallContext) => Promise<void>)(parsed.data, checkedEmit, { signal });
        return signal.aborted ? new VeilError('RPC_CANCELLED', 'Cancelled.').toWire() : null;
      } catch (err) {
        if (signal.aborted) return new VeilError('RPC_CANCELLED', 'Cancelled.').toWire();
        return fail(channel, err);
      }
    },
  };
}
