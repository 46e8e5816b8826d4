// Command-line options of veil-mask, parsed without side effects so tests can cover them.
import { ENTITY_TYPES, isEntityType, isPresetName, PRESET_NAMES, type MaskOptions } from '../../shared/masking';

export const USAGE = `Usage: veil-mask [--spans] [--json] [--preset NAME] [--types TYPE,TYPE]

Masks personal data locally, with the same engine Veil uses before anything is sent.

  (default)        read plain text on stdin, print the masked text
  --spans          read JSON lines {"id": ..., "text": "..."} on stdin and write one line
                   {"id": ..., "spans": [{"start", "end", "type"}]} per input line
                   (UTF-16 offsets, end exclusive)
  --json           with plain text: print {"masked", "spans", "mapping"} as JSON instead
  --preset NAME    ${PRESET_NAMES.join(', ')} (default: standard)
  --types A,B      exactly these types (overrides the preset's list)
  -h, --help       this text

Types: ${ENTITY_TYPES.join(', ')}`;

export interface VeilMaskArgs {
  mode: 'text' | 'spans';
  json: boolean;
  help: boolean;
  options: MaskOptions;
}

export class UsageError extends Error {}

export function parseVeilMaskArgs(argv: readonly string[]): VeilMaskArgs {
  const out: VeilMaskArgs = { mode: 'text', json: false, help: false, options: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--spans':
        out.mode = 'spans';
        break;
      case '--json':
        out.json = true;
        break;
      case '-h':
      case '--help':
        out.help = true;
        break;
      case '--preset': {
        const name = value().toLowerCase();
        if (!isPresetName(name)) throw new UsageError(`unknown preset "${name}"; use one of ${PRESET_NAMES.join(', ')}`);
        out.options.preset = name;
        break;
      }
      case '--types': {
        const types = value().split(',').map((t) => t.trim().toUpperCase()).filter(Boolean);
        const bad = types.filter((t) => !isEntityType(t));
        if (bad.length > 0) throw new UsageError(`unknown type(s) ${bad.join(', ')}; known types: ${ENTITY_TYPES.join(', ')}`);
        out.options.types = types.filter(isEntityType);
        break;
      }
      default:
        throw new UsageError(`unknown option "${arg}"`);
    }
  }
  return out;
}
