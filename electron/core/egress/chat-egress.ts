// The egress gate as the send pipeline sees it (core/chat's ChatEgress port): every transport call
// of the stream driver is one gated request with its own ledger entry (retries included), closed
// with the driver's view of that attempt; token usage lands on the last attempt's entry.
// `prepare` lets the pipeline record the first request inside the turn's own commit.
import type { ChatEgress, EgressContext, EgressExchange } from '../chat/egress-port';
import type { EgressGate, RecordedRequest } from './egress-gate';
import type { EgressMeta } from './types';

/** `displayName` turns a provider id into the name limit messages use. */
export function chatEgressFor(gate: EgressGate, displayName: (providerId: string) => string = (id) => id): ChatEgress {
  const metaFor = (ctx: EgressContext, attempt: number): EgressMeta => ({
    provider: ctx.provider,
    model: ctx.model,
    conversationId: ctx.conversationId,
    ephemeral: ctx.ephemeral,
    userMessageId: ctx.userMessageId,
    assistantMessageId: ctx.assistantMessageId,
    attempt,
    maskedCounts: ctx.maskedCounts,
  });

  /** The exchange; `first` is the already recorded first request (its transport call only sends). */
  const exchange = (ctx: EgressContext, first?: RecordedRequest): EgressExchange => {
    const ids: string[] = [];
    // Closing writes of this exchange's entries (they never reject: the gate logs its failures).
    const closing: Array<Promise<void>> = [];
    const onLedgerId = (id: string) => ids.push(id);
    return {
      transport: (request, signal) =>
        first && ids.length === 0 ? gate.transmit(first, { signal, onLedgerId }) : gate.send(request, metaFor(ctx, ids.length + 1), { signal, onLedgerId }),
      onAttemptEnd: (a) => {
        const id = ids[a.attempt - 1];
        if (!id) return;
        closing.push(gate.finish(id, {
          outcome: a.outcome === 'retrying' ? 'error' : a.outcome,
          ...(a.status !== undefined ? { status: a.status } : {}),
          ...(a.errorCode !== undefined ? { errorCode: a.errorCode } : {}),
          bytesReceived: a.bytesReceived,
          ...(a.firstTokenMs !== undefined ? { firstTokenMs: a.firstTokenMs } : {}),
        }));
      },
      close: async (result) => {
        const last = ids[ids.length - 1];
        if (last && result.usage) closing.push(gate.annotate(last, { inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens }));
        // A recorded first request that was never transmitted (the send failed before it) is closed too.
        if (first && ids.length === 0) closing.push(gate.finish(first.ledgerId, { outcome: result.outcome === 'cancelled' ? 'cancelled' : 'error', ...(result.error ? { errorCode: result.error.code } : {}) }));
        await Promise.all(closing);
      },
    };
  };

  return {
    checkLimits: (providerId) => gate.checkLimits({ id: providerId, displayName: displayName(providerId) }),
    open: (ctx) => exchange(ctx),
    async prepare(base) {
      const admission = await gate.admit({ id: base.provider.id, displayName: displayName(base.provider.id) });
      let recorded: { ctx: EgressContext; first: RecordedRequest } | undefined;
      return {
        record(turn, request, db) {
          const ctx: EgressContext = { ...base, ...turn };
          recorded = { ctx, first: gate.record(request, metaFor(ctx, 1), admission, db) };
        },
        exchange() {
          if (!recorded) throw new Error('chat egress: exchange() before record()');
          return exchange(recorded.ctx, recorded.first);
        },
      };
    },
  };
}
