// Store of the sidebar: the conversation list (stored and ephemeral), the selected conversation,
// create/rename/keep/delete, and full-text search with ranked hits.
import { createStore } from 'zustand/vanilla';
import type { VeilApi } from '../../shared/contract/client';
import type { WireError } from '../../shared/contract/errors';
import type { Conversation, SearchHit } from '../../shared/contract/vault-types';
import type { LoadPhase } from './app-status-store';
import { toWireError } from './errors';

export interface NewConversation {
  title?: string;
  /** Held in memory only: never written to disk. */
  ephemeral?: boolean;
  provider?: string | null;
  model?: string | null;
}

export interface ConversationsState {
  readonly conversations: readonly Conversation[];
  readonly phase: LoadPhase;
  readonly error: WireError | null;
  readonly selectedId: string | null;
  /** Message to scroll to after selecting a search hit. */
  readonly focusMessageId: number | null;
  readonly query: string;
  readonly hits: readonly SearchHit[];
  readonly searchPhase: LoadPhase;
  readonly searchError: WireError | null;
  load(): Promise<void>;
  create(input?: NewConversation): Promise<Conversation | null>;
  select(id: string | null, focusMessageId?: number | null): void;
  rename(id: string, title: string): Promise<boolean>;
  setKeep(id: string, keep: boolean): Promise<void>;
  remove(id: string): Promise<boolean>;
  /** Replaces one entry (e.g. after a send changed its updatedAt / messageCount). */
  refreshOne(id: string): Promise<void>;
  search(query: string): Promise<void>;
  clearSearch(): void;
}

export interface ConversationsDeps {
  readonly api: Pick<VeilApi, 'conversations' | 'search'>;
  readonly onError: (context: string, error: WireError) => void;
}

export const DEFAULT_TITLE = 'New chat';
const TITLE_CHARS = 48;

/** A title from the first message: its first line, cut at a word near TITLE_CHARS. */
export function titleFromMessage(text: string): string {
  const line = text.trim().split('\n')[0]!.trim().replace(/\s+/g, ' ');
  if (line.length <= TITLE_CHARS) return line || DEFAULT_TITLE;
  const cut = line.slice(0, TITLE_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_CHARS / 2 ? cut.slice(0, space) : cut).trim()}…`;
}

/** Most recently updated first; ephemeral chats sort like the others. */
const byRecent = (a: Conversation, b: Conversation) => b.updatedAt - a.updatedAt || b.createdAt - a.createdAt;

export const selectSelected = (s: ConversationsState): Conversation | null => s.conversations.find((c) => c.id === s.selectedId) ?? null;

export function createConversationsStore({ api, onError }: ConversationsDeps) {
  let latestLoad = 0;
  let latestSearch = 0;
  const fail = (context: string, err: unknown): WireError => {
    const error = toWireError(err);
    onError(context, error);
    return error;
  };
  return createStore<ConversationsState>()((set, get) => {
    const upsert = (c: Conversation) =>
      set((s) => ({ conversations: [c, ...s.conversations.filter((x) => x.id !== c.id)].sort(byRecent) }));
    return {
      conversations: [],
      phase: 'idle',
      error: null,
      selectedId: null,
      focusMessageId: null,
      query: '',
      hits: [],
      searchPhase: 'idle',
      searchError: null,

      async load() {
        const ticket = ++latestLoad;
        set({ phase: 'loading', error: null });
        try {
          const { conversations } = await api.conversations.list({});
          if (ticket !== latestLoad) return;
          const selectedId = get().selectedId;
          set({
            conversations: [...conversations].sort(byRecent),
            phase: 'ready',
            // A selection that no longer exists (deleted elsewhere, purged) is dropped.
            selectedId: selectedId && conversations.some((c) => c.id === selectedId) ? selectedId : null,
          });
        } catch (err) {
          if (ticket !== latestLoad) return;
          set({ phase: 'error', error: fail('Could not load your conversations', err) });
        }
      },

      async create(input = {}) {
        try {
          const created = await api.conversations.create({
            title: input.title?.trim() || DEFAULT_TITLE,
            ...(input.ephemeral ? { ephemeral: true } : {}),
            ...(input.provider !== undefined ? { provider: input.provider } : {}),
            ...(input.model !== undefined ? { model: input.model } : {}),
          });
          upsert(created);
          set({ selectedId: created.id, focusMessageId: null });
          return created;
        } catch (err) {
          fail('Could not start a new chat', err);
          return null;
        }
      },

      select(id, focusMessageId = null) {
        set({ selectedId: id, focusMessageId });
      },

      async rename(id, title) {
        const trimmed = title.trim();
        if (!trimmed) return false;
        try {
          upsertInPlace(await api.conversations.rename({ id, title: trimmed }));
          return true;
        } catch (err) {
          fail('Could not rename the conversation', err);
          return false;
        }
      },

      async setKeep(id, keep) {
        try {
          upsertInPlace(await api.conversations.setKeep({ id, keep }));
        } catch (err) {
          fail('Could not change "Keep"', err);
        }
      },

      async remove(id) {
        try {
          await api.conversations.delete({ id });
          set((s) => ({
            conversations: s.conversations.filter((c) => c.id !== id),
            selectedId: s.selectedId === id ? null : s.selectedId,
            hits: s.hits.filter((h) => h.conversationId !== id),
          }));
          return true;
        } catch (err) {
          fail('Could not delete the conversation', err);
          return false;
        }
      },

      async refreshOne(id) {
        try {
          upsert(await api.conversations.get({ id }));
        } catch {
          // Gone in the meantime (deleted, purged): a full reload settles the list.
          await get().load();
        }
      },

      async search(query) {
        const ticket = ++latestSearch;
        set({ query });
        if (!query.trim()) {
          set({ hits: [], searchPhase: 'idle', searchError: null });
          return;
        }
        set({ searchPhase: 'loading', searchError: null });
        try {
          const { hits } = await api.search.query({ query, limit: 50 });
          if (ticket !== latestSearch) return;
          // bm25: lower is better.
          set({ hits: [...hits].sort((a, b) => a.score - b.score), searchPhase: 'ready' });
        } catch (err) {
          if (ticket !== latestSearch) return;
          // Shown inline under the search box, not as an app-wide banner.
          set({ hits: [], searchPhase: 'error', searchError: toWireError(err) });
        }
      },

      clearSearch() {
        ++latestSearch;
        set({ query: '', hits: [], searchPhase: 'idle', searchError: null });
      },
    };

    // Renames and keep toggles leave the order alone (no jump under the pointer).
    function upsertInPlace(c: Conversation) {
      set((s) => ({ conversations: s.conversations.map((x) => (x.id === c.id ? c : x)) }));
    }
  });
}

export type ConversationsStore = ReturnType<typeof createConversationsStore>;
