// veil-mask end to end: the real bin script in a child process, stdin in, stdout out.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maskText, restoreText } from '../../../shared/masking';
import { parseVeilMaskArgs } from '../../../electron/cli/veil-mask-args';

const root = join(__dirname, '..', '..', '..');
const run = (args: string[], input: string) =>
  spawnSync(process.execPath, [join(root, 'scripts', 'veil-mask.mjs'), ...args], { cwd: root, input, encoding: 'utf8', timeout: 30_000 });

describe('veil-mask CLI', () => {
  it('is declared as a bin in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin?: Record<string, string> };
    expect(pkg.bin?.['veil-mask']).toBe('scripts/veil-mask.mjs');
  });

  it('masks plain stdin text, and the result restores to the input', () => {
    const text = 'Hi Anna Schmidt,\nmail john.doe@example.com or call +44 20 7946 0958.\n王小明 说 🎉 li@example.cn\n';
    const r = run([], text);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(maskText(text).masked);
    expect(r.stdout).toContain('[EMAIL_1]');
    const json = run(['--json'], text);
    const parsed = JSON.parse(json.stdout) as ReturnType<typeof maskText>;
    expect(restoreText(parsed.masked, parsed.mapping)).toBe(text);
  });

  it('--spans reads JSON lines and writes UTF-16 spans per line, keeping ids', () => {
    const lines = [
      { id: 1, text: '👍 mail a@example.com' },
      { id: 'b', text: 'nothing here' },
      { id: 3, text: 'ip 203.0.113.42 and https://example.com' },
    ];
    const r = run(['--spans', '--preset', 'strict'], `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; spans: { start: number; end: number; type: string }[] });
    expect(out.map((o) => o.id)).toEqual([1, 'b', 3]);
    expect(out[0]?.spans).toEqual([{ start: 8, end: 21, type: 'EMAIL' }]);
    expect(lines[0]?.text.slice(8, 21)).toBe('a@example.com');
    expect(out[1]?.spans).toEqual([]);
    expect(out[2]?.spans.map((s) => s.type)).toEqual(['IP_ADDRESS', 'URL']);
  });

  it('--types restricts the types; a bad line is reported and the rest still processed', () => {
    const r = run(['--spans', '--types', 'IP_ADDRESS'], '{"id":1,"text":"a@example.com 203.0.113.42"}\n{oops\n{"id":2,"text":"x"}\n');
    expect(r.status).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out[0]).toEqual({ id: 1, spans: [{ start: 14, end: 26, type: 'IP_ADDRESS' }] });
    expect(out[1]).toEqual({ id: null, error: 'bad input line 2: not valid JSON' });
    expect(out[2]).toEqual({ id: 2, spans: [] });
  });

  it('never echoes a bad line (the data it would mask) in its error', () => {
    const canary = 'sk_live_CANARY4242424242 4111 1111 1111 1111 canary@example.com';
    const r = run(['--spans'], `${canary}\n{"id":7,"text":"${canary}" oops}\n{"id":8,"text":42}\n`);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual([
      { id: null, error: 'bad input line 1: not valid JSON' },
      { id: null, error: 'bad input line 2: not valid JSON' },
      { id: 8, error: 'bad input line 3: "text" must be a string' },
    ]);
    for (const piece of ['sk_live', 'CANARY', '4111', 'canary@']) expect(r.stdout + r.stderr).not.toContain(piece);
  });

  it('rejects unknown presets, types and options with usage and exit 2', () => {
    for (const args of [['--preset', 'nope'], ['--types', 'EMAIL,NOPE'], ['--frobnicate']]) {
      const r = run(args, '');
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('Usage: veil-mask');
    }
    expect(() => parseVeilMaskArgs(['--preset'])).toThrow(/needs a value/);
    expect(parseVeilMaskArgs(['--preset=PCI', '--types=email,phone']).options).toEqual({ preset: 'pci', types: ['EMAIL', 'PHONE'] });
  });
});
