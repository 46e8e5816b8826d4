// Settings → Daily limits: per provider, how many requests and tokens Veil may send each day
// (local midnight to midnight). Checked by the core before every request; managed policy can only
// lower them. An empty field means no limit.
import { useId, useState, type FormEvent } from 'react';
import type { WireError } from '../../../shared/contract/errors';
import type { DailyLimit } from '../../../shared/egress/network-settings';
import { errorField } from '../../state/connection-settings-store';
import { connectionStore, useConnection, useSettings } from '../../state/stores';
import { Button } from '../../ui/Button';
import { IconButton } from '../../ui/IconButton';
import { TrashIcon } from '../../ui/icons';
import { InlineError } from '../../ui/InlineError';
import { usePickableProviders } from '../composer/use-providers';
import { FieldProblem, problemProps } from './FieldProblem';
import './connection.css';

const NONE: Readonly<Record<string, DailyLimit>> = {};

/** "" -> no limit; otherwise the number typed (the core refuses negatives and fractions). NaN marks text that is no number at all. */
const parseLimit = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim().replace(/[\s,_]/g, '')));

const describe = (l: DailyLimit) =>
  [l.requestsPerDay !== null ? `${l.requestsPerDay.toLocaleString()} requests` : null, l.tokensPerDay !== null ? `${l.tokensPerDay.toLocaleString()} tokens` : null].filter(Boolean).join(' · ') ||
  'no limit';

export function DailyLimitsSection() {
  const ids = useId();
  const limits = useSettings((s) => s.settings?.network.limits ?? NONE);
  const providers = usePickableProviders().filter((p) => p.apiStyle !== 'preview');
  const coreError = useConnection((s) => s.errors.limits);
  const [localError, setLocalError] = useState<WireError | null>(null);
  const error = localError ?? coreError;
  const saving = useConnection((s) => s.saving === 'limits');
  const [providerId, setProviderId] = useState(providers[0]?.id ?? '');
  const [requests, setRequests] = useState('');
  const [tokens, setTokens] = useState('');
  const name = (id: string) => providers.find((p) => p.id === id)?.displayName ?? id;
  const field = errorField(error);
  const problemId = `${ids}-problem`;
  const at = (suffix: string) => field !== null && field.startsWith('limits') && field.endsWith(suffix);

  const pick = (id: string) => {
    setProviderId(id);
    const current = limits[id];
    setRequests(current?.requestsPerDay?.toString() ?? '');
    setTokens(current?.tokensPerDay?.toString() ?? '');
  };

  const save = (next: Record<string, DailyLimit>) => connectionStore.getState().saveNetwork({ limits: next }, 'limits');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!providerId || saving) return;
    const limit = { requestsPerDay: parseLimit(requests), tokensPerDay: parseLimit(tokens) };
    // NaN would travel as JSON null, i.e. silently "no limit": stop it here.
    const notANumber = Number.isNaN(limit.requestsPerDay) ? 'requestsPerDay' : Number.isNaN(limit.tokensPerDay) ? 'tokensPerDay' : null;
    setLocalError(notANumber ? { code: 'LIMIT_NOT_A_NUMBER', message: 'Enter a whole number, or leave the field empty for no limit.', details: { field: `limits.${notANumber}` } } : null);
    if (notANumber) return;
    const next = { ...limits };
    if (limit.requestsPerDay === null && limit.tokensPerDay === null) delete next[providerId];
    else next[providerId] = limit;
    await save(next);
  };

  const entries = Object.entries(limits).filter(([, l]) => l.requestsPerDay !== null || l.tokensPerDay !== null);
  return (
    <section className="settings-section" aria-labelledby={`${ids}-t`} data-testid="daily-limits">
      <h3 id={`${ids}-t`} className="settings-section__title">
        Daily limits
      </h3>
      <p className="facts__note">Veil stops sending to a provider once today’s limit is reached (it counts from local midnight). Empty means no limit.</p>
      {entries.length > 0 ? (
        <ul className="limits" data-testid="limit-list">
          {entries.map(([id, l]) => (
            <li key={id} className="limits__row" data-testid="limit-row" data-provider={id}>
              <span className="limits__provider">{name(id)}</span>
              <span className="limits__values">{describe(l)} per day</span>
              <IconButton
                label={`Remove the limit for ${name(id)}`}
                onClick={() => {
                  const next = { ...limits };
                  delete next[id];
                  void save(next);
                }}
              >
                <TrashIcon width={16} height={16} />
              </IconButton>
            </li>
          ))}
        </ul>
      ) : null}
      <form className="limits__form" onSubmit={(e) => void submit(e)} noValidate>
        <label className="field" htmlFor={`${ids}-p`}>
          <span className="field__label">Provider</span>
          <select id={`${ids}-p`} className="select" value={providerId} onChange={(e) => pick(e.target.value)} data-testid="limit-provider">
            {providers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={`${ids}-r`}>
          <span className="field__label">Requests / day</span>
          <input id={`${ids}-r`} className="input" inputMode="numeric" value={requests} onChange={(e) => setRequests(e.target.value)} {...problemProps(problemId, at('requestsPerDay'))} data-testid="limit-requests" />
        </label>
        <label className="field" htmlFor={`${ids}-k`}>
          <span className="field__label">Tokens / day</span>
          <input id={`${ids}-k`} className="input" inputMode="numeric" value={tokens} onChange={(e) => setTokens(e.target.value)} {...problemProps(problemId, at('tokensPerDay'))} data-testid="limit-tokens" />
        </label>
        {error && field ? (
          <p className="limits__problem" role="alert">
            <FieldProblem id={problemId} error={error} />
          </p>
        ) : null}
        <Button type="submit" variant="secondary" unavailable={saving || !providerId} data-testid="limit-save">
          Set limit
        </Button>
      </form>
      {error && !field ? <InlineError context="The limit was not saved." error={error} testId="limit-error" /> : null}
    </section>
  );
}
