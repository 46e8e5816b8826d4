// The app's store instances, bound to window.veil, and the React hooks that read them with a
// selector at the call site (zustand slices pattern). Factories live in their own files so tests
// can build stores over any VeilApi.
import { useStore } from 'zustand';
import { veil } from '../api';
import { createAppStatusStore, type AppStatusState } from './app-status-store';
import { createChatStore, type ChatState } from './chat-store';
import { createConnectionSettingsStore, type ConnectionSettingsState } from './connection-settings-store';
import { createConversationsStore, DEFAULT_TITLE, titleFromMessage, type ConversationsState } from './conversations-store';
import { createErrorStore, type ErrorState } from './errors';
import { createKeysStore, type KeysState } from './keys-store';
import { createLedgerStore, type LedgerState } from './ledger-store';
import { createLockStore, type LockState } from './lock-store';
import { createSettingsStore, type SettingsState } from './settings-store';

export const SYSTEM_DARK_QUERY = '(prefers-color-scheme: dark)';

export const errorStore = createErrorStore();

const report = (context: string, error: unknown) => errorStore.getState().report(context, error);

export const appStatusStore = createAppStatusStore({ api: veil, onError: report });

export const settingsStore = createSettingsStore({
  api: veil,
  onError: report,
  systemPrefersDark: window.matchMedia(SYSTEM_DARK_QUERY).matches,
});

export const lockStore = createLockStore({ api: veil });

/** Custom endpoints and network settings; what the core saved goes straight into the settings store. */
export const connectionStore = createConnectionSettingsStore({
  api: veil,
  current: () => settingsStore.getState().settings,
  onSaved: (settings) => settingsStore.setState({ settings }),
});

/** A call refused because the vault is locked sends the user to the lock screen instead of a banner. */
const LOCK_CODES = new Set(['VAULT_LOCKED', 'VAULT_SETUP_REQUIRED', 'KEYCHAIN_UNAVAILABLE']);
const reportOrLock = (context: string, error: unknown & { code?: string }) => {
  if (typeof error === 'object' && error !== null && LOCK_CODES.has(String(error.code))) void lockStore.getState().load();
  else report(context, error);
};

export const conversationsStore = createConversationsStore({ api: veil, onError: reportOrLock });

export const chatStore = createChatStore({
  api: veil,
  onError: reportOrLock,
  onSent: (conversationId, { providerId }, text) => {
    void settingsStore.getState().rememberProvider(providerId);
    const conversations = conversationsStore.getState();
    // A chat still called "New chat" is named after its first message (it stays on this device).
    const current = conversations.conversations.find((c) => c.id === conversationId);
    if (current?.title === DEFAULT_TITLE && current.messageCount === 0) void conversations.rename(conversationId, titleFromMessage(text));
  },
  onSettled: (conversationId) => void conversationsStore.getState().refreshOne(conversationId),
});

export const keysStore = createKeysStore({ api: veil });

export const ledgerStore = createLedgerStore({ api: veil });

export const useErrors = <T>(selector: (s: ErrorState) => T): T => useStore(errorStore, selector);
export const useAppStatus = <T>(selector: (s: AppStatusState) => T): T => useStore(appStatusStore, selector);
export const useSettings = <T>(selector: (s: SettingsState) => T): T => useStore(settingsStore, selector);
export const useLock = <T>(selector: (s: LockState) => T): T => useStore(lockStore, selector);
export const useConversations = <T>(selector: (s: ConversationsState) => T): T => useStore(conversationsStore, selector);
export const useChat = <T>(selector: (s: ChatState) => T): T => useStore(chatStore, selector);
export const useKeys = <T>(selector: (s: KeysState) => T): T => useStore(keysStore, selector);
export const useConnection = <T>(selector: (s: ConnectionSettingsState) => T): T => useStore(connectionStore, selector);
export const useLedger = <T>(selector: (s: LedgerState) => T): T => useStore(ledgerStore, selector);
