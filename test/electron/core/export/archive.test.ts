import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HEADER_BYTES, TAG_BYTES } from '../../../../electron/core/export/archive-format';
import { openArchive, readArchive } from '../../../../electron/core/export/archive-reader';
import { ArchiveSink } from '../../../../electron/core/export/archive-sink';
import { FileSink } from '../../../../electron/core/export/file-sink';
import { cleanupDirs, tempDataDir } from '../vault/vault-fixture';

afterEach(cleanupDirs);

const PASS = 'archive passphrase';
const CHUNK = 1024;
const SEALED = CHUNK + TAG_BYTES;

async function writeArchive(payload: Buffer, writes = 7): Promise<string> {
  const path = join(tempDataDir(), 'a.veil');
  const sink = await ArchiveSink.open(new FileSink(path), PASS, CHUNK);
  // Uneven write sizes, so chunk boundaries fall inside writes.
  const step = Math.max(1, Math.ceil(payload.length / writes));
  for (let off = 0; off < payload.length; off += step) await sink.write(payload.subarray(off, off + step));
  await sink.close();
  return path;
}

const rewrite = (path: string, f: (b: Buffer) => Buffer) => {
  const p = `${path}.bad`;
  writeFileSync(p, f(readFileSync(path)));
  return p;
};

describe('encrypted archive format', () => {
  it('round trips payloads of every shape; the file holds no plaintext', async () => {
    for (const size of [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 5 * CHUNK + 77]) {
      const payload = Buffer.from('veil-plaintext-marker '.repeat(Math.ceil(size / 22) + 1)).subarray(0, size);
      const path = await writeArchive(payload);
      const file = readFileSync(path);
      // header + one sealed chunk per started chunk (at least one, the final)
      expect(file.length).toBe(HEADER_BYTES + Math.max(1, Math.ceil(size / CHUNK)) * TAG_BYTES + size);
      expect(file.subarray(0, 8).toString()).toBe('VEILARCH');
      if (size > 30) expect(file.includes(Buffer.from('veil-plaintext-marker'))).toBe(false);
      expect((await readArchive(path, PASS)).equals(payload)).toBe(true);
    }
  });

  it('tells wrong passphrase, truncation and tampering apart', async () => {
    const payload = randomBytes(4 * CHUNK + 100);
    const path = await writeArchive(payload);
    const len = readFileSync(path).length;
    await expect(readArchive(path, 'not the passphrase')).rejects.toMatchObject({ code: 'IMPORT_WRONG_PASSPHRASE' });
    // Cut exactly at a chunk boundary: the remaining last chunk is not a final chunk.
    await expect(readArchive(rewrite(path, (b) => b.subarray(0, HEADER_BYTES + 2 * SEALED)), PASS)).rejects.toMatchObject({ code: 'IMPORT_TRUNCATED' });
    await expect(readArchive(rewrite(path, (b) => b.subarray(0, len - 50)), PASS)).rejects.toMatchObject({ code: 'IMPORT_TRUNCATED' });
    await expect(readArchive(rewrite(path, (b) => b.subarray(0, HEADER_BYTES)), PASS)).rejects.toMatchObject({ code: 'IMPORT_TRUNCATED' });
    await expect(readArchive(rewrite(path, (b) => b.subarray(0, 40)), PASS)).rejects.toMatchObject({ code: 'IMPORT_TRUNCATED' });
    const flip = (at: number) => (b: Buffer) => {
      const c = Buffer.from(b);
      c[at] = c[at]! ^ 0x01;
      return c;
    };
    await expect(readArchive(rewrite(path, flip(HEADER_BYTES + SEALED + 5)), PASS)).rejects.toMatchObject({ code: 'IMPORT_TAMPERED' });
    const swapped = (b: Buffer) =>
      Buffer.concat([b.subarray(0, HEADER_BYTES), b.subarray(HEADER_BYTES + SEALED, HEADER_BYTES + 2 * SEALED), b.subarray(HEADER_BYTES, HEADER_BYTES + SEALED), b.subarray(HEADER_BYTES + 2 * SEALED)]);
    await expect(readArchive(rewrite(path, swapped), PASS)).rejects.toMatchObject({ code: 'IMPORT_TAMPERED' });
    // Data appended after the final chunk turns that chunk into a non-final one that cannot open.
    await expect(readArchive(rewrite(path, (b) => Buffer.concat([b, randomBytes(SEALED)])), PASS)).rejects.toMatchObject({ code: 'IMPORT_TAMPERED' });
    // Header fields are covered by the key check (salt) and by every chunk's AAD.
    await expect(readArchive(rewrite(path, flip(25)), PASS)).rejects.toMatchObject({ code: 'IMPORT_WRONG_PASSPHRASE' });
    await expect(readArchive(rewrite(path, flip(8)), PASS)).rejects.toMatchObject({ code: 'IMPORT_UNSUPPORTED_VERSION' });
    await expect(readArchive(rewrite(path, flip(0)), PASS)).rejects.toMatchObject({ code: 'IMPORT_INVALID' });
  });

  it('refuses hostile KDF parameters before running scrypt', async () => {
    const path = await writeArchive(Buffer.from('x'));
    const huge = rewrite(path, (b) => {
      const c = Buffer.from(b);
      c[10] = 30; // N = 2^30 would need 128 GiB
      return c;
    });
    await expect(readArchive(huge, PASS)).rejects.toMatchObject({ code: 'IMPORT_INVALID' });
  });

  it('streams: one authenticated chunk at a time, damage surfacing when its chunk is reached', async () => {
    const payload = randomBytes(6 * CHUNK + 10);
    const path = await writeArchive(payload);
    const archive = await openArchive(path, PASS);
    const pieces = [...archive.chunks()];
    expect(pieces.map((p) => p.length)).toEqual([CHUNK, CHUNK, CHUNK, CHUNK, CHUNK, CHUNK, 10]);
    expect(Buffer.concat(pieces).equals(payload)).toBe(true);
    // The passphrase was checked once; the chunks can be read again (the import reads them inside its transaction).
    expect(Buffer.concat([...archive.chunks()]).equals(payload)).toBe(true);
    archive.dispose();
    expect(() => [...archive.chunks()]).toThrow();

    const bad = rewrite(path, (b) => {
      const c = Buffer.from(b);
      c[HEADER_BYTES + 4 * SEALED + 3] = c[HEADER_BYTES + 4 * SEALED + 3]! ^ 0x80;
      return c;
    });
    const damaged = await openArchive(bad, PASS);
    const got: Buffer[] = [];
    expect(() => {
      for (const p of damaged.chunks()) got.push(p);
    }).toThrow(expect.objectContaining({ code: 'IMPORT_TAMPERED' }));
    // Chunks before the damage were handed on (so a consumer must roll back), none after it.
    expect(Buffer.concat(got).equals(payload.subarray(0, 4 * CHUNK))).toBe(true);
    damaged.dispose();
  });
});
