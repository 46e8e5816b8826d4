// Opens the preview URL in the user's default browser. Best effort: when no opener exists (a
// headless box, a container) the URL printed by the CLI is enough, so failure is only logged.
import { spawn } from 'node:child_process';
import type { Logger } from '../core/log/logger';

function opener(url: string): { cmd: string; args: string[] } {
  if (process.platform === 'darwin') return { cmd: 'open', args: [url] };
  // `start` is a cmd.exe builtin; the empty string is its window-title argument.
  if (process.platform === 'win32') return { cmd: 'cmd', args: ['/c', 'start', '""', url.replace(/&/g, '^&')] };
  return { cmd: 'xdg-open', args: [url] };
}

export function openInBrowser(url: string, log: Logger): void {
  const { cmd, args } = opener(url);
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', (err) => log.warn(`could not open a browser (${cmd}); open the printed URL yourself`, err));
    child.unref();
  } catch (err) {
    log.warn(`could not open a browser (${cmd}); open the printed URL yourself`, err);
  }
}
