// What the chosen provider does with the data, next to the picker: where it is processed and
// whether inputs train models, each with its source and date. Unknown facts say "unknown".
import { isSourcedFact, UNKNOWN, type PrivacyFact, type ProviderEntry } from '../../../shared/providers/index';

function FactValue({ fact }: { fact: PrivacyFact }) {
  if (fact.value === UNKNOWN) return <span className="fact__unknown">unknown</span>;
  return <>{fact.value}</>;
}

function Source({ fact }: { fact: PrivacyFact }) {
  if (!isSourcedFact(fact)) return null;
  let host = fact.source;
  try {
    host = new URL(fact.source).host;
  } catch {
    /* shown as is */
  }
  return (
    <a className="fact__source" href={fact.source} target="_blank" rel="noreferrer noopener" title={`${fact.source} (checked ${fact.asOf})`}>
      source: {host}, {fact.asOf}
    </a>
  );
}

export function ProviderFacts({ provider }: { provider: ProviderEntry }) {
  const { jurisdiction, trainingByDefault, trainingOptOut } = provider.privacy;
  const showOptOut = isSourcedFact(trainingOptOut);
  return (
    <dl className="provider-facts" data-testid="provider-facts">
      <div className="provider-facts__row">
        <dt>Data processed in:</dt>
        <dd data-testid="provider-jurisdiction">
          <FactValue fact={jurisdiction} /> <Source fact={jurisdiction} />
        </dd>
      </div>
      <div className="provider-facts__row">
        <dt>Training on inputs:</dt>
        <dd data-testid="provider-training">
          <FactValue fact={trainingByDefault} /> <Source fact={trainingByDefault} />
          {showOptOut ? (
            <>
              {' · '}opt-out: <FactValue fact={trainingOptOut} /> <Source fact={trainingOptOut} />
            </>
          ) : null}
        </dd>
      </div>
    </dl>
  );
}
