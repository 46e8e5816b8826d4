// Export: which conversations (all, or the ones ticked), the format (Veil JSON, Markdown as one
// file or one per conversation, or an encrypted archive with its passphrase typed twice), the
// "as the provider saw it" option (masked text only) and the destination path. The core writes
// the file; the result shows its counts and path.
import { useMemo, useState, type FormEvent } from 'react';
import type { ExportRunInput } from '../../../shared/contract/channels/export';
import { dataTransferStore, useDataTransfer } from '../../state/data-stores';
import { useConversations } from '../../state/stores';
import { Button } from '../../ui/Button';
import { InlineError } from '../../ui/InlineError';
import { formatBytes, plural } from './data-labels';
import { PathField } from './PathField';
import { suggestedExportName } from './path-picker';
import { Subsection } from './Subsection';

type FormatChoice = 'json' | 'markdown-single' | 'markdown-per' | 'archive';

const FORMATS: ReadonlyArray<{ value: FormatChoice; label: string; ext: string }> = [
  { value: 'json', label: 'Veil JSON (can be imported back)', ext: '.json' },
  { value: 'markdown-single', label: 'Markdown, one file', ext: '.md' },
  { value: 'markdown-per', label: 'Markdown, one file per conversation (a folder)', ext: '' },
  { value: 'archive', label: 'Encrypted archive (passphrase)', ext: '.veil' },
];

export function ExportPanel() {
  const stored = useConversations((s) => s.conversations).filter((c) => !c.ephemeral);
  const openId = useConversations((s) => s.selectedId);
  const exporting = useDataTransfer((s) => s.exporting);
  const result = useDataTransfer((s) => s.exported);
  const error = useDataTransfer((s) => s.exportError);
  const [scope, setScope] = useState<'all' | 'selected'>('all');
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set(openId ? [openId] : []));
  const [format, setFormat] = useState<FormatChoice>('json');
  const [maskedOnly, setMaskedOnly] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [path, setPath] = useState('');
  const [overwrite, setOverwrite] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const ext = FORMATS.find((f) => f.value === format)?.ext ?? '';
  const request = useMemo(() => ({ purpose: 'export' as const, kind: format === 'markdown-per' ? ('directory' as const) : ('file' as const), suggestedName: suggestedExportName(ext) }), [format, ext]);

  const toggle = (id: string) =>
    setPicked((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ids = stored.filter((c) => picked.has(c.id)).map((c) => c.id);
    const local =
      scope === 'selected' && ids.length === 0
        ? 'Tick at least one conversation, or export all.'
        : !path.trim()
          ? 'Enter where to save the export.'
          : format === 'archive' && passphrase.length < 8
            ? 'The archive passphrase needs at least 8 characters.'
            : format === 'archive' && passphrase !== repeat
              ? 'The two archive passphrases differ.'
              : null;
    setProblem(local);
    if (local) return;
    const input: ExportRunInput = {
      format: format === 'archive' ? 'archive' : format === 'json' ? 'json' : 'markdown',
      path: path.trim(),
      ...(scope === 'selected' ? { conversationIds: ids } : {}),
      ...(format.startsWith('markdown') ? { markdownLayout: format === 'markdown-per' ? 'per-conversation' : 'single-file' } : {}),
      ...(maskedOnly ? { maskedOnly: true } : {}),
      ...(overwrite ? { overwrite: true } : {}),
      ...(format === 'archive' ? { passphrase } : {}),
    };
    const done = await dataTransferStore.getState().runExport(input);
    if (done) {
      setPassphrase('');
      setRepeat('');
    }
  };

  return (
    <Subsection title="Export" summary="JSON, Markdown or encrypted archive" testId="data-export">
      <form className="data-form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="days-choice">
          <legend className="field__label">Conversations</legend>
          <label className="check">
            <input className="check__box" type="radio" name="export-scope" checked={scope === 'all'} onChange={() => setScope('all')} data-testid="export-scope-all" />
            <span className="check__label">All saved conversations ({stored.length})</span>
          </label>
          <label className="check">
            <input className="check__box" type="radio" name="export-scope" checked={scope === 'selected'} onChange={() => setScope('selected')} data-testid="export-scope-selected" />
            <span className="check__label">Only the ones I tick</span>
          </label>
          {scope === 'selected' ? (
            <ul className="data-pick" data-testid="export-pick">
              {stored.map((c) => (
                <li key={c.id}>
                  <label className="check">
                    <input className="check__box" type="checkbox" checked={picked.has(c.id)} onChange={() => toggle(c.id)} data-testid="export-pick-item" data-id={c.id} />
                    <span className="check__label data-pick__title">{c.title}</span>
                  </label>
                </li>
              ))}
              {stored.length === 0 ? <li className="facts__note">No saved conversations.</li> : null}
            </ul>
          ) : null}
          <p className="facts__note">“Not saved” chats are never exported.</p>
        </fieldset>
        <label className="field">
          <span className="field__label">Format</span>
          <select className="select" value={format} onChange={(e) => setFormat(e.target.value as FormatChoice)} data-testid="export-format">
            {FORMATS.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        {format === 'archive' ? (
          <div className="data-pair">
            <label className="field">
              <span className="field__label">Archive passphrase</span>
              <input className="input" type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} data-testid="export-passphrase" />
            </label>
            <label className="field">
              <span className="field__label">Repeat it</span>
              <input className="input" type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} data-testid="export-passphrase-repeat" />
            </label>
          </div>
        ) : null}
        <label className="check">
          <input className="check__box" type="checkbox" checked={maskedOnly} onChange={(e) => setMaskedOnly(e.target.checked)} data-testid="export-masked-only" />
          <span className="check__label">As the provider saw it (masked text only, no placeholder mappings)</span>
        </label>
        <PathField label={format === 'markdown-per' ? 'Save into the new folder' : 'Save as'} value={path} onChange={setPath} request={request} testId="export-path" invalid={problem !== null && !path.trim()} />
        <label className="check">
          <input className="check__box" type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} data-testid="export-overwrite" />
          <span className="check__label">Replace it if it already exists</span>
        </label>
        {problem ? (
          <p className="field__problem" role="alert" data-testid="export-problem">
            {problem}
          </p>
        ) : null}
        <div className="data-form__actions">
          <Button type="submit" variant="primary" unavailable={exporting} data-testid="export-run">
            {exporting ? 'Exporting…' : 'Export'}
          </Button>
        </div>
      </form>
      {result ? (
        <p className="data-result" role="status" data-testid="export-result">
          Exported {plural(result.conversations, 'conversation')} and {plural(result.messages, 'message')} ({plural(result.files, 'file')}, {formatBytes(result.bytes)}) to{' '}
          <code className="mono data-result__path" data-testid="export-result-path">
            {result.path}
          </code>
        </p>
      ) : null}
      {error ? <InlineError context="Nothing was exported." error={error} testId="export-error" /> : null}
    </Subsection>
  );
}
