// Reads an encrypted archive back: checks the header and the passphrase (key check), then opens
// the chunks in order, one at a time, so memory stays at one chunk however large the archive.
// A chunk that fails authentication is tampering; an archive whose last piece is not a valid
// final chunk was cut short.
import { createDecipheriv } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { VeilError } from '../errors/veil-error';
import { checkMatches, chunkNonce, deriveArchiveKeys, HEADER_BYTES, parseHeader, TAG_BYTES } from './archive-format';

const truncated = () =>
  new VeilError('IMPORT_TRUNCATED', 'This Veil archive ends early (it was cut short or its last part is damaged). Nothing was imported.');
const tampered = () => new VeilError('IMPORT_TAMPERED', 'This Veil archive has been altered or damaged and cannot be trusted. Nothing was imported.');

function open(key: Buffer, nonce: Buffer, aad: Buffer, sealed: Buffer): Buffer | null {
  try {
    const d = createDecipheriv('aes-256-gcm', key, nonce);
    d.setAAD(aad);
    d.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    return Buffer.concat([d.update(sealed.subarray(0, sealed.length - TAG_BYTES)), d.final()]);
  } catch {
    return null;
  }
}

function readAt(fd: number, length: number, position: number): Buffer {
  const b = Buffer.alloc(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, b, got, length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got === length ? b : b.subarray(0, got);
}

/** An archive whose passphrase checked out: its plaintext, read and authenticated chunk by chunk. */
export interface OpenedArchive {
  /**
   * The payload in order, one chunk (at most the header's chunk size, <= 16 MiB) at a time, read
   * synchronously so an import can consume it inside one vault transaction. A chunk is yielded
   * only after its tag verified; a damaged or cut archive throws IMPORT_TAMPERED / IMPORT_TRUNCATED
   * at that point, so a consumer must treat everything it got so far as void (roll back).
   */
  chunks(): Generator<Buffer>;
  /** Zeroes the key; chunks() cannot be used afterwards. */
  dispose(): void;
}

/** Checks the header and the passphrase (scrypt, slow on purpose); nothing is decrypted yet. */
export async function openArchive(path: string, passphrase: string): Promise<OpenedArchive> {
  const fd = openSync(path, 'r');
  let headerBytes: Buffer;
  try {
    headerBytes = readAt(fd, HEADER_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const header = parseHeader(headerBytes);
  const keys = await deriveArchiveKeys(passphrase, header.salt, header.log2N, header.r, header.p);
  const matches = checkMatches(keys, headerBytes);
  keys.check.fill(0);
  if (!matches) {
    keys.enc.fill(0);
    throw new VeilError('IMPORT_WRONG_PASSPHRASE', 'That passphrase does not open this archive (or its header is damaged). Nothing was imported.');
  }
  let disposed = false;
  function* chunks(): Generator<Buffer> {
    if (disposed) throw new Error('archive: chunks() after dispose()');
    // Reopened by path: every chunk authenticates the header read above (AAD), so a file swapped
    // in between fails as tampered instead of being trusted.
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      const full = header.chunkSize + TAG_BYTES;
      let pos = HEADER_BYTES;
      for (let index = 0; ; index++) {
        if (pos >= size) throw truncated(); // every archive ends with a final chunk (at least a tag)
        const sealed = readAt(fd, Math.min(full, size - pos), pos);
        pos += sealed.length;
        if (sealed.length < TAG_BYTES) throw truncated();
        const last = pos >= size;
        const plain = open(keys.enc, chunkNonce(header.noncePrefix, index, last), headerBytes, sealed);
        if (plain) {
          yield plain;
          if (last) return;
          continue;
        }
        if (!last) throw tampered();
        // The last piece is not a final chunk: a whole non-final chunk means the rest was cut off.
        if (sealed.length === full && open(keys.enc, chunkNonce(header.noncePrefix, index, false), headerBytes, sealed)) throw truncated();
        throw sealed.length === full ? tampered() : truncated();
      }
    } finally {
      closeSync(fd);
    }
  }
  return {
    chunks,
    dispose: () => {
      disposed = true;
      keys.enc.fill(0);
    },
  };
}

/** Decrypts the whole archive at `path` into memory (small archives and tests; imports stream). */
export async function readArchive(path: string, passphrase: string): Promise<Buffer> {
  const archive = await openArchive(path, passphrase);
  try {
    return Buffer.concat([...archive.chunks()]);
  } finally {
    archive.dispose();
  }
}
