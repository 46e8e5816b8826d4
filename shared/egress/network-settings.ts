// The user's network settings (proxy, TLS, custom CA, daily limits) and the parts of managed policy
// that tighten them (extra allowlist restriction, pins, User-Agent, TLS 1.3, limit caps). One zod
// schema each, so the settings file, the UI and the core validate alike.
import { z } from 'zod';
import { normalizePin } from './pins';

const ProxyUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0 && !u.search && !u.hash;
    } catch {
      return false;
    }
  }, 'The proxy must be an http:// or https:// URL like http://proxy.example:3128');

export const ProxySettingsSchema = z.object({
  /** system: the OS proxy (Electron session) / HTTPS_PROXY in the preview; direct: none; explicit: `url`. */
  mode: z.enum(['system', 'direct', 'explicit']).default('system'),
  url: ProxyUrl.nullable().default(null),
  /** Hosts reached directly even with a proxy: "example.com", ".example.com", "host:port", "10.0.0.0/8", "*". */
  noProxy: z.array(z.string().trim().min(1).max(300)).max(200).default([]),
});
export type ProxySettings = z.infer<typeof ProxySettingsSchema>;

export const DailyLimitSchema = z.object({
  /** null: no limit. */
  requestsPerDay: z.number().int().min(0).nullable().default(null),
  tokensPerDay: z.number().int().min(0).nullable().default(null),
});
export type DailyLimit = z.infer<typeof DailyLimitSchema>;

const PemBundle = z
  .string()
  .max(1_000_000)
  .refine((v) => /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.test(v), 'Paste one or more PEM certificates (-----BEGIN CERTIFICATE-----).');

export const NetworkSettingsSchema = z.object({
  /** Refuse servers that cannot speak TLS 1.3 (the default minimum is TLS 1.2). */
  tls13Only: z.boolean().default(false),
  /** Extra trusted root certificates (PEM), e.g. a company proxy's CA. Disables certificate pinning. */
  customCaPem: PemBundle.nullable().default(null),
  proxy: ProxySettingsSchema.default({ mode: 'system', url: null, noProxy: [] }),
  /** Per provider id. */
  limits: z.record(z.string().max(100), DailyLimitSchema).default({}),
});
export type NetworkSettings = z.infer<typeof NetworkSettingsSchema>;

export const defaultNetworkSettings = (): NetworkSettings => NetworkSettingsSchema.parse({});

const Pin = z.string().refine((p) => normalizePin(p) !== null, 'A pin is the base64 SHA-256 of the SubjectPublicKeyInfo (44 characters ending in "=").');

/** What managed policy may set for the network. Every field can only tighten the user's settings. */
export const EgressPolicySchema = z.object({
  /** When set, only these hosts (host or host:port) are reachable, even if a provider points elsewhere. */
  allowHosts: z.array(z.string().min(1).max(300)).optional(),
  /** Hosts never reachable. */
  denyHosts: z.array(z.string().min(1).max(300)).optional(),
  /** host -> SPKI SHA-256 pins (any one must match). Ignored while a custom CA is configured. */
  pins: z.record(z.string().min(1).max(300), z.array(Pin).min(1)).optional(),
  /** Sent verbatim as User-Agent instead of "Veil". */
  userAgent: z.string().min(1).max(200).optional(),
  tls13Only: z.literal(true).optional(),
  /** Upper bounds for the user's daily limits, per provider id or "*" for every provider. */
  limitCaps: z.record(z.string().max(100), DailyLimitSchema.partial()).optional(),
});
export type EgressPolicy = z.infer<typeof EgressPolicySchema>;

/** The tighter of a user limit and a policy cap (null = unlimited). */
export function tighterLimit(user: number | null | undefined, cap: number | null | undefined): number | null {
  const a = user ?? null;
  const b = cap ?? null;
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}
