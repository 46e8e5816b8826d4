// Server-sent events over a byte stream, parsed with eventsource-parser. Comments (keep-alives)
// are skipped; an oversized event is a malformed stream, not unbounded memory.
import { createParser, type EventSourceMessage, type ParseError } from 'eventsource-parser';
import { readText } from './byte-stream';
import { malformedStream } from './stream-faults';
import type { ByteSource } from './types';

/** No legitimate chat event comes close; a server that never ends a line is cut off here. */
const MAX_EVENT_CHARS = 4 * 1024 * 1024;

export async function* sseMessages(body: ByteSource, signal?: AbortSignal): AsyncGenerator<EventSourceMessage> {
  const queue: EventSourceMessage[] = [];
  let fault: ParseError | undefined;
  const parser = createParser({
    maxBufferSize: MAX_EVENT_CHARS,
    onEvent: (event) => queue.push(event),
    onError: (err) => {
      // Unknown fields are ignored per the SSE spec; anything else ends the stream.
      if (err.type !== 'unknown-field') fault ??= err;
    },
  });
  for await (const text of readText(body, signal)) {
    parser.feed(text);
    while (queue.length > 0) yield queue.shift() as EventSourceMessage;
    if (fault) throw malformedStream(fault.type === 'max-buffer-size-exceeded' ? 'an event was too large' : 'invalid event framing', fault);
  }
  // A final event without its blank line is still an event the provider meant to send.
  parser.reset({ consume: true });
  while (queue.length > 0) yield queue.shift() as EventSourceMessage;
}
