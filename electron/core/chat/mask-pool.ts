// Worker threads that plan turns (mask + assemble the messages, turn-plan.ts) off the core's one
// main thread. Under load the main thread then keeps serving sockets, token events and vault
// commits while masking runs beside it. Never a second opinion: the pool's plan is used only when
// the store finds the conversation unchanged, and any failure answers null so the caller masks
// synchronously (the path without workers, or when the worker file is missing).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { MASKING_SETTING_KEYS, type MaskingSettings, type Settings } from '../../../shared/contract/settings';
import type { EntityType } from '../../../shared/masking';
import type { Logger } from '../log/logger';
import type { TurnContext, TurnPlan } from './chat-store';
import type { PlannedTurn } from './turn-plan';

export interface MaskJob {
  id: number;
  ctx: TurnContext;
  text: string;
  settings: MaskingSettings;
  forced: readonly EntityType[];
}

export type MaskReply = { id: number; plan: TurnPlan<PlannedTurn> } | { id: number; error: string } | { ready: true };

type Answer = (plan: TurnPlan<PlannedTurn> | null) => void;

interface Slot {
  worker: Worker;
  pending: Map<number, Answer>;
  /** The entry has loaded; until then jobs are masked on the main thread instead of waiting. */
  ready: boolean;
  /** Settles once the worker is ready (true) or gone (false). */
  started: Promise<boolean>;
  settle: (ok: boolean) => void;
}

/** The worker entry next to this module (mask-worker.cjs next to the built main.cjs, .ts under tsx/vitest); null when absent. */
export function maskWorkerFile(): string | null {
  for (const name of ['mask-worker.cjs', 'mask-worker.ts']) {
    const file = fileURLToPath(new URL(name, import.meta.url));
    if (existsSync(file)) return file;
  }
  return null;
}

/**
 * Workers only where there is a core to spare: one stays with the main thread and one with the
 * renderer (or the preview's browser). On the 2-core development VM a worker only competed with
 * the main thread for the same CPU and made 20 concurrent sends slower, so there it is 0.
 * VEIL_MASK_WORKERS=n overrides (0 to 8).
 */
export function defaultMaskWorkers(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const forced = Number.parseInt(env.VEIL_MASK_WORKERS ?? '', 10);
  if (Number.isInteger(forced) && forced >= 0) return Math.min(forced, 8);
  return Math.max(0, Math.min(4, availableParallelism() - 2));
}

export function maskingSettingsOf(s: Settings): MaskingSettings {
  const out: Record<string, unknown> = {};
  for (const k of MASKING_SETTING_KEYS) out[k] = s[k];
  return out as MaskingSettings;
}

/**
 * Sources run through tsx in development and tests (a built .js needs no loader). Node 20 does
 * not apply `--import` to worker threads, so the worker registers tsx itself before loading the entry.
 */
function tsxBootstrap(file: string): string {
  // The ESM build of tsx's API (require.resolve would pick its CommonJS one).
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  const api = pathToFileURL(join(dirname(pkg), 'dist', 'esm', 'api', 'index.mjs')).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(file).href)}); });`;
}

export class MaskPool {
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private broken = false;

  constructor(
    private readonly file: string,
    private readonly size: number,
    private readonly log?: Logger,
  ) {}

  /** The plan for this context, computed in a worker; null when the pool cannot answer (mask synchronously then). */
  plan(ctx: TurnContext, text: string, settings: MaskingSettings, forced: readonly EntityType[]): Promise<TurnPlan<PlannedTurn> | null> {
    const slot = this.pick();
    if (!slot) return Promise.resolve(null);
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.pending.set(id, resolve);
      // Referenced while it owes an answer, so a process waiting only for it does not exit.
      if (slot.pending.size === 1) slot.worker.ref();
      try {
        slot.worker.postMessage({ id, ctx, text, settings, forced } satisfies MaskJob);
      } catch (err) {
        this.fail(slot, err);
      }
    });
  }

  /** Starts the workers now; resolves true once all are ready, false when the pool cannot run. */
  async warm(): Promise<boolean> {
    if (!this.fill()) return false;
    const all = await Promise.all(this.slots.map((s) => s.started));
    return all.every(Boolean) && !this.broken;
  }

  /** Stops the workers; jobs still out are answered null. */
  close(): void {
    this.broken = true;
    for (const slot of this.slots.splice(0)) this.drop(slot);
  }

  /** The ready worker with the fewest jobs; starts the missing ones (they take a moment to load). */
  private pick(): Slot | null {
    if (!this.fill()) return null;
    let best: Slot | null = null;
    for (const s of this.slots) if (s.ready && (!best || s.pending.size < best.pending.size)) best = s;
    return best;
  }

  /** Starts the missing workers; false when the pool cannot run (closed, or a worker failed). */
  private fill(): boolean {
    if (this.broken) return false;
    while (this.slots.length < this.size) if (!this.spawn()) return false;
    return true;
  }

  private spawn(): Slot | null {
    let worker: Worker;
    try {
      worker = this.file.endsWith('.ts') ? new Worker(tsxBootstrap(this.file), { eval: true }) : new Worker(this.file);
    } catch (err) {
      this.broken = true;
      this.log?.warn('chat: masking workers unavailable; masking on the main thread', err);
      return null;
    }
    let settle: (ok: boolean) => void = () => undefined;
    const started = new Promise<boolean>((resolve) => (settle = resolve));
    const slot: Slot = { worker, pending: new Map(), ready: false, started, settle };
    worker.unref();
    worker.on('message', (reply: MaskReply) => {
      if ('ready' in reply) {
        slot.ready = true;
        slot.settle(true);
        return;
      }
      const answer = slot.pending.get(reply.id);
      if (!answer) return;
      slot.pending.delete(reply.id);
      if (slot.pending.size === 0) worker.unref();
      if ('error' in reply) this.log?.warn(`chat: a masking worker failed a job (${reply.error}); masking on the main thread`);
      answer('plan' in reply ? reply.plan : null);
    });
    worker.on('error', (err) => this.fail(slot, err));
    worker.on('exit', (code) => this.fail(slot, new Error(`masking worker exited (${code})`)));
    this.slots.push(slot);
    return slot;
  }

  /** A dead worker: its jobs fall back to the main thread, and the pool stops spawning. */
  private fail(slot: Slot, err: unknown): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    this.broken = true;
    this.drop(slot);
    this.log?.warn('chat: a masking worker stopped; masking on the main thread from now on', err);
  }

  /** Ends a worker: its jobs still out are answered null (masked on the main thread). */
  private drop(slot: Slot): void {
    slot.settle(false);
    for (const answer of slot.pending.values()) answer(null);
    slot.pending.clear();
    void slot.worker.terminate();
  }
}
