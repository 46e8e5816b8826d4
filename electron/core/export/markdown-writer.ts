// Markdown exports for reading elsewhere: a conversation becomes a title, a short facts list, the
// system prompt and one section per message. Either one file per conversation (in a directory)
// or all conversations in one file, separated by rules. Messages stream page by page.
import type { ExportMessage } from '../../../shared/contract/export-format';
import type { Db } from '../vault/open-vault';
import { forEachMessagePage, type ExportConversationHead } from './export-source';
import type { Sink } from './file-sink';
import type { MaskedView } from './masked-view';

const ROLE: Record<ExportMessage['role'], string> = { user: 'You', assistant: 'Assistant', system: 'System' };
const STATUS: Record<ExportMessage['status'], string> = { complete: '', partial: ' (incomplete)', error: ' (failed)' };

const iso = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';

/** One line, so a title cannot open a new Markdown block. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function conversationHeading(h: ExportConversationHead, maskedOnly: boolean): string {
  const facts = [
    `- Created: ${iso(h.createdAt)} · Last activity: ${iso(h.updatedAt)}`,
    ...(h.provider || h.model ? [`- Provider: ${h.provider ?? 'unknown'}${h.model ? ` · Model: ${h.model}` : ''}`] : []),
    ...(maskedOnly ? ['- Shown as the provider saw it: personal data replaced by placeholders.'] : []),
  ];
  const system = h.systemPrompt ? `\n## System prompt\n\n${h.systemPrompt}\n` : '';
  return `# ${oneLine(h.title) || 'Untitled'}\n\n${facts.join('\n')}\n${system}`;
}

export function messageMarkdown(m: ExportMessage): string {
  const usage = m.tokensIn !== null || m.tokensOut !== null ? `\n\n*Tokens: ${m.tokensIn ?? '–'} in, ${m.tokensOut ?? '–'} out*` : '';
  return `\n### ${ROLE[m.role]} · ${iso(m.createdAt)}${STATUS[m.status]}\n\n${m.content}${usage}\n`;
}

/** Writes one conversation; returns the number of messages written. */
export async function writeConversationMarkdown(db: Db, sink: Sink, head: ExportConversationHead, view: MaskedView, maskedOnly: boolean): Promise<number> {
  await sink.write(conversationHeading(head, maskedOnly));
  return forEachMessagePage(
    db,
    head.id,
    (m) => {
      const shown = view.message(m);
      return shown === null ? null : messageMarkdown(shown);
    },
    (text) => sink.write(text),
  );
}

/** A file name that is safe on every OS: date, a short slug of the title, and part of the id. */
export function markdownFileName(h: ExportConversationHead): string {
  const slug = oneLine(h.title)
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `${new Date(h.createdAt).toISOString().slice(0, 10)}-${slug || 'conversation'}-${h.id.slice(2)}.md`;
}
