// Realistic surrogates: format-preserving fake values used instead of [TYPE_n] tokens when the
// user prefers them. They are deterministic per (type, number) so a conversation stays coherent,
// and reversible because the mapping records them.
import { IBAN_LENGTHS, ibanMod97, luhnValid } from './checksums';
import type { EntityType } from './types';

const FAKE_GIVEN = ['Alex', 'Jordan', 'Morgan', 'Taylor', 'Casey', 'Riley', 'Avery', 'Quinn', 'Rowan', 'Emery', 'Harley', 'Sage'];
const FAKE_FAMILY = ['Larkwood', 'Fenmore', 'Ashdown', 'Kestrel', 'Marlowe', 'Thistle', 'Brackley', 'Ormsby', 'Pellow', 'Quarrie', 'Wexcombe'];

const FULL_NAMES = FAKE_GIVEN.length * FAKE_FAMILY.length;
const TEST_NETS = ['192.0.2', '198.51.100', '203.0.113'];

/** A small deterministic generator (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hash = (s: string): number => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
};

/** Replaces digits and letters by random ones of the same class; keeps separators and the first `keep` characters. */
function shapeLike(value: string, rnd: () => number, keep = 0): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] as string;
    if (i < keep) out += ch;
    else if (/\d/.test(ch)) out += String(Math.floor(rnd() * 10));
    else if (/[A-Z]/.test(ch)) out += String.fromCharCode(65 + Math.floor(rnd() * 26));
    else if (/[a-z]/.test(ch)) out += String.fromCharCode(97 + Math.floor(rnd() * 26));
    else out += ch;
  }
  return out;
}

function fixLuhn(value: string): string {
  for (let d = 0; d < 10; d++) {
    const candidate = value.replace(/\d(?=\D*$)/, String(d));
    if (luhnValid(candidate)) return candidate;
  }
  return value;
}

function ibanWithCheck(country: string, bban: string): string {
  return `${country}${String(98 - ibanMod97(`${bban}${country}00`)).padStart(2, '0')}${bban}`;
}

/** A fake value of the same kind and shape. `n` is the placeholder number; `salt` retries on collision. */
export function makeSurrogate(type: EntityType, value: string, n: number, salt = 0): string {
  const rnd = prng(hash(`${type}:${n}:${salt}`));
  switch (type) {
    case 'EMAIL':
      return `user${n}${salt ? `.${salt}` : ''}@example.net`;
    case 'PERSON': {
      const k = n - 1 + salt;
      const given = FAKE_GIVEN[k % FAKE_GIVEN.length] as string;
      const family = FAKE_FAMILY[Math.floor(k / FAKE_GIVEN.length) % FAKE_FAMILY.length] as string;
      const full = value.trim().includes(' ');
      // Once every form of the shorter shape has been tried (salt past the pool), longer forms follow:
      // a lone name gets a family name, a full name a middle initial. Without them a conversation with
      // more distinct names than the pool would never find a free surrogate.
      if (!full && salt < FAKE_GIVEN.length) return given;
      const round = Math.floor((full ? salt : salt - FAKE_GIVEN.length) / FULL_NAMES);
      return round === 0 ? `${given} ${family}` : `${given} ${String.fromCharCode(64 + (round % 26 || 26))}. ${family}`;
    }
    case 'IP_ADDRESS': {
      if (value.includes(':')) return `2001:db8::${(n + salt).toString(16)}`;
      // The three documentation networks (RFC 5737), one after the other as salt grows.
      const k = n + salt - 1;
      return `${TEST_NETS[Math.floor(salt / 254) % TEST_NETS.length] as string}.${(k % 254) + 1}`;
    }
    case 'CREDIT_CARD':
      return fixLuhn(shapeLike(value, rnd, 1));
    case 'IBAN': {
      const compact = value.replace(/\s/g, '').toUpperCase();
      const country = compact.slice(0, 2);
      const bban = shapeLike(compact.slice(4), rnd);
      const iban = IBAN_LENGTHS[country] ? ibanWithCheck(country, bban) : `${country}00${bban}`;
      return value.includes(' ') ? (iban.match(/.{1,4}/g) as string[]).join(' ') : iban;
    }
    case 'PHONE':
      // Keep the country code so the reply reads naturally.
      return shapeLike(value, rnd, value.startsWith('+') ? Math.min(value.length, 3) : 1);
    default:
      return shapeLike(value, rnd);
  }
}
