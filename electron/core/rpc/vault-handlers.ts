// Handlers of the storage channels (conversations.*, messages.*, search.*, retention.*, audit.*,
// secrets.*, vault.*). Every call counts as activity for auto-lock. Ephemeral conversations
// (ids "e_…") are served from memory and never reach the database.
import type { Contract } from '../../../shared/contract/channels/index';
import type { SettingsService } from '../settings/settings-store';
import { isEphemeralId } from '../vault/ephemeral-store';
import type { VaultDomain } from '../vault/vault-domain';
import type { DomainHandlers } from './handlers';

type StorageHandlers = DomainHandlers<Contract, 'conversations'> &
  DomainHandlers<Contract, 'messages'> &
  DomainHandlers<Contract, 'search'> &
  DomainHandlers<Contract, 'retention'> &
  Omit<DomainHandlers<Contract, 'audit'>, 'audit.export'> &
  DomainHandlers<Contract, 'secrets'> &
  DomainHandlers<Contract, 'vault'>;

export interface VaultHandlerDeps {
  domain(): Promise<VaultDomain>;
  settings: SettingsService;
  /** Called after "wipe everything": drops what other services hold in memory (ephemeral ledger entries). */
  onWiped?: () => void;
}

export function vaultHandlers(deps: VaultHandlerDeps): StorageHandlers {
  const d = async () => {
    const domain = await deps.domain();
    domain.secrets.touch();
    return domain;
  };
  const vault = async () => (await d()).vault;

  return {
    'conversations.list': async ({ limit, offset }) => {
      const v = await vault();
      const stored = await v.use((o) => o.conversations.list(limit ?? 500, offset ?? 0));
      return { conversations: [...(offset ? [] : v.ephemeral.list()), ...stored] };
    },
    'conversations.create': async ({ ephemeral, title, provider, model, systemPrompt }) => {
      const v = await vault();
      const input = { title, provider: provider ?? null, model: model ?? null, systemPrompt: systemPrompt ?? null };
      return ephemeral ? v.ephemeral.create(input) : v.use((o) => o.conversations.create(input));
    },
    'conversations.get': async ({ id }) => {
      const v = await vault();
      return isEphemeralId(id) ? v.ephemeral.get(id) : v.use((o) => o.conversations.get(id));
    },
    'conversations.delete': async ({ id }) => ({ deleted: await (await vault()).deleteConversation(id) }),
    'conversations.rename': async ({ id, title }) => {
      const v = await vault();
      return isEphemeralId(id) ? v.ephemeral.rename(id, title) : v.use((o) => o.conversations.rename(id, title));
    },
    'conversations.setKeep': async ({ id, keep }) => {
      const v = await vault();
      return isEphemeralId(id) ? v.ephemeral.setKeep() : v.use((o) => o.conversations.setKeep(id, keep));
    },
    'conversations.setRetention': async ({ id, days }) => {
      const v = await vault();
      return isEphemeralId(id) ? v.ephemeral.setRetention() : v.use((o) => o.conversations.setRetention(id, days));
    },
    'messages.list': async ({ conversationId, afterId, limit }) => {
      const v = await vault();
      if (isEphemeralId(conversationId)) return { messages: v.ephemeral.listMessages(conversationId) };
      return { messages: await v.use((o) => o.conversations.listMessages(conversationId, limit ?? 10_000, afterId ?? 0)) };
    },
    'search.query': async ({ query, limit }) => ({ hits: await (await vault()).use((o) => o.search.search(query, limit ?? 50)) }),
    'retention.get': async () => (await vault()).retention(),
    'retention.set': async (settings) => {
      const v = await vault();
      const saved = await v.setRetention(settings);
      v.audit('retention.changed', { conversationDays: saved.conversationDays, ledgerDays: saved.ledgerDays });
      return saved;
    },
    'retention.purgeNow': async () => (await vault()).purge(),
    'audit.list': async ({ limit, beforeId }) => ({ events: await (await vault()).use((o) => o.audit.list(limit ?? 500, beforeId)) }),

    'secrets.list': async () => ({ keys: (await d()).providerKeys.list() }),
    'secrets.set': async ({ id, label, value }) => {
      const domain = await d();
      const existed = domain.providerKeys.list().some((k) => k.id === id);
      const meta = await domain.providerKeys.set(id, label, value);
      domain.vault.audit(existed ? 'api_key.replaced' : 'api_key.added', { provider: id });
      return meta;
    },
    'secrets.delete': async ({ id }) => {
      const domain = await d();
      const deleted = await domain.providerKeys.delete(id);
      if (deleted) domain.vault.audit('api_key.removed', { provider: id });
      return { deleted };
    },

    'vault.lockStatus': async () => (await d()).secrets.status(),
    'vault.unlock': async ({ passphrase }) => (await deps.domain()).secrets.unlock(passphrase),
    'vault.lock': async () => (await deps.domain()).secrets.lock(),
    'vault.setupPassphrase': async ({ passphrase }) => (await d()).secrets.setupPassphrase(passphrase),
    'vault.setPassphrase': async (input) => {
      const domain = await d();
      const before = domain.secrets.status().mode;
      const status = await domain.secrets.setPassphrase(input);
      if (before && status.mode && before !== status.mode) await domain.providerKeys.relocate(domain.providerKeys.storeFor(before));
      return status;
    },
    'vault.removePassphrase': async ({ current }) => {
      const domain = await d();
      const before = domain.secrets.status().mode;
      const status = await domain.secrets.removePassphrase(current);
      if (before === 'passphrase') await domain.providerKeys.relocate(domain.providerKeys.storeFor('passphrase'));
      return status;
    },
    'vault.setAutoLock': async ({ minutes }) => {
      const domain = await d();
      deps.settings.update({ autoLockMinutes: minutes });
      domain.secrets.setAutoLockMinutes(minutes);
      return domain.secrets.status();
    },
    'vault.rotateKey': async () => {
      await (await vault()).rotateKey();
      return { rotated: true as const };
    },
    'vault.wipe': async ({ includeApiKeys }) => {
      const domain = await d();
      await domain.wipeEverything(includeApiKeys);
      deps.onWiped?.();
      return domain.secrets.status();
    },
  };
}
