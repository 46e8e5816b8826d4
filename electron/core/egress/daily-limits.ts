// Per-provider daily limits (requests and tokens) from settings, capped by policy, counted from
// the ledger since local midnight. Checked before a message is stored and again before every
// request (retries count), so a limit cannot be overrun by a long retry loop.
import { tighterLimit, type EgressPolicy, type NetworkSettings } from '../../../shared/egress/network-settings';
import { VeilError } from '../errors/veil-error';

export interface EffectiveLimit {
  requestsPerDay: number | null;
  tokensPerDay: number | null;
}

export function effectiveLimit(providerId: string, settings: NetworkSettings, policy: EgressPolicy | null): EffectiveLimit {
  const user = settings.limits[providerId];
  const cap = policy?.limitCaps?.[providerId];
  const all = policy?.limitCaps?.['*'];
  return {
    requestsPerDay: tighterLimit(tighterLimit(user?.requestsPerDay, cap?.requestsPerDay), all?.requestsPerDay),
    tokensPerDay: tighterLimit(tighterLimit(user?.tokensPerDay, cap?.tokensPerDay), all?.tokensPerDay),
  };
}

export function startOfLocalDay(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** Throws LIMIT_REACHED when today's usage has reached either limit. */
export function assertWithinLimit(providerName: string, providerId: string, limit: EffectiveLimit, used: { requests: number; tokens: number }): void {
  if (limit.requestsPerDay !== null && used.requests >= limit.requestsPerDay) {
    throw new VeilError(
      'LIMIT_REACHED',
      `You have reached today's limit of ${limit.requestsPerDay} requests to ${providerName}. Nothing was sent; the limit resets at midnight (Settings → Network).`,
      { details: { providerId, kind: 'requests', limit: limit.requestsPerDay, used: used.requests } },
    );
  }
  if (limit.tokensPerDay !== null && used.tokens >= limit.tokensPerDay) {
    throw new VeilError(
      'LIMIT_REACHED',
      `You have used today's limit of ${limit.tokensPerDay} tokens with ${providerName}. Nothing was sent; the limit resets at midnight (Settings → Network).`,
      { details: { providerId, kind: 'tokens', limit: limit.tokensPerDay, used: used.tokens } },
    );
  }
}
