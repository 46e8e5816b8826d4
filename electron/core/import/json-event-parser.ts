// A streaming JSON reader for imports: @streamparser/json turns bytes into tokens (strings,
// escapes, UTF-8 split across chunks, BOM), and this class checks the grammar and hands values to
// the caller. The caller chooses per container whether to receive it whole (`capture`) or member
// by member, so an import holds one message or one conversation at a time, never the file.
import { Tokenizer, TokenizerError, TokenType, type ParsedTokenInfo } from '@streamparser/json';

export type JsonPath = ReadonlyArray<string | number>;
export type JsonKind = 'object' | 'array';

export interface JsonEvents {
  /** A container starts at `path`: true to get it whole through onValue, false to stream its members. */
  capture(path: JsonPath, kind: JsonKind): boolean;
  /** A streamed container starts / ends (after all its members were reported). */
  onOpen(path: JsonPath, kind: JsonKind): void;
  onClose(path: JsonPath, kind: JsonKind): void;
  /** A primitive member of a streamed container, or a captured container, complete. */
  onValue(path: JsonPath, value: unknown): void;
}

/** The input is not JSON (bad token, bad grammar, cut short, or data after the value). */
export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    /** True when the input stopped in the middle of the value. */
    readonly endedEarly = false,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
  }
}

const enum Expect {
  Value,
  Key,
  Colon,
  CommaOrClose,
  Done,
}

interface Frame {
  array: boolean;
  /** The container being built when captured; null when its members are streamed. */
  value: Record<string, unknown> | unknown[] | null;
  /** The current member's key (object) or index (array). */
  key: string | number;
}

/** A "__proto__" key must become an ordinary property, never the object's prototype. */
function setMember(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

export class JsonEventParser {
  private readonly tokenizer = new Tokenizer();
  private readonly frames: Frame[] = [];
  private expect = Expect.Value;
  /** Right after "[" or "{": the container may close at once. */
  private emptyOk = false;

  constructor(private readonly events: JsonEvents) {
    this.tokenizer.onToken = (t: ParsedTokenInfo) => this.token(t);
    // Errors thrown by our own callbacks come back through here unchanged; the tokenizer's own
    // (a bad byte, a string cut off) become JsonSyntaxError.
    this.tokenizer.onError = (err: Error) => {
      throw err instanceof TokenizerError ? new JsonSyntaxError(err.message, /middle of a token/.test(err.message)) : err;
    };
  }

  write(chunk: Uint8Array): void {
    this.tokenizer.write(chunk);
  }

  /** Call after the last chunk: fails unless exactly one complete value was read. */
  end(): void {
    this.tokenizer.end();
    if (this.expect !== Expect.Done) throw new JsonSyntaxError('The JSON ends before its value is complete.', true);
  }

  private path(): Array<string | number> {
    return this.frames.map((f) => f.key);
  }

  private token({ token, value }: ParsedTokenInfo): void {
    switch (this.expect) {
      case Expect.Value:
        if (token === TokenType.RIGHT_BRACKET && this.emptyOk) return this.close(true);
        return this.startValue(token, value);
      case Expect.Key:
        if (token === TokenType.STRING) {
          this.frames[this.frames.length - 1]!.key = value as string;
          this.expect = Expect.Colon;
          return;
        }
        if (token === TokenType.RIGHT_BRACE && this.emptyOk) return this.close(false);
        break;
      case Expect.Colon:
        if (token === TokenType.COLON) {
          this.expect = Expect.Value;
          this.emptyOk = false;
          return;
        }
        break;
      case Expect.CommaOrClose: {
        const top = this.frames[this.frames.length - 1]!;
        if (token === TokenType.COMMA) {
          if (top.array) top.key = (top.key as number) + 1;
          this.expect = top.array ? Expect.Value : Expect.Key;
          this.emptyOk = false;
          return;
        }
        if (token === (top.array ? TokenType.RIGHT_BRACKET : TokenType.RIGHT_BRACE)) return this.close(top.array);
        break;
      }
      case Expect.Done:
        throw new JsonSyntaxError('There is more data after the end of the JSON value.');
    }
    throw new JsonSyntaxError(`Unexpected ${TokenType[token]} in the JSON.`);
  }

  private startValue(token: TokenType, value: unknown): void {
    if (token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET) {
      const array = token === TokenType.LEFT_BRACKET;
      const kind: JsonKind = array ? 'array' : 'object';
      const parent = this.frames[this.frames.length - 1];
      const captured = (parent !== undefined && parent.value !== null) || this.events.capture(this.path(), kind);
      if (!captured) this.events.onOpen(this.path(), kind);
      this.frames.push({ array, value: captured ? (array ? [] : {}) : null, key: array ? 0 : '' });
      this.expect = array ? Expect.Value : Expect.Key;
      this.emptyOk = true;
      return;
    }
    if (token === TokenType.STRING || token === TokenType.NUMBER || token === TokenType.TRUE || token === TokenType.FALSE || token === TokenType.NULL) {
      return this.complete(value);
    }
    throw new JsonSyntaxError(`Unexpected ${TokenType[token]} in the JSON.`);
  }

  /** A value is complete: add it to the container being built, or report it. */
  private complete(value: unknown): void {
    const top = this.frames[this.frames.length - 1];
    if (top?.value) {
      if (top.array) (top.value as unknown[]).push(value);
      else setMember(top.value as Record<string, unknown>, top.key as string, value);
    } else {
      this.events.onValue(this.path(), value);
    }
    this.expect = this.frames.length > 0 ? Expect.CommaOrClose : Expect.Done;
  }

  private close(array: boolean): void {
    const frame = this.frames.pop()!;
    this.emptyOk = false;
    if (frame.value) return this.complete(frame.value);
    this.events.onClose(this.path(), array ? 'array' : 'object');
    this.expect = this.frames.length > 0 ? Expect.CommaOrClose : Expect.Done;
  }
}
