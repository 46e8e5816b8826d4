import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { request, stream } from '../../../../shared/contract/channel';
import { contract } from '../../../../shared/contract/channels/index';
import { VeilError } from '../../../../electron/core/errors/veil-error';
import { memoryLogger } from '../../../../electron/core/log/logger';
import type { Handlers } from '../../../../electron/core/rpc/handlers';
import { createRpcTable } from '../../../../electron/core/rpc/table';

const demo = {
  'demo.add': request(z.object({ a: z.number(), b: z.number() }).strict(), z.object({ sum: z.number() })),
  'demo.broken': request(z.object({}), z.object({ n: z.number() })),
  'demo.fail': request(z.object({}), z.object({})),
  'demo.crash': request(z.object({}), z.object({})),
  'demo.count': stream(z.object({ to: z.number().int().max(100) }), z.object({ i: z.number() })),
} as const;

function table() {
  const { logger, lines } = memoryLogger();
  const handlers: Handlers<typeof demo> = {
    'demo.add': ({ a, b }) => ({ sum: a + b }),
    // Returns the wrong shape on purpose: output validation must catch it.
    'demo.broken': () => ({ n: 'nope' }) as unknown as { n: number },
    'demo.fail': () => {
      throw new VeilError('NOT_FOUND', 'That conversation does not exist.');
    },
    'demo.crash': () => {
      throw new Error('boom with sk-live-canary-ABCDEFGHIJKLMNOPQRSTUV inside');
    },
    'demo.count': async ({ to }, emit, { signal }) => {
      for (let i = 1; i <= to && !signal.aborted; i++) {
        emit({ i });
        await new Promise((r) => setTimeout(r, 1));
      }
    },
  };
  return { rpc: createRpcTable(demo, handlers, logger), lines };
}

describe('rpc table', () => {
  it('validates input and returns the handler output', async () => {
    expect(await table().rpc.call('demo.add', { a: 2, b: 3 })).toEqual({ ok: true, output: { sum: 5 } });
  });

  it('rejects invalid input with a structured, user-safe error naming the fields', async () => {
    const r = await table().rpc.call('demo.add', { a: 'two', b: 3, extra: true });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('RPC_INVALID_INPUT');
    expect(r.error.message).toContain('demo.add');
    const issues = (r.error.details as { issues: Array<{ path: string }> }).issues;
    expect(issues.map((i) => i.path)).toContain('a');
  });

  it.each([undefined, null, 42, 'text', [1, 2]])('rejects non-object input %j without crashing', async (input) => {
    const r = await table().rpc.call('demo.add', input);
    expect(r).toMatchObject({ ok: false, error: { code: 'RPC_INVALID_INPUT' } });
  });

  it('rejects unknown and prototype channels', async () => {
    for (const ch of ['demo.nope', '__proto__', 'constructor', 'toString']) {
      expect(await table().rpc.call(ch, {})).toMatchObject({ ok: false, error: { code: 'RPC_UNKNOWN_CHANNEL' } });
    }
  });

  it('refuses a stream channel called as a request and vice versa', async () => {
    const t = table().rpc;
    expect(await t.call('demo.count', { to: 1 })).toMatchObject({ ok: false, error: { code: 'RPC_UNKNOWN_CHANNEL' } });
    const err = await t.subscribe('demo.add', { a: 1, b: 1 }, () => undefined, new AbortController().signal);
    expect(err?.code).toBe('RPC_UNKNOWN_CHANNEL');
  });

  it('passes VeilErrors through and hides unexpected errors behind INTERNAL, scrubbed in the log', async () => {
    const { rpc, lines } = table();
    expect(await rpc.call('demo.fail', {})).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'That conversation does not exist.' } });
    const crash = await rpc.call('demo.crash', {});
    expect(crash).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(crash)).not.toContain('boom');
    expect(lines.join('\n')).toContain('boom');
    expect(lines.join('\n')).not.toContain('canary-ABCDEFGHIJKLMNOPQRSTUV');
  });

  it('validates handler output', async () => {
    expect(await table().rpc.call('demo.broken', {})).toMatchObject({ ok: false, error: { code: 'RPC_INVALID_OUTPUT' } });
  });

  it('streams events, ends with null, and reports cancellation', async () => {
    const t = table().rpc;
    const got: unknown[] = [];
    expect(await t.subscribe('demo.count', { to: 3 }, (e) => got.push(e), new AbortController().signal)).toBeNull();
    expect(got).toEqual([{ i: 1 }, { i: 2 }, { i: 3 }]);

    const ac = new AbortController();
    const seen: unknown[] = [];
    const done = t.subscribe('demo.count', { to: 100 }, (e) => {
      seen.push(e);
      if (seen.length === 2) ac.abort();
    }, ac.signal);
    expect((await done)?.code).toBe('RPC_CANCELLED');
    expect(seen).toHaveLength(2);
  });

  it('validates stream input', async () => {
    const err = await table().rpc.subscribe('demo.count', { to: 1000 }, () => undefined, new AbortController().signal);
    expect(err?.code).toBe('RPC_INVALID_INPUT');
  });
});

describe('handler table typing', () => {
  it('makes a declared channel without a handler a compile error', () => {
    const { logger } = memoryLogger();
    // tsc (part of npm test) fails if this line stops being an error.
    // @ts-expect-error 'demo.count' and others are missing
    const partial: Handlers<typeof demo> = { 'demo.add': ({ a, b }) => ({ sum: a + b }) };
    expect(() => createRpcTable(demo, partial, logger)).not.toThrow();
    expect(Object.keys(contract)).toContain('app.status');
  });
});
