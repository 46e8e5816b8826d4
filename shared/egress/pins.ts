// Certificate pin matching (pure): a pin is the base64 SHA-256 of a certificate's DER
// SubjectPublicKeyInfo, as in HPKP and OkHttp ("sha256/..." is accepted too). The core extracts the
// key from the peer certificate; this module only normalises and compares, so policy validation
// in the renderer and enforcement in the core agree on what a valid pin is.

const PIN_BODY = /^[A-Za-z0-9+/]{43}=$/;

/** The canonical form of a pin (without the "sha256/" prefix), or null when it is not a SHA-256 pin. */
export function normalizePin(pin: string): string | null {
  const trimmed = pin.trim();
  const body = trimmed.toLowerCase().startsWith('sha256/') ? trimmed.slice('sha256/'.length) : trimmed;
  return PIN_BODY.test(body) ? body : null;
}

/** True when the SPKI hash of the presented key is one of the pins. Empty pins never match. */
export function pinMatches(pins: readonly string[], spkiSha256Base64: string): boolean {
  const presented = normalizePin(spkiSha256Base64);
  if (presented === null) return false;
  let found = false;
  // Compare every pin fully (no early exit), so timing does not say which pin was close.
  for (const pin of pins) {
    const p = normalizePin(pin);
    if (p !== null && sameText(p, presented)) found = true;
  }
  return found;
}

function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** Pins for a host from a host -> pins map; host names compare case-insensitively, ports ignored. */
export function pinsForHost(pinMap: Readonly<Record<string, readonly string[]>>, hostname: string): string[] {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  for (const [key, pins] of Object.entries(pinMap)) {
    if (key.toLowerCase().replace(/^\[|\]$/g, '') === host) return [...pins];
  }
  return [];
}
