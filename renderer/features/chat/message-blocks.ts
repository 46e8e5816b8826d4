// Splits message text into prose and fenced code blocks (```lang ... ```). Plain data: the
// renderer draws both as text, so nothing in a message is ever interpreted as HTML or a link.
export type MessageBlock = { kind: 'text'; text: string } | { kind: 'code'; text: string; lang: string };

// `^` at any line start (m flag); the end of the whole text is (?![\s\S]), since `$` would match at every line end.
const FENCE = /^```([^\n`]*)\n([\s\S]*?)(?:\n```[ \t]*(?:\n|(?![\s\S]))|(?![\s\S]))/m;

export function splitBlocks(text: string): MessageBlock[] {
  const blocks: MessageBlock[] = [];
  let rest = text;
  while (rest.length > 0) {
    const m = FENCE.exec(rest);
    if (!m) {
      const tail = rest.replace(/^\n+/, '');
      if (tail) blocks.push({ kind: 'text', text: tail });
      break;
    }
    const before = rest.slice(0, m.index).replace(/^\n+|\n+$/g, '');
    if (before) blocks.push({ kind: 'text', text: before });
    // An unclosed fence (still streaming) runs to the end of the text.
    blocks.push({ kind: 'code', lang: (m[1] ?? '').trim(), text: m[2] ?? '' });
    rest = rest.slice(m.index + m[0].length);
  }
  return blocks;
}
