// Native file dialogs for export and import. The desktop app answers with the OS save/open dialog
// (main.ts gives the core that capability); the browser preview has none and answers
// `{ available: false }`, so the UI falls back to typing an absolute path.
import { z } from 'zod';
import { request } from '../channel';

const Filter = z.object({ name: z.string().min(1).max(100), extensions: z.array(z.string().regex(/^[A-Za-z0-9*]{1,16}$/)).max(10) });

export const FileDialogInputSchema = z
  .object({
    title: z.string().min(1).max(200),
    /** Save dialogs: the suggested file name. */
    defaultName: z.string().max(255).optional(),
    filters: z.array(Filter).max(10).optional(),
    /** Open dialogs for a folder instead of a file (per-conversation Markdown export). */
    directory: z.boolean().optional(),
  })
  .strict();
export type FileDialogInput = z.infer<typeof FileDialogInputSchema>;

export const FileDialogResultSchema = z.object({
  /** false: this host has no native dialog (browser preview). */
  available: z.boolean(),
  /** The absolute path the user chose, or null when they cancelled. */
  path: z.string().nullable(),
});
export type FileDialogResult = z.infer<typeof FileDialogResultSchema>;

export const filesChannels = {
  'files.chooseSavePath': request(FileDialogInputSchema, FileDialogResultSchema),
  'files.chooseOpenPath': request(FileDialogInputSchema, FileDialogResultSchema),
} as const;
