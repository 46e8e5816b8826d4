// Compiles the masking engine for the preview while the window is idle (warmUp in shared/masking), so
// the first preview after the user starts typing costs a millisecond or two instead of 30-60 ms of pattern
// compilation on the main thread. One line of the warm-up sample per idle period (the first is the
// longest, tens of ms in a fresh renderer); once per options object: a settings change brings a new one.
import { useEffect } from 'react';
import { WARM_UP_LINES, warmUp, type MaskOptions } from '../../../shared/masking/index';

/** The User Timing entry made when the warm-up is done: visible in DevTools, and how the e2e test sees it ran. */
export const WARM_UP_MEASURE = 'veil:masking-warm-up';

const warmed = new WeakSet<MaskOptions>();

// Chromium has requestIdleCallback; the timeout makes each step run even in a window that never idles.
const later = (fn: () => void): (() => void) => {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(fn, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(fn, 50);
  return () => window.clearTimeout(handle);
};

export function useMaskingWarmUp(options: MaskOptions): void {
  useEffect(() => {
    if (warmed.has(options)) return;
    const start = performance.now();
    let step = 0;
    const run = () => {
      warmUp(options, WARM_UP_LINES[step]);
      step++;
      if (step < WARM_UP_LINES.length) {
        cancel = later(run);
        return;
      }
      warmed.add(options);
      performance.measure(WARM_UP_MEASURE, { start });
    };
    let cancel = later(run);
    return () => cancel();
  }, [options]);
}
