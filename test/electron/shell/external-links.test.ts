// External links: https/mailto only, shown in full, opened only after the user confirms.
import { describe, expect, it } from 'vitest';
import { createExternalLinkOpener, externalLinkDialog, externalLinkTarget, OPEN_BUTTON_INDEX, type ConfirmDialog } from '../../../electron/shell/external-links';

describe('externalLinkTarget', () => {
  it('accepts https and mailto, normalised', () => {
    expect(externalLinkTarget('https://example.com/a?b=1#c')).toBe('https://example.com/a?b=1#c');
    expect(externalLinkTarget('HTTPS://Example.COM')).toBe('https://example.com/');
    expect(externalLinkTarget('mailto:someone@example.com')).toBe('mailto:someone@example.com');
    // Internationalised hosts are shown as punycode, so look-alike letters cannot hide the real host.
    expect(externalLinkTarget('https://exаmple.com/')).toBe('https://xn--exmple-4nf.com/');
  });

  it.each([
    'http://example.com/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'app://veil/index.html',
    'data:text/html,<script>1</script>',
    'vbscript:msgbox',
    'ftp://example.com/',
    'smb://server/share',
    'https://user:pass@example.com/',
    'https://google.com@evil.example/',
    'https://example.com/\u0000x',
    'mailto:',
    'not a url',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => {
    expect(externalLinkTarget(url)).toBeNull();
  });
});

describe('createExternalLinkOpener', () => {
  const setup = (response: number) => {
    const shown: ConfirmDialog[] = [];
    const opened: string[] = [];
    const open = createExternalLinkOpener({
      confirm: async (d) => {
        shown.push(d);
        return { response };
      },
      openExternal: async (u) => {
        opened.push(u);
      },
    });
    return { shown, opened, open };
  };

  it('opens only after the user chose "Open", showing the full URL', async () => {
    const { shown, opened, open } = setup(OPEN_BUTTON_INDEX);
    const url = 'https://example.com/path?query=1';
    expect(await open(url)).toBe('opened');
    expect(shown).toEqual([externalLinkDialog(url)]);
    expect(shown[0]?.detail).toBe(url);
    expect(shown[0]?.defaultId).toBe(shown[0]?.cancelId);
    expect(opened).toEqual([url]);
  });

  it('does nothing when the user cancels', async () => {
    const { opened, open } = setup(0);
    expect(await open('https://example.com/')).toBe('cancelled');
    expect(opened).toEqual([]);
  });

  it('never asks about a refused URL', async () => {
    const { shown, opened, open } = setup(OPEN_BUTTON_INDEX);
    expect(await open('http://example.com/')).toBe('refused');
    expect(await open('file:///etc/passwd')).toBe('refused');
    expect(shown).toEqual([]);
    expect(opened).toEqual([]);
  });

  it('shows one dialog at a time', async () => {
    let release: (v: { response: number }) => void = () => undefined;
    const opened: string[] = [];
    const open = createExternalLinkOpener({
      confirm: () => new Promise((r) => (release = r)),
      openExternal: async (u) => {
        opened.push(u);
      },
    });
    const first = open('https://one.example/');
    expect(await open('https://two.example/')).toBe('busy');
    release({ response: OPEN_BUTTON_INDEX });
    expect(await first).toBe('opened');
    expect(opened).toEqual(['https://one.example/']);
  });
});
