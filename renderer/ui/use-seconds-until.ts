// Seconds left until an epoch-ms moment, re-rendering once a second while counting down: the
// "try again in N s" of passphrase checks the core throttles.
import { useEffect, useState } from 'react';

export function useSecondsUntil(at: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (at <= now) return;
    const t = setTimeout(() => setNow(Date.now()), Math.min(1000, at - now));
    return () => clearTimeout(t);
  }, [at, now]);
  return Math.max(0, Math.ceil((at - now) / 1000));
}
