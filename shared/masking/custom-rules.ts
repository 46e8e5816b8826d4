// User-defined rules: terms always masked (client names, codenames), regex patterns (checked
// once, when saved: syntax, empty matches, and catastrophic backtracking) and an allowlist of
// terms never masked.
import { escapeRegExp } from './scan';
import type { Span } from './types';

export class MaskingRuleError extends Error {
  /** Stable code, for VeilError in the core and for the settings UI. */
  readonly code: 'MASKING_PATTERN_INVALID' | 'MASKING_PATTERN_SLOW' | 'MASKING_PATTERN_EMPTY' | 'MASKING_TERM_INVALID';
  constructor(code: MaskingRuleError['code'], message: string) {
    super(message);
    this.name = 'MaskingRuleError';
    this.code = code;
  }
}

/** A pattern that passed validation; only these reach maskText. */
export interface CustomPattern {
  readonly source: string;
  readonly caseInsensitive: boolean;
  readonly re: RegExp;
}

const MAX_PATTERN_LENGTH = 500;

/** Finds a quantified group that itself contains an unbounded quantifier or an alternation: (a+)+, (a|ab)*. */
function nestedQuantifier(source: string): boolean {
  const stack: { inner: boolean }[] = [];
  let closedInner = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      closedInner = false;
      continue;
    }
    if (ch === '[') {
      // Skip a character class; quantifiers inside it are literals.
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      closedInner = false;
      continue;
    }
    const quantifier = ch === '*' || ch === '+' || (ch === '{' && /^\{\d*,\d*\}/.test(source.slice(i, i + 12)));
    if (quantifier) {
      if (closedInner) return true;
      if (stack.length > 0) (stack[stack.length - 1] as { inner: boolean }).inner = true;
      closedInner = false;
      continue;
    }
    if (ch === '(') {
      stack.push({ inner: false });
      closedInner = false;
      continue;
    }
    if (ch === '|' && stack.length > 0) (stack[stack.length - 1] as { inner: boolean }).inner = true;
    if (ch === ')') {
      const g = stack.pop();
      closedInner = g?.inner ?? false;
      if (closedInner && stack.length > 0) (stack[stack.length - 1] as { inner: boolean }).inner = true;
      continue;
    }
    if (ch !== '?') closedInner = false;
  }
  return false;
}

// Input sizes of the probe, doubling: a pattern that backtracks polynomially shows it at small sizes, so the
// probe stops before any single run can take long (quadrupling from 256 let a*a*a*a*a*b run for hours).
const PROBE_SIZES = [16, 32, 64, 128, 256, 512, 1024, 2048, 4096];
// Doubling the input doubles a linear pattern's time; four times or more means it is at least quadratic.
const GROWTH_LIMIT = 3.5;
// No run of a linear pattern on 4 KB takes this long; a run that does is slow whatever its growth.
const RUN_LIMIT_MS = 20;
// Ends of the probe inputs: characters a pattern is unlikely to expect, so that it fails and backtracks.
const TAILS = ['!', '\u0001'];

/** The literal characters the pattern starts with ("PRJ-" of PRJ-\d+): probe inputs start with them too. */
function leadingLiteral(source: string): string {
  let out = '';
  for (const ch of source) {
    if (!/[\p{L}\p{N} @:#=/_-]/u.test(ch)) break;
    out += ch;
  }
  return out;
}

/** Milliseconds to run the global pattern over input to the end. */
function runMs(re: RegExp, input: string): number {
  const t0 = performance.now();
  re.lastIndex = 0;
  while (re.exec(input) !== null) if (re.lastIndex === 0) break;
  return performance.now() - t0;
}

/** Times the pattern on growing adversarial inputs; superlinear growth, or a slow run, means it is unsafe. */
function probeSlow(re: RegExp, source: string): boolean {
  const literals = [...new Set(source.replace(/\\[a-zA-Z]/g, '').replace(/[^\p{L}\p{N}@._ -]/gu, ''))].slice(0, 8);
  const units = [...new Set(['a', '1', ' ', '.', '@', 'A', '-', ...literals])];
  const prefixes = [...new Set(['', leadingLiteral(source)])];
  for (const prefix of prefixes) {
    for (const unit of units) {
      for (const tail of TAILS) {
        const input = (n: number): string => `${prefix}${unit.repeat(n)}${tail}`;
        let previous = 0;
        for (const n of PROBE_SIZES) {
          let ms = runMs(re, input(n));
          if (ms > RUN_LIMIT_MS) return true;
          // A measurable run that grew too much: measure both sizes again (a pause of the machine is not growth).
          if (previous > 0.3 && ms / previous > GROWTH_LIMIT) {
            ms = Math.min(ms, runMs(re, input(n)));
            previous = Math.min(previous, runMs(re, input(n / 2)));
            if (ms / previous > GROWTH_LIMIT) return true;
          }
          previous = ms;
        }
      }
    }
  }
  return false;
}

/** Validates and compiles a user regex. Throws MaskingRuleError with a message fit for the settings screen. */
export function compileCustomPattern(source: string, options: { caseInsensitive?: boolean } = {}): CustomPattern {
  const caseInsensitive = options.caseInsensitive ?? false;
  if (source.length === 0 || source.length > MAX_PATTERN_LENGTH) {
    throw new MaskingRuleError('MASKING_PATTERN_INVALID', `A pattern must be 1 to ${MAX_PATTERN_LENGTH} characters long.`);
  }
  let re: RegExp;
  try {
    re = new RegExp(source, caseInsensitive ? 'giu' : 'gu');
  } catch (err) {
    throw new MaskingRuleError('MASKING_PATTERN_INVALID', `This is not a valid pattern: ${(err as Error).message}`);
  }
  if (re.test('')) throw new MaskingRuleError('MASKING_PATTERN_EMPTY', 'This pattern matches empty text; it would mask nothing useful. Make at least one part required.');
  if (/\\[1-9]|\\k</.test(source)) {
    throw new MaskingRuleError('MASKING_PATTERN_SLOW', 'Back-references can make matching very slow on long messages; please write the pattern without them.');
  }
  if (nestedQuantifier(source) || probeSlow(re, source)) {
    throw new MaskingRuleError(
      'MASKING_PATTERN_SLOW',
      'This pattern can take extremely long on some text: a repeated group that itself repeats, like (a+)+, or repeated parts that can match the same characters, like \\w+\\w+. Rewrite it with fixed counts ({4}, {2,8}) or with a literal start (PRJ-\\d+).',
    );
  }
  re.lastIndex = 0;
  return { source, caseInsensitive, re };
}

const edge = /[\p{L}\p{N}_]/u;

/** One regex for all custom terms: whole words where the term has word edges, longest first. */
export function compileTerms(terms: readonly string[]): RegExp | null {
  const cleaned = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (cleaned.length === 0) return null;
  const alts = cleaned.map((t) => {
    const head = edge.test(t[0] as string) && /^[\p{Script=Latin}\p{N}]/u.test(t) ? '(?<![\\p{L}\\p{N}_])' : '';
    const tail = edge.test(t[t.length - 1] as string) && /[\p{Script=Latin}\p{N}]$/u.test(t) ? '(?![\\p{L}\\p{N}_])' : '';
    return `${head}${escapeRegExp(t)}${tail}`;
  });
  return new RegExp(alts.join('|'), 'giu');
}

export function findCustom(text: string, terms: RegExp | null, patterns: readonly CustomPattern[]): Span[] {
  const out: Span[] = [];
  const run = (re: RegExp, source: string, score: number) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length, type: 'CUSTOM', score, source });
    }
  };
  if (terms) run(terms, 'custom-term', 1);
  for (const p of patterns) run(p.re, 'custom-pattern', 0.99);
  return out;
}

/** Normalised allowlist; a span whose exact text is on it is never masked. */
export const allowlistSet = (terms: readonly string[]): Set<string> => new Set(terms.map((t) => t.trim().toLowerCase()).filter(Boolean));
