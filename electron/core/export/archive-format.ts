// The Veil encrypted archive, version 1: a fixed 76-byte header, then the payload (Veil JSON) in
// AES-256-GCM chunks. Each chunk's nonce is a random 7-byte prefix, a 32-bit chunk counter and a
// final-chunk flag (the STREAM construction), and every chunk authenticates the whole header, so
// reordering, dropping, appending or truncating chunks, or editing the header, is detected.
//
//   off len  field
//     0   8  magic "VEILARCH"
//     8   1  format version (1)
//     9   1  kdf (1 = scrypt)
//    10   1  log2(N) (17)     11  1  r (8)     12  1  p (1)
//    13   1  cipher (1 = AES-256-GCM, chunked)
//    14   2  reserved (0)
//    16   4  plaintext chunk size, big-endian (65536)
//    20  16  scrypt salt
//    36   7  nonce prefix
//    43   1  payload (1 = Veil JSON export, UTF-8)
//    44  32  key check: HMAC-SHA256(check key, bytes 0..43)
//   then chunks: ciphertext || 16-byte tag; every chunk but the last holds exactly chunk-size bytes
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { deriveKek } from '../secrets/key-wrap';
import { VeilError } from '../errors/veil-error';

export const ARCHIVE_MAGIC = Buffer.from('VEILARCH', 'ascii');
export const ARCHIVE_VERSION = 1;
export const HEADER_BYTES = 76;
export const TAG_BYTES = 16;
export const DEFAULT_CHUNK = 64 * 1024;
export const ARCHIVE_SCRYPT = { log2N: 17, r: 8, p: 1 } as const;
const PAYLOAD_VEIL_JSON = 1;

export interface ArchiveHeader {
  log2N: number;
  r: number;
  p: number;
  chunkSize: number;
  salt: Buffer;
  noncePrefix: Buffer;
  /** The 44 bytes the key check covers (and every chunk authenticates as AAD, with the check). */
  raw: Buffer;
}

export interface ArchiveKeys {
  enc: Buffer;
  check: Buffer;
}

/** scrypt -> 64 bytes: the first half encrypts, the second half keys the passphrase check. */
export async function deriveArchiveKeys(passphrase: string, salt: Buffer, log2N: number, r: number, p: number): Promise<ArchiveKeys> {
  const kek = await deriveKek(passphrase, salt, { N: 2 ** log2N, r, p }, 64);
  return { enc: kek.key.subarray(0, 32), check: kek.key.subarray(32, 64) };
}

export const keyCheck = (keys: ArchiveKeys, raw44: Buffer): Buffer => createHmac('sha256', keys.check).update(raw44).digest();

export function newHeaderFields(chunkSize = DEFAULT_CHUNK): Omit<ArchiveHeader, 'raw'> {
  return { ...ARCHIVE_SCRYPT, chunkSize, salt: randomBytes(16), noncePrefix: randomBytes(7) };
}

/** The first 44 header bytes (everything except the key check). */
export function encodeHeaderFields(h: Omit<ArchiveHeader, 'raw'>): Buffer {
  const b = Buffer.alloc(44);
  ARCHIVE_MAGIC.copy(b, 0);
  b.writeUInt8(ARCHIVE_VERSION, 8);
  b.writeUInt8(1, 9);
  b.writeUInt8(h.log2N, 10);
  b.writeUInt8(h.r, 11);
  b.writeUInt8(h.p, 12);
  b.writeUInt8(1, 13);
  b.writeUInt32BE(h.chunkSize, 16);
  h.salt.copy(b, 20);
  h.noncePrefix.copy(b, 36);
  b.writeUInt8(PAYLOAD_VEIL_JSON, 43);
  return b;
}

export const isArchive = (firstBytes: Buffer): boolean => firstBytes.subarray(0, 8).equals(ARCHIVE_MAGIC);

const invalid = (message: string) => new VeilError('IMPORT_INVALID', message);

/** Parses and bounds-checks a header (hostile files must not ask for gigabytes of scrypt memory). */
export function parseHeader(buf: Buffer): ArchiveHeader {
  if (buf.length < 8 || !isArchive(buf)) throw invalid('This file is not a Veil archive.');
  if (buf.length < HEADER_BYTES) throw new VeilError('IMPORT_TRUNCATED', 'This Veil archive is cut short: its header is incomplete.');
  const version = buf.readUInt8(8);
  if (version !== ARCHIVE_VERSION) {
    throw new VeilError('IMPORT_UNSUPPORTED_VERSION', `This archive was written by a newer Veil (archive format ${version}); update Veil to import it.`);
  }
  const log2N = buf.readUInt8(10);
  const r = buf.readUInt8(11);
  const p = buf.readUInt8(12);
  const chunkSize = buf.readUInt32BE(16);
  const known = buf.readUInt8(9) === 1 && buf.readUInt8(13) === 1 && buf.readUInt16BE(14) === 0 && buf.readUInt8(43) === PAYLOAD_VEIL_JSON;
  if (!known || log2N < 14 || log2N > 20 || r < 1 || r > 16 || p < 1 || p > 4 || chunkSize < 1024 || chunkSize > 16 * 1024 * 1024) {
    throw invalid('This Veil archive has a damaged or unsupported header.');
  }
  return { log2N, r, p, chunkSize, salt: buf.subarray(20, 36), noncePrefix: buf.subarray(36, 43), raw: buf.subarray(0, 44) };
}

export function checkMatches(keys: ArchiveKeys, header: Buffer): boolean {
  return timingSafeEqual(keyCheck(keys, header.subarray(0, 44)), header.subarray(44, HEADER_BYTES));
}

export function chunkNonce(prefix: Buffer, index: number, final: boolean): Buffer {
  if (index > 0xffff_ffff) throw new VeilError('EXPORT_TOO_LARGE', 'The archive would exceed the format limit of 2^32 chunks.');
  const n = Buffer.alloc(12);
  prefix.copy(n, 0);
  n.writeUInt32BE(index, 7);
  n.writeUInt8(final ? 1 : 0, 11);
  return n;
}
