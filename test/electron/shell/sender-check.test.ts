// The IPC sender-frame rule. Real Electron cannot run on this machine (no binary), so frames and
// webContents are tiny structural stand-ins with the fields Electron's WebFrameMain/WebContents expose.
import { describe, expect, it } from 'vitest';
import { isTrustedSender, type FrameLike, type SenderLike } from '../../../electron/shell/sender-check';

const frame = (url: string, parent: FrameLike | null = null, processId = 7, routingId = 1): FrameLike => ({ url, parent, processId, routingId });
const contents = (id: number, mainFrame: FrameLike): SenderLike => ({ id, mainFrame });

describe('isTrustedSender', () => {
  const main = frame('app://veil/index.html');
  const win = contents(1, main);

  it('accepts the main frame of our window on app://veil', () => {
    expect(isTrustedSender({ sender: win, senderFrame: main }, win)).toBe(true);
    const sameFrameOtherObject = frame('app://veil/index.html#/settings');
    expect(isTrustedSender({ sender: win, senderFrame: sameFrameOtherObject }, win)).toBe(true);
  });

  it('refuses a subframe, even one on app://veil', () => {
    const sub = frame('app://veil/index.html', main, 7, 2);
    expect(isTrustedSender({ sender: win, senderFrame: sub }, win)).toBe(false);
  });

  it('refuses a frame with a foreign URL', () => {
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'app://evil/index.html', 'about:blank', 'devtools://devtools/x']) {
      const w = contents(1, frame(url));
      expect(isTrustedSender({ sender: w, senderFrame: w.mainFrame }, w)).toBe(false);
    }
  });

  it('refuses another webContents and a frame that is gone', () => {
    const other = contents(2, frame('app://veil/index.html'));
    expect(isTrustedSender({ sender: other, senderFrame: other.mainFrame }, win)).toBe(false);
    expect(isTrustedSender({ sender: win, senderFrame: null }, win)).toBe(false);
  });

  it('refuses a top-level frame that is not the main frame of the window (other process or routing id)', () => {
    expect(isTrustedSender({ sender: win, senderFrame: frame('app://veil/index.html', null, 8, 1) }, win)).toBe(false);
    expect(isTrustedSender({ sender: win, senderFrame: frame('app://veil/index.html', null, 7, 9) }, win)).toBe(false);
  });
});
