// Test harness for the send pipeline: a real core (real vault, real keychain) whose custom
// endpoint points at the loopback mock provider, an egress gate stand-in that records the exact
// bytes of every outbound request (and can block hosts), and a helper that runs chat.send.
import type { WireError } from '../../../../shared/contract/errors';
import type { ChatEvent } from '../../../../shared/contract/channels/chat';
import type { CustomEndpoint } from '../../../../shared/providers';
import type { ChatEgress, EgressContext } from '../../../../electron/core/chat/index';
import { createCore, type Core, type CoreOptions } from '../../../../electron/core/index';
import { VeilError } from '../../../../electron/core/errors/veil-error';
import { memoryLogger } from '../../../../electron/core/log/logger';
import { undiciTransport, type AttemptRecord, type StreamChatResult } from '../../../../electron/core/providers/index';
import type { MockProvider } from '../../../fixtures/mock-provider';
import { realKeychain, type KeychainFixture } from '../secrets/keychain-fixture';
import { cleanupDirs, tempDataDir } from '../vault/vault-fixture';

/** Matches no generic secret shape, so only Veil's own handling can keep it out of view. */
export const CANARY_KEY = 'canary9Zr4veilCHATkeyNoLeak77';

/** One outbound request as the gate saw it just before sending. */
export interface GateRecord {
  ctx: EgressContext;
  url: string;
  headers: Record<string, string>;
  body: string;
  attempt?: AttemptRecord;
}

export interface RecordingEgress extends ChatEgress {
  records: GateRecord[];
  closed: StreamChatResult[];
  /** Hosts (host:port) the gate refuses. */
  blocked: Set<string>;
}

export function recordingEgress(): RecordingEgress {
  const base = undiciTransport();
  const records: GateRecord[] = [];
  const closed: StreamChatResult[] = [];
  const blocked = new Set<string>();
  return {
    records,
    closed,
    blocked,
    open(ctx) {
      const mine: GateRecord[] = [];
      return {
        transport: async (req, signal) => {
          if (blocked.has(new URL(req.url).host)) throw new VeilError('EGRESS_BLOCKED', `${new URL(req.url).host} is not an allowed host.`);
          const rec = { ctx, url: req.url, headers: { ...req.headers }, body: req.body };
          records.push(rec);
          mine.push(rec);
          return base(req, signal);
        },
        onAttemptEnd: (a) => {
          const rec = mine[a.attempt - 1];
          if (rec) rec.attempt = a;
        },
        close: (r) => void closed.push(r),
      };
    },
  };
}

export interface ChatHarness {
  core: Core;
  dataDir: string;
  logLines: string[];
  call(channel: string, input?: unknown): Promise<Record<string, unknown>>;
  newConversation(opts?: { ephemeral?: boolean; systemPrompt?: string }): Promise<string>;
  send(conversationId: string, text: string, extra?: { signal?: AbortSignal; onEvent?: (e: ChatEvent) => void; providerId?: string }): Promise<SendResult>;
}

export interface SendResult {
  events: ChatEvent[];
  error: WireError | null;
  done: Extract<ChatEvent, { type: 'done' }> | undefined;
  text: string;
}

const cleanups: Array<() => Promise<void> | void> = [];
export async function cleanupHarnesses(): Promise<void> {
  for (const c of cleanups.splice(0).reverse()) await c();
  cleanupDirs();
}

export const mockEndpoint = (mock: MockProvider, slug = 'mock', apiKey: CustomEndpoint['apiKey'] = 'required'): CustomEndpoint => ({
  slug,
  displayName: `Mock ${slug}`,
  baseUrl: `${mock.url}/v1`,
  apiKey,
  models: ['mock-model'],
  streamUsage: true,
});

export async function chatHarness(opts: { endpoints?: CustomEndpoint[]; key?: string | null; chat?: CoreOptions['chat']; egress?: CoreOptions['egress'] } = {}): Promise<ChatHarness> {
  const dataDir = tempDataDir();
  const fx: KeychainFixture = await realKeychain();
  cleanups.push(() => fx.cleanup());
  const { logger, lines } = memoryLogger('debug');
  const core = await createCore({ dataDir, host: 'test', logger, keychainService: fx.service, ...(opts.chat ? { chat: opts.chat } : {}), ...(opts.egress ? { egress: opts.egress } : {}) });
  cleanups.push(() => core.close());
  core.chat.providers.setCustomEndpoints(opts.endpoints ?? []);
  const call = async (channel: string, input: unknown = {}) => {
    const r = await core.rpc.call(channel, input);
    if (!r.ok) throw Object.assign(new Error(r.error.message), r.error);
    return r.output as Record<string, unknown>;
  };
  if (opts.key !== null) for (const e of opts.endpoints ?? []) await call('secrets.set', { id: `custom-${e.slug}`, label: 'test', value: opts.key ?? CANARY_KEY });
  return {
    core,
    dataDir,
    logLines: lines,
    call,
    async newConversation(o = {}) {
      const provider = opts.endpoints?.[0] ? `custom-${opts.endpoints[0].slug}` : 'preview';
      const c = await call('conversations.create', { title: 't', provider, ephemeral: o.ephemeral ?? false, ...(o.systemPrompt ? { systemPrompt: o.systemPrompt } : {}) });
      return c.id as string;
    },
    async send(conversationId, text, extra = {}) {
      const events: ChatEvent[] = [];
      const error = await core.rpc.subscribe(
        'chat.send',
        { conversationId, text, ...(extra.providerId ? { providerId: extra.providerId } : {}) },
        (e) => {
          events.push(e as ChatEvent);
          extra.onEvent?.(e as ChatEvent);
        },
        extra.signal ?? new AbortController().signal,
      );
      const done = events.find((e): e is Extract<ChatEvent, { type: 'done' }> => e.type === 'done');
      const text2 = events.map((e) => (e.type === 'delta' ? e.text : '')).join('');
      return { events, error, done, text: text2 };
    },
  };
}
