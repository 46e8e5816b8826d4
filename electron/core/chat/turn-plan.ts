// Masks one turn in the core (the renderer's preview is advisory only) and assembles the messages
// the provider will receive. Pure: runs inside the store's atomic step with the stored mapping,
// so the same value keeps its placeholder across turns.
import { maskText, type MaskMapping, type MaskOptions } from '../../../shared/masking';
import { PREVIEW_INTRO } from '../providers/preview-provider';
import type { ChatMessage } from '../providers/types';
import type { TurnContext, TurnPlan } from './chat-store';

export interface PlannedTurn {
  /** Exactly what goes to the provider: system prompt, history and this turn, all masked. */
  messages: ChatMessage[];
  /** Masked values per entity type in this turn's text. */
  maskedCounts: Record<string, number>;
}

export function planTurn(ctx: TurnContext, text: string, options: MaskOptions): TurnPlan<PlannedTurn> {
  let mapping: MaskMapping = ctx.mapping;
  const mask = (s: string): string => {
    const r = maskText(s, options, mapping);
    mapping = r.mapping;
    return r.masked;
  };
  const messages: ChatMessage[] = [];
  if (ctx.conversation.systemPrompt) messages.push({ role: 'system', content: mask(ctx.conversation.systemPrompt) });
  for (const m of ctx.messages) {
    // History is sent in the form it was sent before; a row without one is masked now.
    const content = m.maskedContent ?? mask(m.content);
    if (content.length === 0) continue; // a reply that failed before any text, or one still streaming
    // Preview replies are Veil talking, not a model: a real provider must not see them as its own words.
    if (m.role === 'assistant' && content.startsWith(PREVIEW_INTRO)) continue;
    messages.push({ role: m.role, content });
  }
  const turn = maskText(text, options, mapping);
  mapping = turn.mapping;
  messages.push({ role: 'user', content: turn.masked });
  const maskedCounts: Record<string, number> = {};
  for (const s of turn.spans) maskedCounts[s.type] = (maskedCounts[s.type] ?? 0) + 1;
  return { userText: text, userMasked: turn.masked, mapping, extra: { messages, maskedCounts } };
}
