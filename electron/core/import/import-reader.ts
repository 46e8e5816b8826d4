// Decides what a JSON import is from its first token and routes the parser's events: an object
// is a Veil export (read message by message), an array is a ChatGPT conversations.json (read one
// conversation at a time: the tree of one conversation must be whole to find its active branch).
import type { ImportSource } from '../../../shared/contract/channels/export';
import { VeilError } from '../errors/veil-error';
import { convertChatGptConversation } from './chatgpt-import';
import { insertConversation, type ImportTarget } from './insert-conversations';
import type { JsonEvents, JsonKind, JsonPath } from './json-event-parser';
import { VeilJsonReader } from './veil-json-reader';

export const importInvalid = (message: string): VeilError => new VeilError('IMPORT_INVALID', `${message} Nothing was imported.`);

class ChatGptReader implements JsonEvents {
  constructor(private readonly target: ImportTarget) {}

  capture(path: JsonPath): boolean {
    return path.length === 1;
  }

  onOpen(): void {}

  onClose(): void {}

  onValue(path: JsonPath, value: unknown): void {
    const c = convertChatGptConversation(value, path[0] as number);
    if (c) insertConversation(this.target, c);
  }
}

export class ImportReader implements JsonEvents {
  private inner: JsonEvents | null = null;
  /** What the file turned out to be (known after its first token). */
  detected: Exclude<ImportSource, 'veil-archive'> | null = null;

  /** `expected`: the kind the user chose, if any; `archive`: the payload of an encrypted archive. */
  constructor(
    private readonly target: ImportTarget,
    private readonly expected: ImportSource | undefined,
    private readonly archive = false,
  ) {}

  private readonly unknownFile = (): VeilError =>
    importInvalid(
      this.archive
        ? 'This archive does not hold a Veil export.'
        : this.expected === 'chatgpt'
          ? 'This is not a ChatGPT conversations.json.'
          : this.expected === 'veil-json'
            ? 'This is not a Veil JSON export.'
            : 'This is neither a Veil export nor a ChatGPT conversations.json.',
    );

  capture(path: JsonPath, kind: JsonKind): boolean {
    if (path.length === 0) {
      this.detected = kind === 'object' ? 'veil-json' : 'chatgpt';
      if ((this.archive && kind !== 'object') || (this.expected && this.expected !== 'veil-archive' && this.expected !== this.detected)) throw this.unknownFile();
      this.inner = kind === 'object' ? new VeilJsonReader(this.target, this.unknownFile) : new ChatGptReader(this.target);
    }
    return this.inner!.capture(path, kind);
  }

  onOpen(path: JsonPath, kind: JsonKind): void {
    this.inner!.onOpen(path, kind);
  }

  onClose(path: JsonPath, kind: JsonKind): void {
    this.inner!.onClose(path, kind);
  }

  onValue(path: JsonPath, value: unknown): void {
    if (!this.inner) throw this.unknownFile(); // a bare string or number
    this.inner.onValue(path, value);
  }
}
