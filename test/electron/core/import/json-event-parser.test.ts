import { describe, expect, it } from 'vitest';
import { JsonEventParser, JsonSyntaxError, type JsonEvents, type JsonPath } from '../../../../electron/core/import/json-event-parser';

/** Rebuilds a document from the events (streamed containers) and captured values. */
function rebuild(bytes: Buffer, pieceSize: number, capture: (path: JsonPath) => boolean): unknown {
  let root: unknown;
  const containers = new Map<string, unknown>();
  const put = (path: JsonPath, value: unknown) => {
    if (path.length === 0) {
      root = value;
      return;
    }
    const parent = containers.get(JSON.stringify(path.slice(0, -1))) as Record<string | number, unknown>;
    const key = path[path.length - 1]!;
    if (Array.isArray(parent)) parent.push(value);
    else Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
  };
  const events: JsonEvents = {
    capture: (path) => capture(path),
    onOpen: (path, kind) => {
      const c = kind === 'array' ? [] : {};
      put(path, c);
      containers.set(JSON.stringify(path), c);
    },
    onClose: () => undefined,
    onValue: (path, value) => put(path, value),
  };
  const parser = new JsonEventParser(events);
  for (let off = 0; off < bytes.length; off += pieceSize) parser.write(bytes.subarray(off, off + pieceSize));
  parser.end();
  return root;
}

/** A seeded random JSON value with multi-byte text, escapes, surrogate pairs and awkward numbers. */
function randomValue(seed: number, depth = 0): unknown {
  let x = seed >>> 0;
  const next = () => (x = (x * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const pieces = ['a', 'é', '東京', '🙂', '"', '\\', '\n', '\u0000', '\u2028', ' ', 'z'];
  const str = () => Array.from({ length: Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
  const value = (d: number): unknown => {
    const r = next();
    if (d > 3 || r < 0.45) {
      const p = Math.floor(next() * 6);
      return [str(), Math.floor(next() * 1e6) - 5e5, next() * 1e-3, -1.5e300, true, null][p];
    }
    if (r < 0.7) return Array.from({ length: Math.floor(next() * 5) }, () => value(d + 1));
    const o: Record<string, unknown> = {};
    for (let i = Math.floor(next() * 5); i > 0; i--) o[str()] = value(d + 1);
    return o;
  };
  return value(depth);
}

describe('JsonEventParser', () => {
  it('reads what JSON.parse reads, streamed or captured, however the bytes are cut', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const doc = { list: [randomValue(seed), randomValue(seed * 7)], nested: { deep: randomValue(seed * 13) }, s: randomValue(seed * 31) };
      const bytes = Buffer.from(`\uFEFF ${JSON.stringify(doc, null, seed % 2 ? 1 : 0)}\n`);
      const expected = JSON.parse(bytes.toString('utf8').slice(1)) as unknown;
      for (const piece of [1, 2, 3, 5, 64, bytes.length]) {
        expect(rebuild(bytes, piece, () => false)).toEqual(expected); // everything streamed
        expect(rebuild(bytes, piece, (p) => p.length === 2)).toEqual(expected); // members of depth-2 containers captured
        expect(rebuild(bytes, piece, () => true)).toEqual(expected); // the whole document captured
      }
    }
  });

  it('reports paths and keeps a "__proto__" key as data', () => {
    const seen: string[] = [];
    const parser = new JsonEventParser({
      capture: (path) => path.length >= 2,
      onOpen: (path, kind) => seen.push(`open ${path.join('.')} ${kind}`),
      onClose: (path, kind) => seen.push(`close ${path.join('.')} ${kind}`),
      onValue: (path, value) => seen.push(`value ${path.join('.')} ${JSON.stringify(value)}`),
    });
    parser.write(Buffer.from('{"a":[1,{"__proto__":{"x":1}},[]],"b":{},"c":"d"}'));
    parser.end();
    expect(seen).toEqual([
      'open  object',
      'open a array',
      'value a.0 1',
      'value a.1 {"__proto__":{"x":1}}',
      'value a.2 []',
      'close a array',
      'open b object',
      'close b object',
      'value c "d"',
      'close  object',
    ]);
    expect(({} as { x?: number }).x).toBeUndefined();
  });

  it('rejects what is not one JSON value, and says when the input just stopped', () => {
    const fails = (text: string) => {
      const parser = new JsonEventParser({ capture: () => false, onOpen: () => undefined, onClose: () => undefined, onValue: () => undefined });
      try {
        parser.write(Buffer.from(text));
        parser.end();
      } catch (err) {
        expect(err, text).toBeInstanceOf(JsonSyntaxError);
        return (err as JsonSyntaxError).endedEarly;
      }
      throw new Error(`accepted: ${text}`);
    };
    for (const bad of ['[1,]', '{"a":1,}', '[1 2]', '{"a" 1}', '{1:2}', '{"a":1]', '[}', '[1,2] 3', '[1] x', 'this is { not json', "{'a':1}", '[01]', '[NaN]', ',']) {
      expect(fails(bad), bad).toBe(false);
    }
    for (const cut of ['', '   ', '{', '{"a":', '{"a":[1,2', '{"a":"abc', '[tru', '{"a":1']) expect(fails(cut), cut).toBe(true);
  });

  it('lets errors thrown by the caller through unchanged', () => {
    const mine = new Error('stop here');
    const parser = new JsonEventParser({
      capture: () => false,
      onOpen: () => undefined,
      onClose: () => undefined,
      onValue: (path) => {
        if (path[0] === 2) throw mine;
      },
    });
    expect(() => parser.write(Buffer.from('[0,1,2,3]'))).toThrow(mine);
  });
});
