// Chinese names: a surname and one or two characters after a cue ("发件人：", "我叫", "给"), before a title or
// verb ("先生", "说"), or a rare compound surname on its own. Matched by hand, as CN_CUE_RE's global scan finds
// them (a seeded test holds the two together): the pattern, run on few texts, was cold in the pipeline
// (~1.5 µs a call there against ~0.35 µs alone).
import type { Candidate } from '../types';
import { CN_SURNAMES } from './name-lists';

// Two-character surnames: in the cue branches as an alternative to one character, and on their own when rare
// enough as words (欧阳 is a surname, 东方 "the east" too often is not).
const CN_COMPOUND = '欧阳|司马|诸葛|上官|皇甫|令狐|慕容|尉迟|公孙|长孙|夏侯|宇文|司徒|端木|独孤';
const CN_NAME = `(?:${CN_COMPOUND}|东方|西门|南宫|[${CN_SURNAMES}])[\\u4e00-\\u9fff]{1,2}`;
export const CN_CUE_RE = new RegExp(
  `(?:发件人[:：]?[ \\t]{0,2}|抄送[:：]?[ \\t]{0,2}|致[ \\t]?|姓名[:：]?[ \\t]{0,2}|联系人[:：]?[ \\t]{0,2}|我叫|我是|客户[:：]?|收件人[:：]?[ \\t]{0,2}|患者[:：]?|负责人[:：]?[ \\t]{0,2}|经办人[:：]?|同事|给|跟|告诉|通知|问问?|找)(${CN_NAME})|(${CN_NAME})(?=先生|女士|小姐|老师|经理|医生|同学|总|说|表示|回复)|((?:${CN_COMPOUND})[\\u4e00-\\u9fff]{1,2})`,
  'gu',
);

// The cues of the first branch in its order, each with its glue: 1 [:：]?[ \t]{0,2}, 2 [ \t]?, 3 [:：]?, 0 none.
// "问问?" is 问问, then 问 (the greedy choice first).
const CUES: readonly (readonly [string, number])[] = [
  ['发件人', 1], ['抄送', 1], ['致', 2], ['姓名', 1], ['联系人', 1], ['我叫', 0], ['我是', 0], ['客户', 3], ['收件人', 1], ['患者', 3],
  ['负责人', 1], ['经办人', 3], ['同事', 0], ['给', 0], ['跟', 0], ['告诉', 0], ['通知', 0], ['问问', 0], ['问', 0], ['找', 0],
];
// The words the second branch's lookahead accepts after a name.
const FOLLOWS = ['先生', '女士', '小姐', '老师', '经理', '医生', '同学', '总', '说', '表示', '回复'];

const CJK_START = 0x4e00;
const CJK_END = 0x9fff;
const isCjk = (c: number): boolean => c >= CJK_START && c <= CJK_END;
// Per CJK character: CUE when a cue starts with it, SURNAME when it is a one-character surname, DOUBLE when a
// two-character one starts with it, FOLLOW when a follow word does (each test reads one byte before any string).
const CUE = 1;
const SURNAME = 2;
const DOUBLE = 4;
const FOLLOW = 8;
const KIND = new Uint8Array(CJK_END - CJK_START + 1);
const mark = (ch: string, bit: number): void => {
  const c = ch.charCodeAt(0);
  if (!isCjk(c)) throw new Error(`person-cn: ${ch} is outside the CJK block`);
  KIND[c - CJK_START] = (KIND[c - CJK_START] as number) | bit;
};
for (const [cue] of CUES) mark(cue, CUE);
for (const s of CN_SURNAMES) mark(s, SURNAME);
for (const f of FOLLOWS) mark(f, FOLLOW);
// The cues by first character, in pattern order (two at most share one: 问问, 问).
const CUES_BY_FIRST = new Map<number, (readonly [string, number])[]>();
for (const cue of CUES) {
  const c = cue[0].charCodeAt(0);
  CUES_BY_FIRST.set(c, [...(CUES_BY_FIRST.get(c) ?? []), cue]);
}
/** Two CJK characters as one small integer (no string per lookup). */
const pairKey = (c0: number, c1: number): number => (c0 - CJK_START) * (CJK_END - CJK_START + 1) + (c1 - CJK_START);
const pairKeys = (words: readonly string[]): ReadonlySet<number> => {
  for (const w of words) {
    if (w.length !== 2 || !isCjk(w.charCodeAt(1))) throw new Error(`person-cn: ${w} is not two CJK characters`);
    mark(w, DOUBLE);
  }
  return new Set(words.map((w) => pairKey(w.charCodeAt(0), w.charCodeAt(1))));
};
// The two-character surnames of CN_NAME, and the compounds alone (the third branch).
const DOUBLES = pairKeys([...CN_COMPOUND.split('|'), '东方', '西门', '南宫']);
const COMPOUNDS = pairKeys(CN_COMPOUND.split('|'));

const kindAt = (text: string, k: number): number => {
  const c = text.charCodeAt(k);
  return isCjk(c) ? (KIND[c - CJK_START] as number) : 0;
};
/** True when one of `pairs` stands at k (its first character known to be CJK). */
const pairAt = (text: string, k: number, pairs: ReadonlySet<number>): boolean => {
  const c1 = text.charCodeAt(k + 1);
  return isCjk(c1) && pairs.has(pairKey(text.charCodeAt(k), c1));
};

/** The end of [\u4e00-\u9fff]{1,2} at k (greedy), or -1. */
const givenEnd = (text: string, k: number): number => (isCjk(text.charCodeAt(k)) ? (isCjk(text.charCodeAt(k + 1)) ? k + 2 : k + 1) : -1);

/** Where CN_NAME, tried at k, ends: the first alternative that matches, each taking two given characters when there; or -1. */
function nameEnd(text: string, k: number): number {
  const kind = kindAt(text, k);
  if ((kind & DOUBLE) !== 0 && pairAt(text, k, DOUBLES)) {
    const e = givenEnd(text, k + 2);
    if (e !== -1) return e;
  }
  return (kind & SURNAME) !== 0 ? givenEnd(text, k + 1) : -1;
}

/** Where the glue of kind `glue` after a cue ending at k ends: each part taken when there (no name starts with one). */
function glueEnd(text: string, k: number, glue: number): number {
  if (glue === 1 || glue === 3) {
    const c = text.charCodeAt(k);
    if (c === 58 || c === 0xff1a) k++;
  }
  const blanks = glue === 1 ? 2 : glue === 2 ? 1 : 0;
  for (let n = 0; n < blanks && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9); n++) k++;
  return k;
}

const followsAt = (text: string, k: number): boolean => {
  if ((kindAt(text, k) & FOLLOW) === 0) return false;
  for (let i = 0; i < FOLLOWS.length; i++) if (text.startsWith(FOLLOWS[i] as string, k)) return true;
  return false;
};

/** The second branch at k (of kind `kind`): a name before a follow word, its choices tried in the pattern's order; its end or -1. */
function beforeFollow(text: string, k: number, kind: number): number {
  if ((kind & DOUBLE) !== 0 && pairAt(text, k, DOUBLES) && isCjk(text.charCodeAt(k + 2))) {
    if (isCjk(text.charCodeAt(k + 3)) && followsAt(text, k + 4)) return k + 4;
    if (followsAt(text, k + 3)) return k + 3;
  }
  if ((kind & SURNAME) !== 0 && isCjk(text.charCodeAt(k + 1))) {
    if (isCjk(text.charCodeAt(k + 2)) && followsAt(text, k + 3)) return k + 3;
    if (followsAt(text, k + 2)) return k + 2;
  }
  return -1;
}

/** Appends to `out` the candidates a global scan with CN_CUE_RE finds: each match's name group, score 0.75. */
export function chineseNames(text: string, out: Candidate[]): void {
  for (let i = 0; i < text.length; i++) {
    const kind = kindAt(text, i);
    if (kind === 0) continue;
    let start = -1;
    let end = -1;
    // The branches in the pattern's order, the cues of the first in theirs.
    if ((kind & CUE) !== 0) {
      const cues = CUES_BY_FIRST.get(text.charCodeAt(i)) as (readonly [string, number])[];
      for (let j = 0; j < cues.length && end === -1; j++) {
        const [cue, glue] = cues[j] as readonly [string, number];
        if (!text.startsWith(cue, i)) continue;
        start = glueEnd(text, i + cue.length, glue);
        end = nameEnd(text, start);
      }
    }
    if (end === -1) {
      start = i;
      end = beforeFollow(text, i, kind);
      if (end === -1 && (kind & DOUBLE) !== 0 && pairAt(text, i, COMPOUNDS)) end = givenEnd(text, i + 2);
    }
    if (end === -1) continue;
    out.push({ start, end, score: 0.75 });
    // A global scan goes on from the end of its match.
    i = end - 1;
  }
}
