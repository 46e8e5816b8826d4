// The Data & security stores bound to window.veil, wired to the app's other stores: a lock
// status from any action reaches the lock screen, an import or purge refreshes the sidebar, and a
// wipe sends every store that shows vault data back to a fresh start.
import { useStore } from 'zustand';
import { veil } from '../api';
import type { LockStatus } from '../../shared/contract/channels/secrets';
import { createAuditStore, type AuditState } from './audit-store';
import { createConversationRetentionStore, type ConversationRetentionState } from './conversation-retention-store';
import { createDataTransferStore, type DataTransferState } from './data-transfer-store';
import { createRetentionStore, type RetentionState } from './retention-store';
import { createSecurityStore, type SecurityState } from './security-store';
import { appStatusStore, chatStore, conversationsStore, keysStore, lockStore, settingsStore } from './stores';

const reloadConversations = () => void conversationsStore.getState().load();

export const auditStore = createAuditStore({ api: veil });

export const retentionStore = createRetentionStore({
  api: veil,
  onPurged: (counts) => {
    if (counts.conversations > 0) reloadConversations();
    void auditStore.getState().load(); // a purge that deleted anything is itself an event
  },
});

export const dataTransferStore = createDataTransferStore({
  api: veil,
  onImported: async () => {
    await conversationsStore.getState().load();
    void auditStore.getState().load();
  },
});

/** A conversation's own retention; the sidebar keeps its place (no jump under the pointer). */
export const conversationRetentionStore = createConversationRetentionStore({
  api: veil,
  onUpdated: (c) => conversationsStore.setState((s) => ({ conversations: s.conversations.map((x) => (x.id === c.id ? c : x)) })),
});

/** After "wipe everything": nothing shown may still come from the destroyed vault. */
async function startFresh(status: LockStatus): Promise<void> {
  conversationsStore.getState().clearSearch();
  conversationsStore.setState({ conversations: [], selectedId: null, focusMessageId: null });
  chatStore.getState().dismissLive();
  void chatStore.getState().open(null);
  keysStore.setState({ keys: [], saveError: null });
  retentionStore.setState({ purged: null, purgeError: null, saveError: null, savedAt: 0 });
  dataTransferStore.getState().reset();
  auditStore.setState({ events: [], hasMore: false });
  // Settings were wiped too (theme, masking rules): read the defaults back.
  void settingsStore.getState().load();
  void appStatusStore.getState().load();
  if (status.state === 'unlocked') {
    await conversationsStore.getState().load();
    void keysStore.getState().load();
    void retentionStore.getState().load();
    void auditStore.getState().load();
  }
}

export const securityStore = createSecurityStore({
  api: veil,
  onStatus: (status) => lockStore.setState({ status, attemptError: null, retryAt: Date.now() + status.retryAfterMs }),
  onWiped: startFresh,
});

export const useRetention = <T>(selector: (s: RetentionState) => T): T => useStore(retentionStore, selector);
export const useAudit = <T>(selector: (s: AuditState) => T): T => useStore(auditStore, selector);
export const useDataTransfer = <T>(selector: (s: DataTransferState) => T): T => useStore(dataTransferStore, selector);
export const useConversationRetention = <T>(selector: (s: ConversationRetentionState) => T): T => useStore(conversationRetentionStore, selector);
export const useSecurity = <T>(selector: (s: SecurityState) => T): T => useStore(securityStore, selector);
