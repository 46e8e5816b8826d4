// Fewer, larger text events for the renderer. A provider often delivers a burst of tokens at once
// (one network read holds dozens of SSE events); sending each as its own message costs the core a
// socket or IPC write per token and the renderer a render per token, while other streams and
// sends wait behind that work. The first text event of a burst goes out at once (the first token
// is not delayed); the ones arriving before the next turn of the event loop are joined into one.
import type { ChatEvent } from '../../../shared/contract/channels/chat';

type TextKind = 'delta' | 'reasoning';

export class TextEventCoalescer {
  private pending: { type: TextKind; text: string } | null = null;
  /** Set while a burst is open: text arriving now is held until it fires. */
  private window: NodeJS.Immediate | null = null;

  constructor(private readonly emit: (event: ChatEvent) => void) {}

  /** Emits text now, or joins it to the held text of the same kind (the order of kinds is kept). */
  push(type: TextKind, text: string): void {
    if (this.window === null) {
      this.emit({ type, text });
      this.window = setImmediate(this.tick);
      return;
    }
    if (this.pending && this.pending.type !== type) this.emitPending();
    if (this.pending) this.pending.text += text;
    else this.pending = { type, text };
  }

  /** Emits what is held at once; call before any other event of the stream and at its end. */
  flush(): void {
    if (this.window !== null) clearImmediate(this.window);
    this.window = null;
    this.emitPending();
  }

  private readonly tick = (): void => {
    this.window = null;
    if (!this.pending) return;
    this.emitPending();
    // More text may follow in the same burst: keep joining until a turn passes without any.
    this.window = setImmediate(this.tick);
  };

  private emitPending(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    this.emit({ type: p.type, text: p.text });
  }
}
