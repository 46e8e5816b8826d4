// Reads a Veil JSON export (shared/contract/export-format.ts) as a stream of parser events and
// stores it as it goes: each message and mapping is validated against the documented schema and
// written on arrival, so memory holds one message, not the file. Validation is the same as the
// whole-document schema (strict, every field); the first problem throws and the caller's single
// transaction rolls back whatever was already written.
import type { z } from 'zod';
import { ExportConversationSchema, ExportMappingSchema, ExportMessageSchema, VEIL_EXPORT_FORMAT, VEIL_EXPORT_VERSION, VeilExportSchema, type ExportMapping, type ExportMessage } from '../../../shared/contract/export-format';
import { VeilError } from '../errors/veil-error';
import type { ImportTarget } from './insert-conversations';
import type { JsonEvents, JsonKind, JsonPath } from './json-event-parser';

const HeadSchema = ExportConversationSchema.omit({ messages: true, mappings: true });
const EnvelopeSchema = VeilExportSchema.omit({ conversations: true });
const HEAD_KEYS = new Set(Object.keys(HeadSchema.shape));
const CONVERSATION_KEYS = new Set([...HEAD_KEYS, 'messages', 'mappings']);
const ENVELOPE_KEYS = new Set([...Object.keys(EnvelopeSchema.shape), 'conversations']);

const isContainer = (v: unknown): boolean => typeof v === 'object' && v !== null;
const where = (path: JsonPath) => path.join('.') || 'top level';

/** The file does not match the format; the message names the first place that is wrong. */
function formatError(path: JsonPath, message: string): VeilError {
  return new VeilError('IMPORT_INVALID', `This Veil export does not match the format (${where(path)}: ${message}). Nothing was imported.`);
}

function parse<T>(schema: z.ZodType<T>, value: unknown, path: JsonPath): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw formatError([...path, ...(issue?.path ?? [])].map(String), issue?.message ?? 'unknown problem');
}

interface OpenConversation {
  fields: Record<string, unknown>;
  /** The stored id once the row is written; until then messages and mappings wait in `held`. */
  id: string | null;
  held: Array<{ message: ExportMessage } | { mapping: ExportMapping }>;
  seen: Set<string>;
}

export class VeilJsonReader implements JsonEvents {
  private readonly envelope: Record<string, unknown> = {};
  private readonly seenTop = new Set<string>();
  private conv: OpenConversation | null = null;

  /** `notVeil` builds the error for a file that turns out not to be a Veil export at all. */
  constructor(
    private readonly target: ImportTarget,
    private readonly notVeil: () => VeilError,
  ) {}

  capture(path: JsonPath, kind: JsonKind): boolean {
    switch (path.length) {
      case 0:
        return false;
      case 1:
        this.topKey(path[0] as string);
        if (path[0] !== 'conversations') return true;
        if (kind !== 'array') throw formatError(path, 'expected an array');
        return false;
      case 2:
        if (kind !== 'object') throw formatError(path, 'expected an object');
        return false;
      case 3:
        this.conversationKey(path);
        if (path[2] !== 'messages' && path[2] !== 'mappings') return true;
        if (kind !== 'array') throw formatError(path, 'expected an array');
        return false;
      default:
        return true; // a message or a mapping, whole
    }
  }

  onOpen(path: JsonPath): void {
    if (path.length === 2) this.conv = { fields: {}, id: null, held: [], seen: new Set() };
  }

  onValue(path: JsonPath, value: unknown): void {
    switch (path.length) {
      case 1: {
        const key = path[0] as string;
        if (!isContainer(value)) this.topKey(key); // a captured container was checked in capture()
        if (key === 'format' && value !== VEIL_EXPORT_FORMAT) throw this.notVeil();
        if (key === 'version' && typeof value === 'number' && value > VEIL_EXPORT_VERSION) {
          throw new VeilError('IMPORT_UNSUPPORTED_VERSION', `This export was written by a newer Veil (format version ${value}); update Veil to import it.`);
        }
        if (key === 'conversations') throw formatError(path, 'expected an array');
        this.envelope[key] = value;
        return;
      }
      case 2:
        throw formatError(path, 'expected an object');
      case 3: {
        if (!isContainer(value)) this.conversationKey(path);
        if (path[2] === 'messages' || path[2] === 'mappings') throw formatError(path, 'expected an array');
        this.conv!.fields[path[2] as string] = value;
        return;
      }
      case 4: {
        const item = path[2] === 'messages' ? { message: parse(ExportMessageSchema, value, path) } : { mapping: parse(ExportMappingSchema, value, path) };
        const c = this.conv!;
        // Exports write every field before the arrays, so the row is normally stored here and
        // nothing is held; a hand-ordered file holds its items until the conversation closes.
        if (c.id === null && [...HEAD_KEYS].every((k) => k in c.fields)) this.storeHead(path.slice(0, 2));
        if (c.id === null) c.held.push(item);
        else this.store(c.id, item);
        return;
      }
      default:
        throw formatError(path, 'unexpected value');
    }
  }

  onClose(path: JsonPath): void {
    if (path.length === 2) {
      const c = this.conv!;
      for (const key of ['messages', 'mappings']) if (!c.seen.has(key)) throw formatError([...path, key], 'expected an array, received undefined');
      if (c.id === null) this.storeHead(path);
      for (const item of c.held.splice(0)) this.store(c.id!, item);
      this.conv = null;
    } else if (path.length === 0) {
      if (this.envelope.format !== VEIL_EXPORT_FORMAT) throw this.notVeil();
      parse(EnvelopeSchema, this.envelope, []);
      if (!this.seenTop.has('conversations')) throw formatError(['conversations'], 'expected an array, received undefined');
    }
  }

  private topKey(key: string): void {
    if (this.seenTop.has(key)) throw formatError([key], 'appears twice');
    if (!ENVELOPE_KEYS.has(key)) throw this.envelope.format === VEIL_EXPORT_FORMAT ? formatError([key], 'unrecognized key') : this.notVeil();
    this.seenTop.add(key);
  }

  private conversationKey(path: JsonPath): void {
    const key = path[2] as string;
    const c = this.conv!;
    if (!CONVERSATION_KEYS.has(key)) throw formatError(path, 'unrecognized key');
    if (c.seen.has(key)) throw formatError(path, 'appears twice');
    c.seen.add(key);
  }

  private storeHead(path: JsonPath): void {
    const c = this.conv!;
    c.id = this.target.conversation(parse(HeadSchema, c.fields, path));
  }

  private store(id: string, item: { message: ExportMessage } | { mapping: ExportMapping }): void {
    if ('message' in item) this.target.message(id, item.message);
    else this.target.mapping(id, item.mapping);
  }
}
