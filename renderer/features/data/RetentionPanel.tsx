// Retention: how long conversations are kept (forever, or N days after their last use) and how
// long ledger entries and audit events are kept; "Purge now" runs the core's purge and shows what
// it deleted. Conversations marked Keep (pin in the sidebar) are never deleted automatically.
import { useId, useState, type FormEvent } from 'react';
import { useRetention, retentionStore } from '../../state/data-stores';
import { Button } from '../../ui/Button';
import { InlineError } from '../../ui/InlineError';
import { plural, retentionSummary } from './data-labels';
import { DaysChoice, parseDays } from './DaysChoice';
import { Subsection } from './Subsection';

interface Choice {
  forever: boolean;
  days: string;
}

const choiceOf = (days: number | null, fallback: number): Choice => ({ forever: days === null, days: String(days ?? fallback) });

export function RetentionPanel() {
  const ids = useId();
  const settings = useRetention((s) => s.settings);
  const loadError = useRetention((s) => s.error);
  const saving = useRetention((s) => s.saving);
  const saveError = useRetention((s) => s.saveError);
  const savedAt = useRetention((s) => s.savedAt);
  const purging = useRetention((s) => s.purging);
  const purged = useRetention((s) => s.purged);
  const purgeError = useRetention((s) => s.purgeError);
  // null: the field shows what the core holds; a Choice: the user's edit, until saved.
  const [convEdit, setConv] = useState<Choice | null>(null);
  const [ledgerEdit, setLedger] = useState<Choice | null>(null);
  const [problem, setProblem] = useState<'conv' | 'ledger' | null>(null);
  const conv = convEdit ?? choiceOf(settings?.conversationDays ?? null, 90);
  const ledger = ledgerEdit ?? choiceOf(settings?.ledgerDays ?? null, 30);
  const dirty = convEdit !== null || ledgerEdit !== null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const conversationDays = parseDays(conv.forever, conv.days);
    const ledgerDays = parseDays(ledger.forever, ledger.days);
    const bad = (n: number | null) => n !== null && (Number.isNaN(n) || n < 1 || n > 36_500);
    const which = bad(conversationDays) ? 'conv' : bad(ledgerDays) ? 'ledger' : null;
    setProblem(which);
    if (which) return;
    if (await retentionStore.getState().save({ conversationDays, ledgerDays })) {
      setConv(null);
      setLedger(null);
    }
  };

  const edit = (set: (c: Choice) => void) => (c: Choice) => {
    set(c);
    setProblem(null);
  };

  return (
    <Subsection title="Retention" summary={retentionSummary(settings)} testId="data-retention" defaultOpen>
      <form className="data-form" onSubmit={(e) => void submit(e)} noValidate>
        <DaysChoice
          legend="Conversations"
          afterLabel="Delete after"
          testId="retention-conversations"
          {...conv}
          onChange={edit(setConv)}
          invalid={problem === 'conv'}
          describedBy={`${ids}-problem`}
        />
        <p className="facts__note">Counted from a conversation’s last message. Conversations you marked Keep (the pin in the list) are never deleted automatically.</p>
        <DaysChoice
          legend="Transparency ledger and audit log"
          afterLabel="Delete after"
          testId="retention-ledger"
          {...ledger}
          onChange={edit(setLedger)}
          invalid={problem === 'ledger'}
          describedBy={`${ids}-problem`}
        />
        {problem ? (
          <p className="field__problem" id={`${ids}-problem`} role="alert" data-testid="retention-problem">
            Enter a whole number of days from 1 to 36,500, or choose Keep forever.
          </p>
        ) : null}
        <div className="data-form__actions">
          <Button type="submit" variant="primary" unavailable={saving || !dirty} data-testid="retention-save">
            {saving ? 'Saving…' : 'Save retention'}
          </Button>
          {savedAt > 0 && !dirty && !saveError ? (
            <span className="data-ok" role="status" data-testid="retention-saved">
              Saved. Veil purges at start and every hour.
            </span>
          ) : null}
        </div>
      </form>
      {saveError ? <InlineError context="Retention was not saved." error={saveError} testId="retention-error" /> : null}
      {loadError ? <InlineError context="Could not read the retention settings." error={loadError} /> : null}
      <div className="data-row">
        <div className="data-row__text">
          <span className="data-row__title">Purge now</span>
          <span className="facts__note">Delete everything that has expired under these rules right away.</span>
        </div>
        <Button variant="secondary" unavailable={purging} onClick={() => void retentionStore.getState().purgeNow()} data-testid="retention-purge">
          {purging ? 'Purging…' : 'Purge now'}
        </Button>
      </div>
      {purged ? (
        <p className="data-result" role="status" data-testid="retention-purged">
          {Object.values(purged).every((n) => n === 0)
            ? 'Nothing had expired; nothing was deleted.'
            : `Deleted ${plural(purged.conversations, 'conversation')}, ${plural(purged.messages, 'message')}, ${plural(purged.mappings, 'placeholder mapping')}, ${plural(purged.ledgerEntries, 'ledger entry', 'ledger entries')} and ${plural(purged.auditEvents, 'audit event')}.`}
        </p>
      ) : null}
      {purgeError ? <InlineError context="The purge did not run." error={purgeError} testId="retention-purge-error" /> : null}
    </Subsection>
  );
}
