// Context from a table's header row. In a pasted CSV/TSV block, "1955-06-18" has no cue word
// next to it; the column header ("dob") is its context. Lines are indexed once per text and each
// line's header is memoised, so lookups stay linear in the size of the text.

const DELIMITERS = [',', '\t', ';', '|'] as const;
const MAX_BLOCK_LINES = 5000;

interface LineInfo {
  start: number;
  end: number;
  delimiter: string | null;
  count: number;
}

export class TableContext {
  private lineStarts: number[] | null = null;
  /** Where the first line ends (-1: the text is one line; -2: not looked for yet). */
  private firstNewline = -2;
  // By line index, filled as lines are looked at (arrays, not maps: most texts are a line or a few, and the
  // three maps every text with a scored candidate made were a tenth of what masking allocated).
  private readonly info: (LineInfo | undefined)[] = [];
  private readonly header: (number | undefined)[] = [];
  /** The normalised cells of a header line split by a delimiter, by line * DELIMITERS.length + delimiter index. */
  private cells: Map<number, string[]> | null = null;

  constructor(private readonly text: string) {}

  private starts(): number[] {
    if (!this.lineStarts) {
      const s = [0];
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) s.push(i + 1);
      this.lineStarts = s;
    }
    return this.lineStarts;
  }

  private lineIndexOf(pos: number): number {
    const s = this.starts();
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((s[mid] as number) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private line(i: number): LineInfo {
    let li = this.info[i];
    if (!li) {
      const s = this.starts();
      const start = s[i] as number;
      const end = i + 1 < s.length ? (s[i + 1] as number) - 1 : this.text.length;
      const body = this.text.slice(start, Math.min(end, start + 4096));
      let delimiter: string | null = null;
      let count = 0;
      for (const d of DELIMITERS) {
        // Counted in place: split() would allocate an array of every cell of every line looked at.
        let n = 0;
        for (let k = body.indexOf(d); k !== -1; k = body.indexOf(d, k + 1)) n++;
        if (n >= 2 && n > count) {
          delimiter = d;
          count = n;
        }
      }
      li = { start, end, delimiter, count };
      this.info[i] = li;
    }
    return li;
  }

  /** The first line of the block of lines sharing this line's delimiter and column count. */
  private headerLine(i: number): number {
    const known = this.header[i];
    if (known !== undefined) return known;
    const me = this.line(i);
    let h = i;
    const walked: number[] = [];
    while (h > 0 && walked.length < MAX_BLOCK_LINES) {
      const up = this.line(h - 1);
      // Unquoted commas inside values ("April 12, 1982") add a column or two; tolerate that.
      if (up.delimiter !== me.delimiter || Math.abs(up.count - me.count) > 2) break;
      walked.push(h);
      h--;
      const cached = this.header[h];
      if (cached !== undefined) {
        h = cached;
        break;
      }
    }
    for (const w of walked) this.header[w] = h;
    this.header[i] = h;
    return h;
  }

  /** The header cell above the value at `pos`, lower-cased, or '' when pos is not in a table row. */
  headerCellAt(pos: number): string {
    // The first line (a one-line message included) has no header above it: known without indexing the lines.
    if (this.firstNewline === -2) this.firstNewline = this.text.indexOf('\n');
    if (this.firstNewline === -1 || pos <= this.firstNewline) return '';
    const i = this.lineIndexOf(pos);
    const me = this.line(i);
    if (!me.delimiter) return '';
    const h = this.headerLine(i);
    if (h === i) return '';
    // The column is the number of delimiters before pos on its line (counted in place, as split() would).
    const d = me.delimiter;
    const dc = d.charCodeAt(0);
    let column = 0;
    for (let k = me.start; k < pos; k++) if (this.text.charCodeAt(k) === dc) column++;
    return this.headerCells(h, d)[column] ?? '';
  }

  /** The cells of header line h, each normalised once for every value below it. */
  private headerCells(h: number, d: string): string[] {
    const key = h * DELIMITERS.length + DELIMITERS.indexOf(d as (typeof DELIMITERS)[number]);
    this.cells ??= new Map();
    let cells = this.cells.get(key);
    if (!cells) {
      const head = this.line(h);
      cells = this.text
        .slice(head.start, head.end)
        .split(d)
        .map((cell) => cell.trim().replace(/^["']|["']$/g, '').toLowerCase().replace(/[_-]+/g, ' '));
      this.cells.set(key, cells);
    }
    return cells;
  }
}
