// "Sent as": the user's message exactly as the provider received it, placeholders and all, with
// how many values of each type were masked. Collapsed by default.
export interface SentAsProps {
  text: string;
  counts?: Readonly<Record<string, number>>;
  open?: boolean;
}

export function SentAs({ text, counts, open = false }: SentAsProps) {
  const summary = counts ? Object.entries(counts).filter(([, n]) => n > 0) : [];
  return (
    <details className="sent-as" data-testid="sent-as" open={open}>
      <summary>
        Sent as (masked)
        {summary.length > 0 ? <span className="sent-as__counts"> · {summary.map(([t, n]) => `${n} ${t}`).join(', ')}</span> : null}
      </summary>
      <pre className="sent-as__text" data-testid="sent-as-text">
        {text}
      </pre>
    </details>
  );
}
