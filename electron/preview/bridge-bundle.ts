// Bundles browser-bridge.ts (and the shared/ contract it imports) into one classic script with
// esbuild, once per server start, so the preview never serves stale bridge code.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { VeilError } from '../core/errors/veil-error';

const ENTRY = fileURLToPath(new URL('./browser-bridge.ts', import.meta.url));

export async function buildBridgeScript(): Promise<string> {
  try {
    const out = await build({
      entryPoints: [ENTRY],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      minify: true,
      legalComments: 'none',
      logLevel: 'silent',
    });
    const file = out.outputFiles[0];
    if (!file) throw new Error('esbuild produced no output');
    return file.text;
  } catch (err) {
    throw new VeilError('PREVIEW_BRIDGE_BUILD_FAILED', 'Could not build the preview bridge script.', { cause: err });
  }
}
