// "As the provider saw it": the masked text only. Messages use the masked form that was sent;
// messages never sent (no masked form) are left out; the title and system prompt get every value
// of the conversation's mapping replaced by its placeholder; the mapping itself is dropped.
import type { ExportMessage } from '../../../shared/contract/export-format';
import type { ExportConversationHead } from './export-source';

export interface MaskedView {
  head(h: ExportConversationHead): ExportConversationHead;
  message(m: ExportMessage): ExportMessage | null;
}

function replaceValues(text: string, pairs: ReadonlyArray<readonly [string, string]>): string {
  let out = text;
  for (const [value, placeholder] of pairs) if (value.length > 0) out = out.split(value).join(placeholder);
  return out;
}

export const identityView: MaskedView = { head: (h) => h, message: (m) => m };

export const maskedView: MaskedView = {
  head(h) {
    // Longest values first, so "Anna Berg" is replaced before "Anna".
    const pairs = h.mappings.map((m) => [m.value, m.placeholder] as const).sort((a, b) => b[0].length - a[0].length);
    return {
      ...h,
      title: replaceValues(h.title, pairs),
      systemPrompt: h.systemPrompt === null ? null : replaceValues(h.systemPrompt, pairs),
      mappings: [],
    };
  },
  message: (m) => (m.maskedContent === null ? null : { ...m, content: m.maskedContent }),
};
