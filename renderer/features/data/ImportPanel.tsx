// Import: a Veil JSON export, a Veil encrypted archive (its passphrase) or a ChatGPT data export
// (conversations.json), from a path. The core imports in one transaction, so a bad file adds
// nothing; the result shows the counts and the conversation list refreshes. While it runs, a
// progress bar follows the import.progress stream and the Import button is unavailable.
import { useState, type FormEvent } from 'react';
import type { ImportSource } from '../../../shared/contract/channels/export';
import { dataTransferStore, useDataTransfer } from '../../state/data-stores';
import { Button } from '../../ui/Button';
import { InlineError } from '../../ui/InlineError';
import { importErrorContext, plural } from './data-labels';
import { ImportProgressBar } from './ImportProgressBar';
import { PathField } from './PathField';
import { Subsection } from './Subsection';

type SourceChoice = 'auto' | ImportSource;

const SOURCES: ReadonlyArray<{ value: SourceChoice; label: string }> = [
  { value: 'auto', label: 'Detect from the file' },
  { value: 'veil-json', label: 'Veil JSON export' },
  { value: 'veil-archive', label: 'Veil encrypted archive' },
  { value: 'chatgpt', label: 'ChatGPT export (conversations.json)' },
];

const SOURCE_NAMES: Record<ImportSource, string> = { 'veil-json': 'Veil JSON', 'veil-archive': 'Veil archive', chatgpt: 'ChatGPT export' };

export function ImportPanel() {
  const importing = useDataTransfer((s) => s.importing);
  const result = useDataTransfer((s) => s.imported);
  const error = useDataTransfer((s) => s.importError);
  const [source, setSource] = useState<SourceChoice>('auto');
  const [path, setPath] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // The passphrase field appears for archives, and when the core found one where "detect" was chosen.
  const askPassphrase = source === 'veil-archive' || (source === 'auto' && (error?.code === 'IMPORT_PASSPHRASE_REQUIRED' || error?.code === 'IMPORT_WRONG_PASSPHRASE' || passphrase !== ''));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const local = !path.trim() ? 'Enter the full path of the file to import.' : askPassphrase && passphrase.length > 0 && passphrase.length < 8 ? 'Archive passphrases have at least 8 characters.' : null;
    setProblem(local);
    if (local) return;
    const done = await dataTransferStore.getState().runImport({
      path: path.trim(),
      ...(source !== 'auto' ? { source } : {}),
      ...(askPassphrase && passphrase ? { passphrase } : {}),
    });
    if (done) setPassphrase('');
  };

  return (
    <Subsection title="Import" summary="Veil JSON, Veil archive, ChatGPT" testId="data-import">
      <form className="data-form" onSubmit={(e) => void submit(e)} noValidate>
        <label className="field">
          <span className="field__label">What to import</span>
          <select className="select" value={source} onChange={(e) => setSource(e.target.value as SourceChoice)} data-testid="import-source">
            {SOURCES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <PathField label="File" value={path} onChange={setPath} request={{ purpose: 'import', kind: 'file', suggestedName: source === 'chatgpt' ? 'conversations.json' : 'veil-export.json' }} testId="import-path" invalid={problem !== null && !path.trim()} />
        {askPassphrase ? (
          <label className="field">
            <span className="field__label">Archive passphrase</span>
            <input className="input" type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} data-testid="import-passphrase" />
          </label>
        ) : null}
        <p className="facts__note">Imported conversations are added to the ones you have; a conversation whose id already exists gets a new one. A file that cannot be read adds nothing.</p>
        {problem ? (
          <p className="field__problem" role="alert" data-testid="import-problem">
            {problem}
          </p>
        ) : null}
        <div className="data-form__actions">
          <Button type="submit" variant="primary" unavailable={importing} data-testid="import-run">
            {importing ? 'Importing…' : 'Import'}
          </Button>
        </div>
      </form>
      {importing ? <ImportProgressBar /> : null}
      {result ? (
        <p className="data-result" role="status" data-testid="import-result">
          Imported {plural(result.conversations, 'conversation')} and {plural(result.messages, 'message')} from a {SOURCE_NAMES[result.source]}
          {result.renamed > 0 ? ` (${plural(result.renamed, 'conversation')} got a new id because it already existed)` : ''}.
        </p>
      ) : null}
      {error ? <InlineError context={importErrorContext(error.code)} error={error} testId="import-error" /> : null}
    </Subsection>
  );
}
