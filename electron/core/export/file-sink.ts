// A byte sink for exports. FileSink writes to a 0600 temp file through a WriteStream, coalesces
// small writes into ~64 KiB buffers and waits for 'drain' when the stream is full, so a large
// export holds at most a few buffers in memory however many messages it writes.
import { once } from 'node:events';
import { createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { VeilError } from '../errors/veil-error';

export interface Sink {
  write(data: string | Buffer): Promise<void>;
  /** Flushes, fsyncs and closes. */
  close(): Promise<void>;
  /** Closes and deletes whatever was written. */
  abort(): Promise<void>;
  /** Bytes handed to the underlying file so far. */
  readonly bytes: number;
}

const FLUSH_AT = 64 * 1024;

export function writeError(err: unknown, path: string): VeilError {
  if (err instanceof VeilError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') {
    return new VeilError('EXPORT_DISK_FULL', `There is not enough space to write ${path}. Nothing was exported; free some space and try again.`, { cause: err });
  }
  if (code === 'EEXIST') return new VeilError('EXPORT_EXISTS', `${path} already exists.`, { cause: err });
  return new VeilError('EXPORT_WRITE_FAILED', `Veil could not write ${path}. Nothing was exported.`, { cause: err, details: { path } });
}

export class FileSink implements Sink {
  private readonly stream: WriteStream;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private failed: unknown = null;
  bytes = 0;

  constructor(readonly path: string) {
    // 'wx': never reuse a file someone else created under our temp name; flush: fsync before close.
    this.stream = createWriteStream(path, { flags: 'wx', mode: 0o600, flush: true });
    this.stream.on('error', (err) => {
      this.failed = err;
    });
  }

  async write(data: string | Buffer): Promise<void> {
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    this.pending.push(buf);
    this.pendingBytes += buf.length;
    if (this.pendingBytes >= FLUSH_AT) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.failed) throw writeError(this.failed, this.path);
    if (this.pendingBytes === 0) return;
    const chunk = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.bytes += this.pendingBytes;
    this.pendingBytes = 0;
    if (!this.stream.write(chunk)) await this.waitFor('drain');
  }

  /** Waits for an event, failing fast if the stream errors meanwhile. */
  private async waitFor(event: 'drain' | 'close'): Promise<void> {
    if (this.failed) throw writeError(this.failed, this.path);
    const ac = new AbortController();
    try {
      await Promise.race([once(this.stream, event, { signal: ac.signal }), once(this.stream, 'error', { signal: ac.signal })]);
    } finally {
      ac.abort();
    }
    if (this.failed) throw writeError(this.failed, this.path);
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    if (!this.stream.closed) await this.waitFor('close');
    if (this.failed) throw writeError(this.failed, this.path);
  }

  async abort(): Promise<void> {
    this.pending = [];
    if (!this.stream.closed) {
      this.stream.destroy();
      await once(this.stream, 'close').catch(() => undefined);
    }
    rmSync(this.path, { force: true });
  }
}
