// CJK-aware segmentation for full-text search. FTS5's unicode61 tokenizer treats a run of
// Chinese/Japanese/Korean characters as one token, and the trigram tokenizer cannot match the
// 1–2 character words common in CJK. So CJK runs are indexed as overlapping bigrams (column
// "big") and single characters (column "uni"); queries are segmented the same way.
const CJK_RUN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]+/gu;
const CJK_ONE = /^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]+$/u;

export function bigrams(run: string): string[] {
  const cs = [...run];
  if (cs.length < 2) return cs;
  const out: string[] = [];
  for (let i = 0; i + 1 < cs.length; i++) out.push(`${cs[i]}${cs[i + 1]}`);
  return out;
}

/** Text for the "big" column: words as they are, CJK runs as space-separated bigrams. */
export function segmentBigrams(text: string): string {
  return text.replace(CJK_RUN, (run) => ` ${bigrams(run).join(' ')} `);
}

/** Text for the "uni" column: only the CJK characters, one token each. */
export function segmentUnigrams(text: string): string {
  const runs = text.match(CJK_RUN) ?? [];
  return runs.map((r) => [...r].join(' ')).join(' ');
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * Turns what the user typed into an FTS5 query: every term must match (AND); a CJK term of one
 * character searches single characters, a longer one the phrase of its bigrams; other terms
 * match words, the last one also as a prefix (search as you type). Operators are not exposed:
 * every term is quoted, so user input can never be an FTS5 syntax error.
 */
export function toFtsQuery(input: string): string | null {
  const terms: string[] = [];
  let lastIsWord = false;
  for (const raw of input.normalize('NFC').split(/\s+/)) {
    // Split mixed terms like "寿司bar" into CJK and non-CJK parts.
    const parts = raw.match(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]+|[^\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]+/gu) ?? [];
    for (const part of parts) {
      if (CJK_ONE.test(part)) {
        const cs = [...part];
        terms.push(cs.length === 1 ? `uni : ${quote(part)}` : `big : ${quote(bigrams(part).join(' '))}`);
        lastIsWord = false;
      } else {
        // Keep letters and digits only; punctuation would be dropped by the tokenizer anyway.
        const words = part.split(/[^\p{L}\p{N}_]+/u).filter((w) => w.length > 0);
        for (const w of words) terms.push(`big : ${quote(w)}`);
        if (words.length > 0) lastIsWord = true;
      }
    }
  }
  if (terms.length === 0) return null;
  if (lastIsWord) terms[terms.length - 1] += '*';
  return terms.join(' AND ');
}

/** The plain search terms, for highlighting matches in the original text. */
export function highlightTerms(input: string): string[] {
  return input
    .normalize('NFC')
    .split(/[\s\p{P}]+/u)
    .filter((t) => t.length > 0)
    .sort((a, b) => b.length - a.length);
}
