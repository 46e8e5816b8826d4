// Known token shapes (API keys and tokens in their published shapes, private key blocks) and the one scan that finds
// their needles: which shapes a text can hold, and where each shape is tried (a fixed distance from its needles).
import { scan, scanAt, whole } from '../scan';
import type { Candidate } from '../types';

/**
 * Known token shapes. Each is anchored at a non-token character so a run is scanned once. `hit` is the group of
 * SHAPE_HITS every match holds (its needle): a shape is scanned only in texts where that group matched, and only at
 * `at` characters from each place it matched (every match holds its needle that far from its start), or globally
 * when the distance varies (null: the PEM header's words).
 */
export const SECRET_SHAPES: readonly { name: string; at: number | null; hit: number; re: RegExp }[] = [
  { name: 'anthropic', at: -6, hit: 1, re: /(?<![\w-])sk-ant-[A-Za-z0-9_-]{20,300}/g },
  { name: 'openai-project', at: -2, hit: 2, re: /(?<![\w-])sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,300}/g },
  { name: 'openai-deepseek', at: -2, hit: 2, re: /(?<![\w-])sk-[A-Za-z0-9]{20,200}(?![\w-])/g },
  { name: 'aws-access-key-id', at: 0, hit: 5, re: /(?<![A-Za-z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA)[A-Z0-9]{16}(?![A-Za-z0-9])/g },
  { name: 'github', at: -3, hit: 8, re: /(?<![\w])(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}(?![\w])/g },
  { name: 'github-pat', at: -6, hit: 9, re: /(?<![\w])github_pat_[A-Za-z0-9_]{22,255}(?![\w])/g },
  { name: 'slack', at: -4, hit: 3, re: /(?<![\w-])xox[abposr]-[A-Za-z0-9-]{10,250}/g },
  { name: 'stripe', at: -7, hit: 10, re: /(?<![\w])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,250}(?![\w])/g },
  // The two webhooks start with their first character, the URL before it in a lookbehind after it: a pattern that
  // starts with a lookbehind is tried at every position (25 ms on a 10 MB text), this one only at a "T" or a digit.
  { name: 'slack-webhook', at: 10, hit: 11, re: /T(?<=hooks\.slack\.com\/services\/T)[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{16,64}/g },
  { name: 'discord-webhook', at: 1, hit: 12, re: /\d(?<=discord(?:app)?\.com\/api\/webhooks\/\d)\d{14,19}\/[A-Za-z0-9_-]{40,100}/g },
  { name: 'google-api-key', at: 0, hit: 6, re: /(?<![\w-])AIza[0-9A-Za-z_-]{35}(?![\w-])/g },
  { name: 'jwt', at: -2, hit: 7, re: /(?<![\w-])eyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,16384}\.[A-Za-z0-9_-]{8,4096}/g },
  {
    name: 'pem-private-key',
    at: null,
    hit: 4,
    // The body stops at the next "-----", so a paste of many headers is still scanned once.
    re: /-----BEGIN (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY-----(?:[A-Za-z0-9+/=\s:,]|-(?!----)){0,65536}(?:-----END (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY-----)?/g,
  },
];

/**
 * The needles of the shapes, one group each (numbered as `hit`), in one pattern anchored at each needle's rare
 * character ("-", "A", "J", "_", "/") so that the engine stops at few places. At any one position at most one group
 * can match (the characters before the anchor differ), so a scan that goes on one character after each match finds
 * every group that matches anywhere: one scan per text instead of a needle scan per character class and an
 * includes() per shape.
 */
export const SHAPE_HITS =
  /-(?<=(sk-ant-)|(sk-)|(xox[abposr]-)|(PRIVATE KEY-))|A(?:(KIA|SIA|GPA|IDA|ROA)|(Iza))|J(?<=(eyJ))|_(?<=(gh[pousr]_)|(github_)|((?:sk|rk)_(?:live|test)_))|\/(?<=(hooks\.slack\.com\/)|(\/api\/webhooks\/))/g;

// Where each group of SHAPE_HITS matched in the last text shapeHits saw, in increasing order (index g - 1); reused,
// and only the lists that text filled are emptied.
const NEEDLES: number[][] = Array.from({ length: 12 }, () => []);
let filled = 0;

/** Bit g set when group g of SHAPE_HITS matches somewhere in the text (and NEEDLES[g - 1] gets every place it does). */
export function shapeHits(text: string): number {
  for (let g = 1; g <= NEEDLES.length; g++) if ((filled & (1 << g)) !== 0) (NEEDLES[g - 1] as number[]).length = 0;
  let bits = 0;
  SHAPE_HITS.lastIndex = 0;
  for (let m = SHAPE_HITS.exec(text); m !== null; m = SHAPE_HITS.exec(text)) {
    let g = 1;
    while (m[g] === undefined) g++;
    bits |= 1 << g;
    (NEEDLES[g - 1] as number[]).push(m.index);
    SHAPE_HITS.lastIndex = m.index + 1;
  }
  filled = bits;
  return bits;
}

// The shapes made sticky, for scanAt at their needles.
const SHAPES_AT = SECRET_SHAPES.map((s) => new RegExp(s.re.source, 'y'));
const STARTS: number[] = [];
const shapeCandidate = (m: RegExpExecArray): Candidate => whole(m, 0.95);

/**
 * Appends the matches of every shape whose needle group is set in `hits` (from shapeHits on the same text): a
 * global scan's, found by trying each shape only `at` characters from its needles (a global scan of each shape
 * whose needle a long text holds cost 2-6 ms per 10 MB, 23 ms for all).
 */
export function scanShapes(hits: number, text: string, out: Candidate[]): void {
  for (let k = 0; k < SECRET_SHAPES.length; k++) {
    const { at, hit, re } = SECRET_SHAPES[k] as (typeof SECRET_SHAPES)[number];
    if ((hits & (1 << hit)) === 0) continue;
    if (at === null) {
      scan(re, text, shapeCandidate, out);
      continue;
    }
    const needles = NEEDLES[hit - 1] as number[];
    STARTS.length = 0;
    for (let i = 0; i < needles.length; i++) if ((needles[i] as number) + at >= 0) STARTS.push((needles[i] as number) + at);
    scanAt(SHAPES_AT[k] as RegExp, text, STARTS, shapeCandidate, out);
  }
}
