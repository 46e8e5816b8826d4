// veil-mask: the masking engine on the command line, for admins trying a policy on sample data
// and for benchmarks. Reads stdin, writes stdout; exit 2 on bad usage, 1 if an input line was bad.
import { createInterface } from 'node:readline';
import { findSpans, maskText } from '../../shared/masking';
import { parseVeilMaskArgs, USAGE, UsageError, type VeilMaskArgs } from './veil-mask-args';

async function readAll(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const write = (s: string): Promise<void> =>
  new Promise((resolve) => {
    if (process.stdout.write(s)) resolve();
    else process.stdout.once('drain', () => resolve());
  });

async function spansMode(args: VeilMaskArgs): Promise<number> {
  let bad = 0;
  let lineNumber = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const fail = async (id: unknown, problem: string): Promise<void> => {
      bad++;
      await write(`${JSON.stringify({ id, error: `bad input line ${lineNumber}: ${problem}` })}\n`);
    };
    let record: { id?: unknown; text?: unknown };
    try {
      record = JSON.parse(line) as { id?: unknown; text?: unknown };
    } catch {
      // Not the parser's message: V8 quotes the start of the line in it, and the line is the data to be masked.
      await fail(null, 'not valid JSON');
      continue;
    }
    const id = record.id ?? null;
    if (typeof record.text !== 'string') await fail(id, '"text" must be a string');
    else await write(`${JSON.stringify({ id, spans: findSpans(record.text, args.options).map(({ start, end, type }) => ({ start, end, type })) })}\n`);
  }
  return bad > 0 ? 1 : 0;
}

async function main(): Promise<number> {
  let args: VeilMaskArgs;
  try {
    args = parseVeilMaskArgs(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`veil-mask: ${err.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.mode === 'spans') return spansMode(args);
  const result = maskText(await readAll(), args.options);
  await write(args.json ? `${JSON.stringify(result)}\n` : result.masked);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`veil-mask failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
