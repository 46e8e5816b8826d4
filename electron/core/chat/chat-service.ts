// The send pipeline (DESIGN.md §3): policy gate -> limits -> mask in the core -> store the user
// message, mapping, an empty assistant row and the egress gate's ledger entry for the request in
// one commit -> send -> stream -> restore placeholders -> events -> store the reply. Provider
// trouble never throws past `accepted`: it ends in a `done` event, and whatever arrived is kept
// and marked partial.
import type { z } from 'zod';
import type { ChatEvent, ChatSendInputSchema } from '../../../shared/contract/channels/chat';
import { maskOptionsFromSettings } from '../../../shared/contract/masking-options';
import { StreamingRestorer, warmUp, WARM_UP_LINES, type EntityType, type MaskMapping, type MaskOptions } from '../../../shared/masking';
import type { Settings } from '../../../shared/contract/settings';
import type { ProviderEntry } from '../../../shared/providers';
import { DEFAULT_PROVIDER_ID } from '../../../shared/providers';
import { VeilError, toVeilError } from '../errors/veil-error';
import type { Logger } from '../log/logger';
import { adapterFor, previewStream, streamChat, type ProviderRequest, type RetryPolicy, type StreamChatResult, type StreamEvent, type StreamTimeouts } from '../providers/index';
import type { SettingsService } from '../settings/settings-store';
import { isEphemeralId } from '../vault/ephemeral-store';
import type { VaultDomain } from '../vault/vault-domain';
import { chatStoreFor, sameTurnContext, type ChatStore, type StartedTurn } from './chat-store';
import { defaultMaskWorkers } from './mask-pool';
import { TextEventCoalescer } from './event-coalescer';
import { MaskingAhead, type Ahead } from './masking-ahead';
import type { ChatEgress, EgressExchange, PreparedExchange } from './egress-port';
import { ProviderDirectory } from './provider-directory';
import { allowAllPolicy, type SendPolicy } from './send-policy';
import { planTurn, type PlannedTurn } from './turn-plan';

export type ChatSendInput = z.output<typeof ChatSendInputSchema>;

export interface ChatServiceOptions {
  storage: () => Promise<VaultDomain>;
  settings: SettingsService;
  egress: ChatEgress;
  providers?: ProviderDirectory;
  policy?: SendPolicy;
  log: Logger;
  /** Streaming timeouts and retries (tests shorten them). */
  stream?: { timeouts?: Partial<StreamTimeouts>; retry?: Partial<RetryPolicy> };
  /** How often a streaming reply is written to the vault, so a crash keeps most of it. Default 1 s. */
  flushIntervalMs?: number;
  /**
   * Managed policy hook (a later issue): entity types the admin forces on. They are masked whatever
   * the user's preset and switches say. Read on every send, so a policy change applies at once.
   */
  forcedMaskingTypes?: () => readonly EntityType[];
}

interface Target {
  entry: ProviderEntry;
  model: string;
  apiKey: string | undefined;
  /** The egress exchange whose first request is recorded in the turn's own commit (when the port offers it). */
  prepared: PreparedExchange | null;
}

/** The first request, recorded with the turn, and its exchange. */
interface FirstRequest {
  request: ProviderRequest;
  exchange: EgressExchange;
}

export class ChatService {
  readonly providers: ProviderDirectory;
  private readonly ephemeralMappings = new Map<string, MaskMapping>();
  private readonly ahead: MaskingAhead;
  /** Settles when the latest send has handed its masking off (see `send`). */
  private preparing: Promise<void> = Promise.resolve();
  /** Sends between their start and their `done` (streaming included). */
  private active = 0;
  /** Set by close(): a warm-up still running stops. */
  private closed = false;

  constructor(private readonly opts: ChatServiceOptions) {
    this.providers = opts.providers ?? new ProviderDirectory();
    // Worker count from the machine's spare cores (VEIL_MASK_WORKERS overrides; see defaultMaskWorkers).
    this.ahead = new MaskingAhead(defaultMaskWorkers(), opts.log);
  }

  async send(input: ChatSendInput, emit: (event: ChatEvent) => void, signal: AbortSignal): Promise<void> {
    this.active++;
    try {
      await this.run(input, emit, signal);
    } finally {
      this.active--;
    }
  }

  private async run(input: ChatSendInput, emit: (event: ChatEvent) => void, signal: AbortSignal): Promise<void> {
    // Sends arriving together prepare one after another (each up to handing its masking to a
    // worker) instead of all advancing step by step: the first job reaches a worker while later
    // sends are still being checked, so masking overlaps the main thread's work in arrival order.
    const before = this.preparing;
    let handedOff: () => void = () => undefined;
    this.preparing = new Promise((resolve) => (handedOff = resolve));
    let ahead: Promise<Ahead | null>;
    let start: Awaited<ReturnType<ChatService['prepare']>>;
    try {
      await before;
      start = await this.prepare(input);
      // Masked in a worker while this thread serves other sends; used only if nothing changed since.
      ahead = (await this.ahead.start(start.store, input.conversationId, input.text, start.settings, start.forced, this.active > 1)).plan;
    } finally {
      handedOff();
    }
    const { store, target, settings, maskOptions } = start;
    const early = await ahead;
    const { prepared } = target;
    let request: ProviderRequest | undefined;
    const turn = await store.startTurn(
      input.conversationId,
      (ctx) => (early && sameTurnContext(early.ctx, ctx) ? early.plan : planTurn(ctx, input.text, maskOptions)),
      prepared
        ? (t, db) => {
            // The user message and the ledger entry of the request carrying it share one commit.
            request = this.buildRequest(target, t.extra.messages);
            prepared.record({ userMessageId: t.userMessage.id, assistantMessageId: t.assistantMessage.id, maskedCounts: t.extra.maskedCounts }, request, db);
          }
        : undefined,
    );
    this.rememberProvider(target.entry.id, settings);

    emit({
      type: 'accepted',
      userMessageId: turn.userMessage.id,
      assistantMessageId: turn.assistantMessage.id,
      maskedText: turn.userMessage.maskedContent ?? '',
      maskedCounts: turn.extra.maskedCounts,
      providerId: target.entry.id,
      model: target.model,
    });
    await this.stream(store, turn, target, emit, signal, prepared && request ? { request, exchange: prepared.exchange() } : null);
  }

  /** Starts the masking workers now, not at the first sends that come together; false when masking stays on this thread. */
  startMaskWorkers(): Promise<boolean> {
    return this.ahead.warm();
  }

  /**
   * Gets masking ready before the first send, for the app to call once its window is up. In a fresh
   * process the first masking call compiles every pattern and builds the name tables (30-50 ms for a short
   * message, against well under 1 ms after). This does that work on this thread, one WARM_UP_LINES line
   * per turn of the event loop so that IPC and sockets are served in between, with the options the user's
   * settings give (their compiled form is cached too). The masking workers, started when sends first come
   * together (or by startMaskWorkers), warm up their own engine before they report ready. Resolves with the
   * number of lines masked; close() stops it.
   */
  async warmMasking(): Promise<number> {
    let options: MaskOptions = {};
    try {
      options = this.maskOptionsFrom(this.opts.settings.get(), this.opts.forcedMaskingTypes?.() ?? []);
    } catch {
      // A stored pattern that does not compile: the built-in recognizers still warm up (a send will refuse).
    }
    let lines = 0;
    for (const line of WARM_UP_LINES) {
      await new Promise((resolve) => setImmediate(resolve));
      if (this.closed) break;
      warmUp(options, line);
      lines++;
    }
    return lines;
  }

  /** Forgets in-memory state (ephemeral mappings) and stops the masking workers; the vault closes separately. */
  close(): void {
    this.closed = true;
    this.ephemeralMappings.clear();
    this.ahead.close();
  }

  /** Everything that can refuse a send before anything is stored (target, limits, masking rules). */
  private async prepare(input: ChatSendInput) {
    const domain = await this.opts.storage();
    domain.secrets.touch();
    // One read per send: every get stats the settings file and hands out a fresh copy.
    const settings = this.opts.settings.get();
    const store = chatStoreFor(domain.vault, this.ephemeralMappings, input.conversationId);
    const target = await this.resolveTarget(domain, input, settings, store.ephemeral);
    const forced = this.opts.forcedMaskingTypes?.() ?? [];
    const maskOptions = this.maskOptionsFrom(settings, forced);
    return { store, target, settings, forced, maskOptions };
  }

  /** Provider, model, policy, limits and key: everything that can refuse before anything is stored. */
  private async resolveTarget(domain: VaultDomain, input: ChatSendInput, settings: Settings, ephemeral: boolean): Promise<Target> {
    const { vault } = domain;
    const conversation = isEphemeralId(input.conversationId)
      ? vault.ephemeral.get(input.conversationId)
      : await vault.use((o) => o.conversations.get(input.conversationId));
    const providerId = input.providerId ?? conversation.provider ?? settings.lastProviderId ?? DEFAULT_PROVIDER_ID;
    const entry = this.providers.get(providerId);
    const model = this.providers.model(entry, input.model, entry.id === conversation.provider ? conversation.model : null);
    await (this.opts.policy ?? allowAllPolicy)({ conversationId: input.conversationId, provider: entry, model });
    if (entry.apiStyle === 'preview') return { entry, model, apiKey: undefined, prepared: null };
    if (!entry.baseUrl) throw new VeilError('PROVIDER_NOT_CONFIGURED', `${entry.displayName} has no address yet; set it up in Settings → Providers.`);
    // `prepare` checks the daily limits as `checkLimits` does (before anything is stored).
    const { egress } = this.opts;
    const prepared = egress.prepare ? await egress.prepare({ conversationId: input.conversationId, ephemeral, provider: entry, model }) : null;
    if (!prepared) await egress.checkLimits?.(entry.id, model);
    const apiKey = entry.apiKey === 'none' ? undefined : ((await domain.providerKeys.get(entry.id)) ?? undefined);
    if (entry.apiKey === 'required' && !apiKey) {
      throw new VeilError('PROVIDER_KEY_MISSING', `Add your ${entry.displayName} API key in Settings → Providers first. Nothing was sent.`, { details: { providerId: entry.id } });
    }
    return { entry, model, apiKey, prepared };
  }

  private buildRequest(target: Target, messages: PlannedTurn['messages']): ProviderRequest {
    const adapter = adapterFor(target.entry.apiStyle);
    return adapter.buildRequest({ provider: target.entry, ...(target.apiKey ? { apiKey: target.apiKey } : {}) }, target.model, messages);
  }

  /**
   * The user's masking configuration, as the renderer's preview computes it. maskOptionsFromSettings
   * returns the same object while settings and policy stay the same, so patterns compile once per
   * change, not per send. A stored pattern that does not compile (only a hand-edited settings file
   * can hold one: settings.update refuses them) stops the send before anything is stored: masking
   * with one of the user's rules missing could leak what that rule protects.
   */
  private maskOptionsFrom(settings: Settings, forced: readonly EntityType[]): MaskOptions {
    const { options, skipped } = maskOptionsFromSettings(settings, { forced });
    if (skipped.length > 0) {
      const names = skipped.map((p) => `“${p.name}”`).join(', ');
      throw new VeilError('MASKING_PATTERN_INVALID', `Your masking pattern ${names} cannot be used, so nothing was sent. Fix or remove it in Settings → Masking.`);
    }
    return options;
  }

  private rememberProvider(id: string, settings: Settings): void {
    try {
      if (settings.lastProviderId !== id) this.opts.settings.update({ lastProviderId: id });
    } catch (err) {
      this.opts.log.warn('chat: could not remember the last provider', err);
    }
  }

  private async stream(store: ChatStore, turn: StartedTurn<PlannedTurn>, target: Target, emit: (e: ChatEvent) => void, signal: AbortSignal, first: FirstRequest | null): Promise<void> {
    const preview = target.entry.apiStyle === 'preview';
    // Preview replies show the masked payload itself, so their placeholders stay as they are.
    const text = preview ? null : new StreamingRestorer(turn.mapping);
    const reasoning = preview ? null : new StreamingRestorer(turn.mapping);
    const reply = { shown: '', masked: '' };
    const out = new TextEventCoalescer(emit);
    let lastFlush = performance.now();
    let writes: Promise<void> = Promise.resolve();
    const save = (u: Parameters<ChatStore['updateAssistant']>[2], final = false) => {
      const write = () => store.updateAssistant(turn.userMessage.conversationId, turn.assistantMessage.id, u);
      // A failed interim write must not stop the final one; only the final write's failure is reported.
      writes = final ? writes.then(write) : writes.then(write).catch((err: unknown) => this.opts.log.warn('chat: could not save the reply so far', err));
    };
    const onEvent = (e: StreamEvent) => {
      if (e.type === 'text') {
        reply.masked += e.text;
        const shown = text ? text.push(e.text) : e.text;
        if (shown) {
          reply.shown += shown;
          out.push('delta', shown);
        }
        if (performance.now() - lastFlush >= (this.opts.flushIntervalMs ?? 1000)) {
          lastFlush = performance.now();
          save({ content: reply.shown, maskedContent: reply.masked });
        }
      } else if (e.type === 'reasoning') {
        const shown = reasoning ? reasoning.push(e.text) : e.text;
        if (shown) out.push('reasoning', shown);
      }
    };

    let result: StreamChatResult | undefined;
    let failure: VeilError | undefined;
    let exchange: EgressExchange | undefined;
    try {
      if (preview) {
        for await (const e of previewStream(turn.extra.messages, signal)) onEvent(e);
        if (signal.aborted) failure = new VeilError('CANCELLED', 'Stopped. The reply so far is kept.');
      } else {
        const adapter = adapterFor(target.entry.apiStyle);
        const request = first?.request ?? this.buildRequest(target, turn.extra.messages);
        exchange = first?.exchange ?? await this.opts.egress.open(
          {
            conversationId: turn.userMessage.conversationId,
            ephemeral: store.ephemeral,
            userMessageId: turn.userMessage.id,
            assistantMessageId: turn.assistantMessage.id,
            provider: target.entry,
            model: target.model,
            maskedCounts: turn.extra.maskedCounts,
          },
          request,
        );
        result = await streamChat({
          transport: exchange.transport,
          request,
          adapter,
          providerName: target.entry.displayName,
          signal,
          onEvent,
          ...(exchange.onAttemptEnd ? { onAttemptEnd: exchange.onAttemptEnd } : {}),
          ...(this.opts.stream?.timeouts ? { timeouts: this.opts.stream.timeouts } : {}),
          ...(this.opts.stream?.retry ? { retry: this.opts.stream.retry } : {}),
        });
        failure = result.error;
      }
    } catch (err) {
      failure = toVeilError(err);
      if (failure.code === 'INTERNAL') this.opts.log.error('chat: send failed', err);
    }

    for (const [restorer, kind] of [[text, 'delta'], [reasoning, 'reasoning']] as const) {
      const tail = restorer?.end();
      if (!tail) continue;
      if (kind === 'delta') reply.shown += tail;
      out.push(kind, tail);
    }
    out.flush();
    const status = !failure ? 'complete' : reply.masked.length > 0 ? 'partial' : failure.code === 'CANCELLED' ? 'partial' : 'error';
    const usage = result?.usage ? { inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens } : null;
    save({ content: reply.shown, maskedContent: reply.masked, status, tokensIn: usage?.inputTokens ?? null, tokensOut: usage?.outputTokens ?? null }, true);
    // Closed in the same tick as the final save, so the reply and the ledger entry share one commit;
    // `done` waits for both, so whoever reacts to it finds the ledger entry closed.
    const closing = exchange?.close && result ? this.closeExchange(exchange, result) : undefined;
    try {
      await writes;
    } finally {
      await closing;
      emit({ type: 'done', status, usage, error: failure ? { code: failure.code, message: failure.message } : null });
    }
    this.opts.log.debug(`chat: ${target.entry.id} ${status}${failure ? ` (${failure.code})` : ''}`);
  }

  private async closeExchange(exchange: EgressExchange, result: StreamChatResult): Promise<void> {
    try {
      await exchange.close?.(result);
    } catch (err) {
      this.opts.log.warn('chat: the egress gate failed to close an exchange', err);
    }
  }
}
