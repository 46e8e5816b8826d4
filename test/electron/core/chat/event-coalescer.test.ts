// The coalescer joins a burst of text events into fewer events without delaying the first one,
// reordering kinds, or losing text; spaced-out text goes out one event per push.
import { describe, expect, it } from 'vitest';
import type { ChatEvent } from '../../../../shared/contract/channels/chat';
import { TextEventCoalescer } from '../../../../electron/core/chat/event-coalescer';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

function recorder() {
  const events: ChatEvent[] = [];
  return { events, c: new TextEventCoalescer((e) => events.push(e)) };
}

describe('TextEventCoalescer', () => {
  it('emits the first text of a burst at once and joins the rest into one event on the next turn', async () => {
    const { events, c } = recorder();
    c.push('delta', 'He');
    expect(events).toEqual([{ type: 'delta', text: 'He' }]);
    for (const t of ['l', 'lo', ' wor', 'ld']) c.push('delta', t);
    expect(events).toHaveLength(1);
    await turn();
    expect(events).toEqual([
      { type: 'delta', text: 'He' },
      { type: 'delta', text: 'llo world' },
    ]);
  });

  it('keeps joining while text keeps arriving, and emits at once again after a quiet turn', async () => {
    const { events, c } = recorder();
    c.push('delta', 'a');
    c.push('delta', 'b');
    await turn();
    c.push('delta', 'c'); // the window is still open after emitting "b"
    expect(events.map((e) => (e as { text: string }).text)).toEqual(['a', 'b']);
    await turn();
    expect(events.map((e) => (e as { text: string }).text)).toEqual(['a', 'b', 'c']);
    await turn(); // nothing arrived: the window closes
    c.push('delta', 'd');
    expect(events.map((e) => (e as { text: string }).text)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('never merges across kinds and keeps their order', async () => {
    const { events, c } = recorder();
    c.push('reasoning', 'Let ');
    c.push('reasoning', 'me think.');
    c.push('delta', 'The ');
    c.push('delta', 'answer');
    c.push('reasoning', ' (checked)');
    await turn();
    expect(events).toEqual([
      { type: 'reasoning', text: 'Let ' },
      { type: 'reasoning', text: 'me think.' },
      { type: 'delta', text: 'The answer' },
      { type: 'reasoning', text: ' (checked)' },
    ]);
  });

  it('flush emits what is held at once and leaves nothing scheduled', async () => {
    const { events, c } = recorder();
    c.push('delta', 'x');
    c.push('delta', 'y');
    c.flush();
    expect(events.map((e) => (e as { text: string }).text)).toEqual(['x', 'y']);
    await turn();
    await turn();
    expect(events).toHaveLength(2);
    c.push('delta', 'z'); // a fresh burst starts with an immediate event
    expect(events).toHaveLength(3);
  });
});
