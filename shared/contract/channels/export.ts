// Channels for exporting stored conversations to a file the user chose (Veil JSON, Markdown, or
// an encrypted archive), importing them back (Veil JSON/archive, ChatGPT conversations.json),
// and exporting the audit log. Paths are absolute; the core checks them and never overwrites
// an existing file unless asked.
import { z } from 'zod';
import { request, stream } from '../channel';
import { AuditEventSchema, ConversationIdSchema } from '../vault-types';

const Path = z.string().min(1).max(4096);
/** Same floor as the vault passphrase: the archive is only as strong as this. */
const Passphrase = z.string().min(8).max(1024);

export const ExportFormatSchema = z.enum(['json', 'markdown', 'archive']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const ExportRunInputSchema = z
  .object({
    /** Omitted: every stored conversation. Ephemeral conversations are never exported. */
    conversationIds: z.array(ConversationIdSchema).min(1).max(100_000).optional(),
    format: ExportFormatSchema,
    /** markdown only: a directory with one file per conversation (default), or one file. */
    markdownLayout: z.enum(['per-conversation', 'single-file']).optional(),
    /** "As the provider saw it": masked text only, no placeholder mappings. */
    maskedOnly: z.boolean().optional(),
    /** Absolute path of the file (or, for per-conversation Markdown, the directory) to create. */
    path: Path,
    overwrite: z.boolean().optional(),
    /** archive only (required there). */
    passphrase: Passphrase.optional(),
  })
  .strict()
  .refine((i) => i.format !== 'archive' || i.passphrase !== undefined, { message: 'an encrypted archive needs a passphrase', path: ['passphrase'] });
export type ExportRunInput = z.infer<typeof ExportRunInputSchema>;

export const ExportResultSchema = z.object({
  path: Path,
  format: ExportFormatSchema,
  conversations: z.number().int(),
  messages: z.number().int(),
  /** Files written (Markdown per conversation: one per conversation). */
  files: z.number().int(),
  bytes: z.number().int(),
});
export type ExportResult = z.infer<typeof ExportResultSchema>;

export const ImportSourceSchema = z.enum(['veil-json', 'veil-archive', 'chatgpt']);
export type ImportSource = z.infer<typeof ImportSourceSchema>;

export const ImportResultSchema = z.object({
  source: ImportSourceSchema,
  conversations: z.number().int(),
  messages: z.number().int(),
  mappings: z.number().int(),
  /** Conversations whose id already existed in the vault and that got a new id. */
  renamed: z.number().int(),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;

/** Where the vault's import stands; bytesRead reaches totalBytes (the file size) at the end. */
export const ImportProgressEventSchema = z.object({
  running: z.boolean(),
  bytesRead: z.number().int().nonnegative(),
  totalBytes: z.number().int().nonnegative(),
  conversations: z.number().int().nonnegative(),
  messages: z.number().int().nonnegative(),
});
export type ImportProgressEvent = z.infer<typeof ImportProgressEventSchema>;

export const exportChannels = {
  'export.run': request(ExportRunInputSchema, ExportResultSchema),
  /** source omitted: detected from the file (archive magic, Veil JSON, ChatGPT export). */
  'import.run': request(
    z.object({ path: Path, source: ImportSourceSchema.optional(), passphrase: Passphrase.optional() }).strict(),
    ImportResultSchema,
  ),
  /**
   * Progress of import.run while it runs (the UI stays live: the import yields between pieces):
   * the current status at once, then changes (at most every 100 ms, always the start and the
   * end, with running false). Runs until the caller cancels it.
   */
  'import.progress': stream(z.object({}).strict(), ImportProgressEventSchema),
  /** The whole audit log as JSON text (counts and ids only); the renderer offers it for saving. */
  'audit.export': request(
    z.object({}).strict(),
    z.object({ content: z.string(), mimeType: z.literal('application/json'), fileName: z.string(), events: z.number().int() }),
  ),
} as const;

export const AuditExportSchema = z
  .object({
    format: z.literal('veil-audit-log'),
    version: z.literal(1),
    exportedAt: z.number().int(),
    events: z.array(AuditEventSchema),
  })
  .strict();
