// The RPC contract between renderer and core: every domain's channels, merged. Add a channel in
// its domain file and the compiler demands a handler in the core; window.veil picks it up as is.
import { appChannels } from './app';
import { chatChannels } from './chat';
import { exportChannels } from './export';
import { filesChannels } from './files';
import { ledgerChannels } from './ledger';
import { secretsChannels } from './secrets';
import { vaultChannels } from './vault';

export { AppStatusSchema, Empty, type AppStatus } from './app';
export { ExportFormatSchema, ExportResultSchema, ExportRunInputSchema, ImportResultSchema, ImportSourceSchema, type ExportFormat, type ExportResult, type ExportRunInput, type ImportResult, type ImportSource } from './export';
export { FileDialogResultSchema, type FileDialogInput, type FileDialogResult } from './files';
export { ChatEventSchema, ChatSendInputSchema, type ChatEvent } from './chat';
export { LedgerEntrySchema, LedgerSummarySchema, type LedgerEntry, type LedgerOutcome, type LedgerSummary } from './ledger';
export { LockStatusSchema, ProviderKeyInfoSchema, type LockStatus, type ProviderKeyInfo } from './secrets';
export { PurgeCountsSchema } from './vault';

export const contract = {
  ...appChannels,
  ...chatChannels,
  ...exportChannels,
  ...filesChannels,
  ...ledgerChannels,
  ...secretsChannels,
  ...vaultChannels,
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
