// The one scrubber every log line and error message passes through. It removes the exact values
// registered at run time (API keys, the vault key) and anything shaped like a known secret.
const REDACTED = '[REDACTED]';

/** Known secret shapes; kept deliberately broad: a false positive in a log costs nothing. */
const SECRET_SHAPES: readonly RegExp[] = [
  /\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{16,}/g, // OpenAI, Anthropic, DeepSeek
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, // AWS access key ids
  /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}\b/g, // GitHub tokens
  /\bgithub_pat_[A-Za-z0-9_]{30,}\b/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/g, // Slack
  /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}\b/g, // Stripe
  /\bAIza[0-9A-Za-z_-]{35}/g, // Google API keys
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, // JWT
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
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
    for (const re of SECRET_SHAPES) {
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
