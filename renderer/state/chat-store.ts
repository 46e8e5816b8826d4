// Store of the open conversation: its stored messages, and — in a slice of its own — the reply
// being streamed. Components that draw the message list select `messages` only, so a streamed
// token re-renders the live reply and nothing else.
import { createStore } from 'zustand/vanilla';
import type { VeilApi } from '../../shared/contract/client';
import type { WireError } from '../../shared/contract/errors';
import type { Message } from '../../shared/contract/vault-types';
import type { LoadPhase } from './app-status-store';
import { chatApiOf, type ChatEvent } from './chat-api';
import { toWireError } from './errors';

export type AcceptedEvent = Extract<ChatEvent, { type: 'accepted' }>;
export type LiveStatus = 'sending' | 'streaming' | 'complete' | 'partial' | 'error';

/** The message being sent and its reply while it streams (and its outcome until the next send). */
export interface LiveReply {
  readonly conversationId: string;
  readonly userText: string;
  readonly accepted: AcceptedEvent | null;
  readonly text: string;
  readonly reasoning: string;
  readonly status: LiveStatus;
  readonly error: WireError | null;
}

/** How a reply sent in this session ended, keyed by assistant message id (shown on the stored message). */
export interface ReplyOutcome {
  readonly status: 'complete' | 'partial' | 'error';
  readonly error: WireError | null;
}

export interface SendOptions {
  providerId: string;
  model: string;
}

export interface ChatState {
  readonly conversationId: string | null;
  readonly messages: readonly Message[];
  readonly phase: LoadPhase;
  readonly error: WireError | null;
  readonly live: LiveReply | null;
  readonly outcomes: Readonly<Record<number, ReplyOutcome>>;
  open(conversationId: string | null): Promise<void>;
  /** Sends `text`; resolves when the reply has ended. False when nothing was accepted (the text should go back to the composer). */
  send(text: string, options: SendOptions): Promise<boolean>;
  stop(): void;
  dismissLive(): void;
}

export interface ChatDeps {
  readonly api: Pick<VeilApi, 'messages'> & object;
  readonly onError: (context: string, error: WireError) => void;
  /** Called after a send was accepted, e.g. to refresh the sidebar entry and remember the provider. */
  readonly onSent?: (conversationId: string, options: SendOptions, text: string) => void;
  /** Called when a send has ended, however it ended (e.g. to refresh the sidebar's counts). */
  readonly onSettled?: (conversationId: string) => void;
}

export const selectIsSending = (s: ChatState): boolean => s.live !== null && (s.live.status === 'sending' || s.live.status === 'streaming');

export function createChatStore({ api, onError, onSent, onSettled }: ChatDeps) {
  let latestOpen = 0;
  let cancelLive: (() => void) | null = null;

  return createStore<ChatState>()((set, get) => {
    const patchLive = (conversationId: string, patch: Partial<LiveReply> | ((l: LiveReply) => Partial<LiveReply>)) =>
      set((s) => {
        if (!s.live || s.live.conversationId !== conversationId) return {};
        return { live: { ...s.live, ...(typeof patch === 'function' ? patch(s.live) : patch) } };
      });

    /** Appends what the core stored after our last message (a send adds the user's and the reply). */
    const loadNewer = async (conversationId: string) => {
      if (get().conversationId !== conversationId) return;
      const last = get().messages.at(-1)?.id ?? 0;
      const { messages } = await api.messages.list({ conversationId, afterId: last });
      if (get().conversationId !== conversationId) return;
      const known = new Set(get().messages.map((m) => m.id));
      const fresh = messages.filter((m) => !known.has(m.id));
      // Ephemeral conversations ignore afterId and return everything: keep only the new ones.
      if (fresh.length > 0) set((s) => ({ messages: [...s.messages, ...fresh] }));
    };

    return {
      conversationId: null,
      messages: [],
      phase: 'idle',
      error: null,
      live: null,
      outcomes: {},

      async open(conversationId) {
        const ticket = ++latestOpen;
        if (conversationId === null) {
          set({ conversationId: null, messages: [], phase: 'idle', error: null });
          return;
        }
        // Opened again (the view mounted anew): the list it shows stays up while it reloads, instead of
        // flashing empty and losing its scroll position.
        const again = conversationId === get().conversationId;
        set({ conversationId, messages: again ? get().messages : [], phase: 'loading', error: null });
        try {
          const { messages } = await api.messages.list({ conversationId });
          if (ticket !== latestOpen) return;
          set({ messages, phase: 'ready' });
        } catch (err) {
          if (ticket !== latestOpen) return;
          const error = toWireError(err);
          set({ phase: 'error', error });
          onError('Could not load the messages', error);
        }
      },

      async send(text, options) {
        const conversationId = get().conversationId;
        if (!conversationId || !text.trim() || selectIsSending(get())) return false;
        const live: LiveReply = { conversationId, userText: text, accepted: null, text: '', reasoning: '', status: 'sending', error: null };
        set({ live });
        const chat = chatApiOf(api);
        if (!chat) {
          patchLive(conversationId, {
            status: 'error',
            error: { code: 'CHAT_UNAVAILABLE', message: 'Sending is not available in this build of Veil yet.' },
          });
          return false;
        }

        let accepted = false;
        let finalStatus: ReplyOutcome['status'] | null = null;
        const onEvent = (event: ChatEvent) => {
          switch (event.type) {
            case 'accepted':
              accepted = true;
              patchLive(conversationId, { accepted: event, status: 'streaming' });
              onSent?.(conversationId, { providerId: event.providerId, model: event.model }, text);
              break;
            case 'delta':
              patchLive(conversationId, (l) => ({ text: l.text + event.text }));
              break;
            case 'reasoning':
              patchLive(conversationId, (l) => ({ reasoning: l.reasoning + event.text }));
              break;
            case 'done':
              finalStatus = event.status;
              patchLive(conversationId, { status: event.status, error: event.error });
              break;
          }
        };

        const handle = chat.send({ conversationId, text, providerId: options.providerId, model: options.model }, onEvent);
        cancelLive = () => handle.cancel();
        try {
          await handle.done;
          if (finalStatus === null) patchLive(conversationId, { status: 'partial' });
        } catch (err) {
          const error = toWireError(err);
          // Stop: what arrived so far is kept and marked partial.
          if (error.code === 'RPC_CANCELLED') patchLive(conversationId, { status: accepted ? 'partial' : 'error', error: accepted ? null : error });
          else patchLive(conversationId, { status: 'error', error });
        } finally {
          cancelLive = null;
          onSettled?.(conversationId);
        }

        const ended = get().live;
        if (ended?.accepted && ended.conversationId === conversationId) {
          const outcome: ReplyOutcome = { status: ended.status === 'error' ? 'error' : ended.status === 'partial' ? 'partial' : 'complete', error: ended.error };
          set((s) => ({ outcomes: { ...s.outcomes, [ended.accepted!.assistantMessageId]: outcome } }));
          try {
            await loadNewer(conversationId);
          } catch (err) {
            onError('Could not load the reply', toWireError(err));
          }
          // The stored messages now show the exchange; the live slice is done.
          const stored = get().messages.some((m) => m.id === ended.accepted!.assistantMessageId);
          if (stored) set((s) => (s.live?.conversationId === conversationId ? { live: null } : {}));
        }
        return accepted;
      },

      stop() {
        cancelLive?.();
      },

      dismissLive() {
        if (!selectIsSending(get())) set({ live: null });
      },
    };
  });
}

export type ChatStore = ReturnType<typeof createChatStore>;
