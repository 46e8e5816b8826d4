// Small formatters of the transparency panel (bytes, times, durations, masked counts).
export const bytes = (n: number | null) => (n === null ? '—' : n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`);

export const when = (ms: number) => new Date(ms).toLocaleString([], { dateStyle: 'short', timeStyle: 'medium' });

export const ms = (n: number | null) => (n === null ? '—' : n < 1000 ? `${Math.round(n)} ms` : `${(n / 1000).toFixed(2)} s`);

/** "1 EMAIL, 2 PHONE", or "nothing" when no value was masked. */
export const maskedText = (c: Readonly<Record<string, number>>) =>
  Object.entries(c)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${n} ${t}`)
    .join(', ') || 'nothing';
