// `npm start` on a machine without the Electron binary (this one): one clear line, non-zero exit,
// no stack trace. The script runs for real, as `npm start` would run it.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('scripts/start.mjs without the Electron binary', () => {
  it('prints one line pointing to the preview and exits non-zero', () => {
    const r = spawnSync(process.execPath, ['scripts/start.mjs'], { encoding: 'utf8', env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '' } });
    expect(r.status).toBe(1);
    const out = `${r.stdout}${r.stderr}`.trim();
    expect(out.split('\n')).toHaveLength(1);
    expect(out).toBe(
      'Veil: the Electron binary is not installed on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD?). Run `npm run preview` to open Veil in your browser instead.',
    );
    expect(out).not.toMatch(/\bat .+:\d+:\d+|Error:/);
  });
});
