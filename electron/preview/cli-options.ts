// Command-line options of `npm run preview` and the per-user default data directory, kept apart
// from the CLI entry so they can be tested without starting a server.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { VeilError } from '../core/errors/veil-error';

export interface CliOptions {
  dataDir: string;
  port: number;
  open: boolean;
  help: boolean;
}

/** A data dir of its own, so the preview never touches the desktop app's database and settings. */
export function defaultPreviewDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Veil-preview');
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Veil-preview');
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'Veil-preview');
}

export const USAGE = `usage: npm run preview -- [--data-dir DIR] [--port N] [--no-open]
  --data-dir DIR  where the preview keeps its data (default: ${defaultPreviewDataDir()})
  --port N        port on 127.0.0.1 (default 0: any free port)
  --no-open       do not open the URL in the default browser`;

export function parseCliOptions(argv: readonly string[]): CliOptions {
  const opts: CliOptions = { dataDir: defaultPreviewDataDir(), port: 0, open: true, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new VeilError('PREVIEW_BAD_OPTION', `${flag} needs a value`);
      return v;
    };
    if (flag === '--data-dir') opts.dataDir = value();
    else if (flag === '--port') {
      const raw = value();
      const n = Number(raw);
      if (!/^\d+$/.test(raw) || n > 65535) throw new VeilError('PREVIEW_BAD_OPTION', `--port must be 0..65535, got ${raw.slice(0, 20)}`);
      opts.port = n;
    } else if (flag === '--no-open') opts.open = false;
    else if (flag === '--help' || flag === '-h') opts.help = true;
    else throw new VeilError('PREVIEW_BAD_OPTION', `unknown option ${arg.slice(0, 40)}`);
  }
  return opts;
}
