// Uniform, cancellable reading of a response body, whichever transport produced it (web
// ReadableStream from fetch, Node stream from undici). An abort stops the read at once even if
// the underlying stream ignores signals, and releases the stream.
import type { ByteSource } from './types';

interface ByteIterator {
  next(): Promise<IteratorResult<Uint8Array>>;
  release(): void;
}

function iteratorOf(source: ByteSource): ByteIterator {
  if ('getReader' in source && typeof source.getReader === 'function') {
    const reader = (source as ReadableStream<Uint8Array>).getReader();
    return {
      next: () => reader.read() as Promise<IteratorResult<Uint8Array>>,
      release: () => void reader.cancel().catch(() => undefined),
    };
  }
  const it = (source as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
  return {
    next: () => it.next(),
    release: () => void it.return?.().catch(() => undefined),
  };
}

const abortError = (signal: AbortSignal): unknown => signal.reason ?? new DOMException('Aborted', 'AbortError');

/** Yields the body's chunks; throws the signal's reason as soon as it aborts. */
export async function* readBytes(source: ByteSource, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  if (signal?.aborted) throw abortError(signal);
  const it = iteratorOf(source);
  let onAbort: (() => void) | undefined;
  const aborted = signal
    ? new Promise<never>((_, reject) => {
        onAbort = () => reject(abortError(signal));
        signal.addEventListener('abort', onAbort, { once: true });
      })
    : undefined;
  aborted?.catch(() => undefined);
  try {
    for (;;) {
      const step = aborted ? await Promise.race([it.next(), aborted]) : await it.next();
      if (step.done) return;
      if (step.value.byteLength > 0) yield step.value;
    }
  } finally {
    if (signal && onAbort) signal.removeEventListener('abort', onAbort);
    it.release();
  }
}

/** Decodes UTF-8 chunks to text, keeping multi-byte characters split across chunks intact. */
export async function* readText(source: ByteSource, signal?: AbortSignal): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of readBytes(source, signal)) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

/** Reads at most `limit` bytes of a (small, error) body as text and drops the rest. */
export async function readCapped(source: ByteSource | null, limit: number, signal?: AbortSignal): Promise<string> {
  if (!source) return '';
  const decoder = new TextDecoder('utf-8');
  let out = '';
  let total = 0;
  for await (const chunk of readBytes(source, signal)) {
    const room = limit - total;
    out += decoder.decode(chunk.subarray(0, Math.max(0, room)), { stream: true });
    total += chunk.byteLength;
    if (total >= limit) break;
  }
  return out + decoder.decode();
}
