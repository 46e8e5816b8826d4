// Puts the user's values back into the model's output. Models rewrite tokens: [EMAIL_1],
// EMAIL_1, [Email_1], or markdown-escaped \[EMAIL\_1\]; all are restored, unknown ones are left
// as written. The streaming form holds back a tail that may still become a placeholder, so a
// token split across chunks is restored whole and half a token is never emitted.
import type { MappingEntry, MaskMapping } from './mapping';
import { escapeRegExp } from './scan';


class Restorer {
  private readonly byPlaceholder = new Map<string, MappingEntry>();
  private readonly bySurrogate = new Map<string, MappingEntry>();
  private readonly typeHeads: string[];
  private readonly surrogates: string[];
  private readonly re: RegExp | null;
  readonly maxTail: number;

  constructor(mapping: MaskMapping) {
    for (const e of mapping.entries) {
      this.byPlaceholder.set(e.placeholder.toUpperCase(), e);
      if (e.surrogate) this.bySurrogate.set(e.surrogate, e);
    }
    const types = [...new Set(mapping.entries.map((e) => e.type as string))].sort((a, b) => b.length - a.length);
    this.typeHeads = types.map((t) => `${t}_`);
    this.surrogates = [...this.bySurrogate.keys()].sort((a, b) => b.length - a.length);
    const typeAlt = types.map((t) => t.split('_').join('\\\\?_')).join('|');
    const alts: string[] = [];
    if (types.length > 0) {
      alts.push(`\\\\?\\[(${typeAlt})\\\\?_(\\d{1,6})\\\\?\\]`);
      alts.push(`(?<![A-Za-z0-9_\\\\])(${typeAlt})\\\\?_(\\d{1,6})(?![A-Za-z0-9_])`);
    }
    if (this.surrogates.length > 0) alts.push(`(${this.surrogates.map(escapeRegExp).join('|')})`);
    this.re = alts.length > 0 ? new RegExp(alts.join('|'), 'gi') : null;
    this.maxTail = Math.max(0, ...types.map((t) => t.length * 2 + 16), ...this.surrogates.map((s) => s.length));
  }

  private replacement(m: RegExpExecArray): string {
    const [whole, bType, bNum, type, num, surrogate] = m;
    if (surrogate !== undefined) return this.bySurrogate.get(surrogate)?.value ?? whole;
    // The bare form is only trusted in capitals ("EMAIL_1"); "email_1" is more likely a variable name.
    if (type !== undefined && type !== type.toUpperCase()) return whole;
    const key = `[${(bType ?? type ?? '').replace(/\\/g, '').toUpperCase()}_${Number(bNum ?? num)}]`;
    return this.byPlaceholder.get(key)?.value ?? whole;
  }

  restore(text: string): string {
    if (!this.re) return text;
    return text.replace(this.re, (...args) => this.replacement(args.slice(0, -2) as unknown as RegExpExecArray));
  }

  /** Could text (the end of the buffer) still grow into a placeholder or a surrogate? */
  private viable(tail: string): boolean {
    for (const s of this.surrogates) if (s.length > tail.length && s.startsWith(tail)) return true;
    let t = tail.replace(/\\/g, '').toUpperCase();
    if (t.startsWith('[')) t = t.slice(1);
    if (t === '') return this.typeHeads.length > 0;
    for (const head of this.typeHeads) {
      if (head.startsWith(t)) return true;
      if (t.startsWith(head) && /^\d*$/.test(t.slice(head.length))) return true;
    }
    return false;
  }

  /** Index from which the buffer must be held back. */
  holdFrom(buffer: string): number {
    const from = Math.max(0, buffer.length - this.maxTail);
    let hold = buffer.length;
    for (let i = buffer.length - 1; i >= from; i--) {
      const prev = i > 0 ? (buffer[i - 1] as string) : '';
      const ch = buffer[i] as string;
      const boundary = ch === '[' || ch === '\\' || !/[A-Za-z0-9_]/.test(prev) || this.surrogates.length > 0;
      if (boundary && this.viable(buffer.slice(i))) hold = i;
    }
    // Never cut through a complete match that starts before the hold point.
    if (this.re && hold < buffer.length) {
      this.re.lastIndex = 0;
      for (let m = this.re.exec(buffer); m !== null; m = this.re.exec(buffer)) {
        if (m.index < hold && m.index + m[0].length > hold) hold = m.index;
        if (m.index >= hold) break;
      }
    }
    return hold;
  }
}

/** Restores a complete text. */
export function restoreText(text: string, mapping: MaskMapping): string {
  return new Restorer(mapping).restore(text);
}

/** Restores a stream chunk by chunk: push() returns what is safe to show now, end() the rest. */
export class StreamingRestorer {
  private readonly restorer: Restorer;
  private buffer = '';

  constructor(mapping: MaskMapping) {
    this.restorer = new Restorer(mapping);
  }

  push(chunk: string): string {
    this.buffer += chunk;
    const hold = this.restorer.holdFrom(this.buffer);
    const ready = this.buffer.slice(0, hold);
    this.buffer = this.buffer.slice(hold);
    return this.restorer.restore(ready);
  }

  end(): string {
    const rest = this.restorer.restore(this.buffer);
    this.buffer = '';
    return rest;
  }
}
