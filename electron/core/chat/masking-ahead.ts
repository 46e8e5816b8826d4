// Masking a turn ahead of its atomic step, in the masking worker pool (mask-pool.ts), while other
// sends or streams keep the main thread busy. The plan comes with the context it was made from;
// the store uses it only if the conversation is still the same (sameTurnContext in chat-store.ts).
import type { EntityType } from '../../../shared/masking';
import type { Settings } from '../../../shared/contract/settings';
import type { Logger } from '../log/logger';
import type { ChatStore, TurnContext, TurnPlan } from './chat-store';
import { maskingSettingsOf, maskWorkerFile, MaskPool } from './mask-pool';
import type { PlannedTurn } from './turn-plan';

/** A turn planned in a masking worker, with the context it was planned from. */
export interface Ahead {
  ctx: TurnContext;
  plan: TurnPlan<PlannedTurn>;
}

/**
 * Below this much text (prompt + system prompt) masking costs less than a worker round trip
 * (≈ 0.1 ms for a 2 KB prompt against ≈ 0.1–0.3 ms of hand-off and wake-ups), so it stays inline.
 */
export const MIN_WORKER_CHARS = 16_384;

export class MaskingAhead {
  private readonly pool: MaskPool | null;

  /** `workers` 0, or no worker file next to the module (a bundle without it): no pool, nothing ahead. */
  constructor(workers: number, log?: Logger) {
    const file = workers > 0 ? maskWorkerFile() : null;
    this.pool = file ? new MaskPool(file, workers, log) : null;
  }

  /**
   * Reads the conversation as it is now and posts its turn to a worker; resolves once the job is
   * posted, with the plan to come (null: mask in the atomic step). Alone, a send gains nothing from
   * a worker (the round trip only adds latency), so without others in flight, or for a short text,
   * nothing is posted.
   */
  async start(store: ChatStore, conversationId: string, text: string, settings: Settings, forced: readonly EntityType[], othersInFlight: boolean): Promise<{ plan: Promise<Ahead | null> }> {
    const pool = this.pool;
    if (!pool || !othersInFlight) return { plan: Promise.resolve(null) };
    const ctx = await store.readContext(conversationId);
    if (text.length + (ctx.conversation.systemPrompt?.length ?? 0) < MIN_WORKER_CHARS) return { plan: Promise.resolve(null) };
    const planned = pool.plan(ctx, text, maskingSettingsOf(settings), forced);
    // Wrapped: awaiting a bare promise here would wait for the plan itself.
    return { plan: planned.then((plan) => (plan ? { ctx, plan } : null)) };
  }

  /** Starts the workers now; false when masking stays on the main thread. */
  warm(): Promise<boolean> {
    return this.pool ? this.pool.warm() : Promise.resolve(false);
  }

  close(): void {
    this.pool?.close();
  }
}
