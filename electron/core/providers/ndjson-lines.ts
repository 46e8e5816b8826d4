// Newline-delimited JSON over a byte stream (Ollama's native streaming format).
import { readText } from './byte-stream';
import { malformedStream } from './stream-faults';
import type { ByteSource } from './types';

const MAX_LINE_CHARS = 4 * 1024 * 1024;

/** Yields each non-empty line without its line ending. */
export async function* ndjsonLines(body: ByteSource, signal?: AbortSignal): AsyncGenerator<string> {
  let buffer = '';
  for await (const text of readText(body, signal)) {
    buffer += text;
    let nl = buffer.indexOf('\n');
    while (nl >= 0) {
      const line = buffer.slice(0, nl).replace(/\r$/, '');
      buffer = buffer.slice(nl + 1);
      if (line.trim()) yield line;
      nl = buffer.indexOf('\n');
    }
    if (buffer.length > MAX_LINE_CHARS) throw malformedStream('a line was too large');
  }
  if (buffer.trim()) yield buffer;
}
