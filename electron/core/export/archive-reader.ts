// Reads an encrypted archive back: checks the header and the passphrase (key check), then opens
// the chunks in order. A chunk that fails authentication is tampering; an archive whose last
// piece is not a valid final chunk was cut short. Nothing is returned unless every chunk opens.
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

/** Decrypts the archive at `path` and returns its payload (Veil JSON bytes). */
export async function readArchive(path: string, passphrase: string): Promise<Buffer> {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const headerBytes = readAt(fd, HEADER_BYTES, 0);
    const header = parseHeader(headerBytes);
    const keys = await deriveArchiveKeys(passphrase, header.salt, header.log2N, header.r, header.p);
    if (!checkMatches(keys, headerBytes)) {
      throw new VeilError('IMPORT_WRONG_PASSPHRASE', 'That passphrase does not open this archive (or its header is damaged). Nothing was imported.');
    }
    const parts: Buffer[] = [];
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
        parts.push(plain);
        if (last) break;
        continue;
      }
      if (!last) throw tampered();
      // The last piece is not a final chunk: a whole non-final chunk means the rest was cut off.
      if (sealed.length === full && open(keys.enc, chunkNonce(header.noncePrefix, index, false), headerBytes, sealed)) throw truncated();
      throw sealed.length === full ? tampered() : truncated();
    }
    keys.enc.fill(0);
    return Buffer.concat(parts);
  } finally {
    closeSync(fd);
  }
}
