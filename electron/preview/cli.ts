// Entry of `npm run preview` (after the renderer build): starts the preview server and prints the
// URL with this run's token. Stops cleanly on Ctrl+C / SIGTERM.
import { resolve } from 'node:path';
import { VeilError } from '../core/errors/veil-error';
import { scrub } from '../core/log/scrub';
import { USAGE, parseCliOptions } from './cli-options';
import { startPreview } from './server';

async function main(): Promise<void> {
  let opts;
  try {
    opts = parseCliOptions(process.argv.slice(2));
  } catch (err) {
    console.error(err instanceof VeilError ? err.message : String(err));
    console.error(USAGE);
    process.exit(2);
  }
  if (opts.help) {
    console.log(USAGE);
    return;
  }
  const dataDir = resolve(opts.dataDir);
  const preview = await startPreview({ dataDir, port: opts.port, open: opts.open });
  console.log(`Veil preview (browser) — data in ${dataDir}`);
  console.log(`Serving on 127.0.0.1 only. The URL below holds this run's access token; do not share it.`);
  console.log(`Open: ${preview.url}`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => {
    void preview.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  const e = err instanceof VeilError ? `${err.code}: ${err.message}` : 'the preview could not start';
  console.error(`Veil preview failed: ${e}`);
  if (!(err instanceof VeilError) && err instanceof Error) console.error(scrub(err.message));
  process.exit(1);
});
