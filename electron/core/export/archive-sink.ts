// Writes the encrypted archive: the header, then the plaintext cut into fixed-size chunks, each
// sealed with AES-256-GCM as soon as it is full. Only one chunk of plaintext is held at a time;
// close() seals the remainder (possibly empty) as the final chunk, which marks the true end.
import { createCipheriv } from 'node:crypto';
import { chunkNonce, deriveArchiveKeys, encodeHeaderFields, HEADER_BYTES, keyCheck, newHeaderFields, type ArchiveHeader } from './archive-format';
import type { Sink } from './file-sink';

export class ArchiveSink implements Sink {
  private buf: Buffer;
  private fill = 0;
  private index = 0;

  private constructor(
    private readonly inner: Sink,
    private readonly key: Buffer,
    private readonly header: ArchiveHeader,
    private readonly aad: Buffer,
  ) {
    this.buf = Buffer.alloc(header.chunkSize);
  }

  /** Derives the key (scrypt, slow on purpose) and writes the header to `inner`. */
  static async open(inner: Sink, passphrase: string, chunkSize?: number): Promise<ArchiveSink> {
    const fields = newHeaderFields(chunkSize);
    const raw = encodeHeaderFields(fields);
    const keys = await deriveArchiveKeys(passphrase, fields.salt, fields.log2N, fields.r, fields.p);
    const header = Buffer.concat([raw, keyCheck(keys, raw)]);
    if (header.length !== HEADER_BYTES) throw new Error('archive header size');
    await inner.write(header);
    keys.check.fill(0);
    return new ArchiveSink(inner, keys.enc, { ...fields, raw }, header);
  }

  get bytes(): number {
    return this.inner.bytes;
  }

  async write(data: string | Buffer): Promise<void> {
    let src = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    while (src.length > 0) {
      const n = src.copy(this.buf, this.fill);
      this.fill += n;
      src = src.subarray(n);
      // A full chunk is sealed only when more data arrives, so the last one can carry the final flag.
      if (this.fill === this.buf.length && src.length > 0) await this.seal(false);
    }
  }

  private async seal(final: boolean): Promise<void> {
    const cipher = createCipheriv('aes-256-gcm', this.key, chunkNonce(this.header.noncePrefix, this.index, final));
    cipher.setAAD(this.aad);
    const ct = Buffer.concat([cipher.update(this.buf.subarray(0, this.fill)), cipher.final(), cipher.getAuthTag()]);
    this.index++;
    this.fill = 0;
    await this.inner.write(ct);
  }

  async close(): Promise<void> {
    await this.seal(true);
    this.buf.fill(0);
    this.key.fill(0);
    await this.inner.close();
  }

  async abort(): Promise<void> {
    this.buf.fill(0);
    this.key.fill(0);
    await this.inner.abort();
  }
}
