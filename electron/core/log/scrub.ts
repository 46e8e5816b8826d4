// The one scrubber every log line and error message passes through. It removes the exact values
// registered at run time (API keys, the vault key) and anything shaped like a known secret.
import { SECRET_SHAPES } from '../../../shared/masking/recognizers/secret-shapes';

const REDACTED = '[REDACTED]';

/**
 * Known token shapes come from the masking engine (one list for masking and scrubbing); the
 * extras here are broad on purpose: a false positive in a log line costs nothing.
 */
const SECRET_PATTERNS: readonly RegExp[] = [
  ...SECRET_SHAPES.map((shape) => shape.re),
  /\bsk-[A-Za-z0-9_-]{16,}/g, // any sk- token (OpenAI/Anthropic/DeepSeek families and look-alikes)
  /\bAIza[0-9A-Za-z_-]{30,}/g, // Google-style keys, also when truncated or run together
  /\b[Bb]earer\s+[A-Za-z0-9._~+/=-]{8,}/g,
  /\bx'[0-9A-Fa-f]{64,}'/g, // raw SQLCipher keys as written in PRAGMA key
  /\b[0-9a-fA-F]{64}\b/g, // 256-bit keys in hex
  /((?:password|passwd|pwd|secret|token|api[_-]?key|apikey|authorization)\s*["']?\s*[:=]\s*["']?)[^\s"',;&]{4,}/gi,
];

export class Scrubber {
  private readonly known = new Set<string>();

  /** Registers an exact secret value (and its common encodings) to be removed from every string. */
  register(secret: string): void {
    if (secret.length < 4) return;
    this.known.add(secret);
    this.known.add(Buffer.from(secret, 'utf8').toString('base64'));
    this.known.add(encodeURIComponent(secret));
  }

  forget(secret: string): void {
    this.known.delete(secret);
    this.known.delete(Buffer.from(secret, 'utf8').toString('base64'));
    this.known.delete(encodeURIComponent(secret));
  }

  scrub(text: string): string {
    let out = text;
    // Longest first, so a secret containing another registered one is removed whole.
    for (const s of [...this.known].sort((a, b) => b.length - a.length)) out = out.split(s).join(REDACTED);
    for (const re of SECRET_PATTERNS) {
      out = out.replace(re, (match: string, prefix?: string) =>
        typeof prefix === 'string' && match.startsWith(prefix) ? `${prefix}${REDACTED}` : REDACTED,
      );
    }
    return out;
  }
}

/** Process-wide scrubber: the secrets service registers keys here as soon as it sees them. */
export const scrubber = new Scrubber();
export const scrub = (text: string): string => scrubber.scrub(text);
