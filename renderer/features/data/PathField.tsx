// An absolute path typed by the user, with "Choose…" (the native save/open dialog) in the desktop
// app. The browser preview has no dialog, so there the hint asks for a full path instead.
import { useId, useState } from 'react';
import { veil } from '../../api';
import { useAppStatus } from '../../state/stores';
import { Button } from '../../ui/Button';
import { choosePath, type PathRequest } from './path-picker';

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
  // Only the desktop app has native dialogs; a host that answers "unavailable" loses the button.
  const host = useAppStatus((s) => s.status?.host);
  const [noDialog, setNoDialog] = useState(false);
  const canChoose = host === 'electron' && !noDialog;
  const choose = async () => {
    try {
      const chosen = await choosePath(veil, request);
      if (!chosen.available) setNoDialog(true);
      else if (chosen.path) onChange(chosen.path);
    } catch {
      setNoDialog(true); // the typed path still works
    }
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
        {canChoose ? (
          <Button variant="secondary" onClick={() => void choose()} data-testid={`${testId}-choose`}>
            Choose…
          </Button>
        ) : null}
      </span>
      <span id={`${id}-hint`} className="facts__note" data-testid={`${testId}-hint`}>
        {canChoose
          ? 'Choose a place, or type a full path.'
          : `Type a full path (starting with ${platform === 'win32' ? 'a drive letter' : '/'}). The desktop app offers a ${request.purpose === 'import' ? 'file picker' : 'save dialog'} here.`}
      </span>
    </div>
  );
}
