// Converts a ChatGPT data export (conversations.json) into Veil conversations. Each conversation
// is a tree (`mapping`) of nodes; the conversation as the user last saw it is the path from
// `current_node` up to the root, so edited-away branches are not imported. System, tool and
// hidden messages, tool calls and reasoning summaries are skipped; images become a note.
import { z } from 'zod';
import type { ExportConversation, ExportMessage } from '../../../shared/contract/export-format';
import { VeilError } from '../errors/veil-error';
import { newConversationId } from '../vault/conversation-repo';

const NodeSchema = z.looseObject({
  parent: z.string().nullable().optional(),
  children: z.array(z.string()).optional(),
  message: z
    .looseObject({
      author: z.looseObject({ role: z.string() }),
      create_time: z.number().nullable().optional(),
      content: z.looseObject({ content_type: z.string(), parts: z.array(z.unknown()).optional() }),
      status: z.string().nullable().optional(),
      recipient: z.string().nullable().optional(),
      metadata: z.record(z.string(), z.unknown()).nullable().optional(),
    })
    .nullable()
    .optional(),
});
type ChatGptNode = z.infer<typeof NodeSchema>;

const ConversationSchema = z.looseObject({
  title: z.string().nullable().optional(),
  create_time: z.number().nullable().optional(),
  update_time: z.number().nullable().optional(),
  mapping: z.record(z.string(), NodeSchema),
  current_node: z.string().nullable().optional(),
  default_model_slug: z.string().nullable().optional(),
});
type ChatGptConversation = z.infer<typeof ConversationSchema>;

const notChatGpt = (where: string) =>
  new VeilError('IMPORT_INVALID', `This does not look like a ChatGPT conversations.json (unexpected structure at ${where}). Nothing was imported.`);

const TEXT_TYPES = new Set(['text', 'multimodal_text']);

/** The node ids from the root to `current_node` (or, without one, to the newest leaf). */
function activePath(c: ChatGptConversation): string[] {
  let tip = c.current_node && c.current_node in c.mapping ? c.current_node : undefined;
  if (!tip) {
    const root = Object.keys(c.mapping).find((id) => !c.mapping[id]!.parent);
    for (let id = root; id; id = c.mapping[id]?.children?.at(-1)) tip = id;
  }
  const path: string[] = [];
  const seen = new Set<string>();
  for (let id = tip; id && !seen.has(id) && c.mapping[id]; id = c.mapping[id]!.parent ?? undefined) {
    seen.add(id);
    path.push(id);
  }
  return path.reverse();
}

function toMessage(node: ChatGptNode, fallbackAt: number): ExportMessage | null {
  const m = node.message;
  if (!m) return null;
  const role = m.author.role;
  if (role !== 'user' && role !== 'assistant') return null; // system, tool
  if (m.metadata?.is_visually_hidden_from_conversation === true) return null;
  if (m.recipient && m.recipient !== 'all') return null; // a tool call (browser, python, dall-e)
  if (!TEXT_TYPES.has(m.content.content_type)) return null; // code, reasoning, browsing results
  const parts = m.content.parts ?? [];
  const texts = parts.filter((p): p is string => typeof p === 'string');
  const images = parts.length - texts.length;
  const content = [texts.join('\n').trim(), ...(images > 0 ? [`[${images} attachment${images > 1 ? 's' : ''} not imported]`] : [])]
    .filter((s) => s.length > 0)
    .join('\n\n');
  if (content.length === 0) return null;
  const status = m.status === 'in_progress' || m.status === 'finished_partial_completion' ? 'partial' : 'complete';
  const at = typeof m.create_time === 'number' ? Math.round(m.create_time * 1000) : fallbackAt;
  return { role, content, maskedContent: null, status, createdAt: at, tokensIn: null, tokensOut: null };
}

function toConversation(c: ChatGptConversation): ExportConversation | null {
  const createdAt = Math.round((c.create_time ?? 0) * 1000);
  const messages: ExportMessage[] = [];
  for (const id of activePath(c)) {
    const m = toMessage(c.mapping[id]!, messages.at(-1)?.createdAt ?? createdAt);
    if (m) messages.push(m);
  }
  if (messages.length === 0) return null;
  const lastAt = messages.reduce((at, m) => Math.max(at, m.createdAt), createdAt);
  return {
    id: newConversationId(),
    title: (c.title ?? '').trim().slice(0, 200) || 'Imported from ChatGPT',
    provider: null,
    model: c.default_model_slug ?? null,
    systemPrompt: null,
    createdAt: createdAt || messages[0]!.createdAt,
    updatedAt: Math.max(lastAt, Math.round((c.update_time ?? 0) * 1000)),
    keep: false,
    retentionDays: null,
    mappings: [],
    messages,
  };
}

/**
 * Validates and converts one element of the conversations array (the streaming import reads
 * them one at a time); null when it has no user/assistant text to import.
 */
export function convertChatGptConversation(raw: unknown, index: number): ExportConversation | null {
  const parsed = ConversationSchema.safeParse(raw);
  if (!parsed.success) throw notChatGpt([index, ...(parsed.error.issues[0]?.path ?? [])].join('.'));
  return toConversation(parsed.data);
}
