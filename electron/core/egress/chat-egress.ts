// The egress gate as the send pipeline sees it (core/chat's ChatEgress port): every transport call
// of the stream driver is one gated request with its own ledger entry (retries included), closed
// with the driver's view of that attempt; token usage lands on the last attempt's entry.
import type { ChatEgress } from '../chat/egress-port';
import type { EgressGate } from './egress-gate';

/** `displayName` turns a provider id into the name limit messages use. */
export function chatEgressFor(gate: EgressGate, displayName: (providerId: string) => string = (id) => id): ChatEgress {
  return {
    checkLimits: (providerId) => gate.checkLimits({ id: providerId, displayName: displayName(providerId) }),
    open(ctx) {
      const ids: string[] = [];
      // Closing writes of this exchange's entries (they never reject: the gate logs its failures).
      const closing: Array<Promise<void>> = [];
      return {
        transport: (request, signal) =>
          gate.send(
            request,
            {
              provider: ctx.provider,
              model: ctx.model,
              conversationId: ctx.conversationId,
              ephemeral: ctx.ephemeral,
              userMessageId: ctx.userMessageId,
              assistantMessageId: ctx.assistantMessageId,
              attempt: ids.length + 1,
              maskedCounts: ctx.maskedCounts,
            },
            { signal, onLedgerId: (id) => ids.push(id) },
          ),
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
          await Promise.all(closing);
        },
      };
    },
  };
}
