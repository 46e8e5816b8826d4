// Growing delay between wrong passphrases: after n consecutive failures the next attempt must
// wait min(2^(n-1), 60) seconds. The counter lives in a file so restarting Veil does not reset it.
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeFileAtomic } from '../fs/atomic-file';

export const THROTTLE_FILE = 'unlock-throttle.json';
const MAX_DELAY_MS = 60_000;

const StateSchema = z.object({ failures: z.number().int().min(0), lastFailureAt: z.number() });
type State = z.infer<typeof StateSchema>;

export function delayAfter(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(1000 * 2 ** (failures - 1), MAX_DELAY_MS);
}

export class UnlockThrottle {
  private readonly file: string;
  private state: State;

  constructor(dataDir: string, private readonly now: () => number = Date.now) {
    this.file = join(dataDir, THROTTLE_FILE);
    let raw: unknown;
    try {
      raw = readJsonFile(this.file);
    } catch {
      raw = undefined;
    }
    const parsed = StateSchema.safeParse(raw);
    // A damaged counter file must not become a way to skip the delay: treat it as many failures.
    this.state = parsed.success ? parsed.data : raw === undefined ? { failures: 0, lastFailureAt: 0 } : { failures: 7, lastFailureAt: this.now() };
  }

  get failures(): number {
    return this.state.failures;
  }

  /** Milliseconds until the next attempt is allowed (0 = now). */
  retryAfterMs(): number {
    if (this.state.failures === 0) return 0;
    const elapsed = this.now() - this.state.lastFailureAt;
    // A clock set backwards must not shorten the wait below the full delay.
    if (elapsed < 0) return delayAfter(this.state.failures);
    return Math.max(0, delayAfter(this.state.failures) - elapsed);
  }

  recordFailure(): void {
    this.state = { failures: this.state.failures + 1, lastFailureAt: this.now() };
    writeFileAtomic(this.file, JSON.stringify(this.state));
  }

  recordSuccess(): void {
    if (this.state.failures === 0) return;
    this.state = { failures: 0, lastFailureAt: 0 };
    writeFileAtomic(this.file, JSON.stringify(this.state));
  }
}
