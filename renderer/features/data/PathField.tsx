// An absolute path typed by the user, with a "Choose…" button when the host offers a native
// dialog (path-picker.ts). The hint says which: the browser preview cannot open one.
import { useId } from 'react';
import { useAppStatus } from '../../state/stores';
import { Button } from '../../ui/Button';
import { pathPicker, type PathRequest } from './path-picker';

export interface PathFieldProps {
  label: string;
  value: string;
  onChange: (path: string) => void;
  request: PathRequest;
  testId: string;
  invalid?: boolean;
}

function examplePath(platform: string | undefined, name: string): string {
  if (platform === 'win32') return `C:\\Users\\you\\Documents\\${name}`;
  if (platform === 'darwin') return `/Users/you/Documents/${name}`;
  return `/home/you/Documents/${name}`;
}

export function PathField({ label, value, onChange, request, testId, invalid = false }: PathFieldProps) {
  const id = useId();
  const platform = useAppStatus((s) => s.status?.platform);
  const picker = pathPicker();
  const choose = async () => {
    const chosen = await picker?.(request);
    if (chosen) onChange(chosen);
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <span className="data-inline">
        <input
          id={id}
          className="input mono data-inline__grow"
          spellCheck={false}
          autoComplete="off"
          placeholder={examplePath(platform, request.suggestedName)}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-hint`}
          data-testid={testId}
        />
        {picker ? (
          <Button variant="secondary" onClick={() => void choose()}>
            Choose…
          </Button>
        ) : null}
      </span>
      <span id={`${id}-hint`} className="facts__note">
        {picker
          ? 'Choose a place, or type a full path.'
          : `Type a full path (starting with ${platform === 'win32' ? 'a drive letter' : '/'}). The desktop app offers a ${request.purpose === 'import' ? 'file picker' : 'save dialog'} here.`}
      </span>
    </div>
  );
}
