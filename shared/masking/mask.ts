// The two entry points: findSpans (fast, for the live preview) and maskText (enforcement in the
// core). Both take the same options, so what the preview highlights is what the core masks.
import { allowlistSet, compileTerms, findCustom, type CustomPattern } from './custom-rules';
import { PlaceholderAssigner, type MaskMapping } from './mapping';
import { effectiveTypes, PRESETS, type PresetName } from './presets';
import { recognize } from './registry';
import { resolveOverlaps } from './resolve';
import type { EntityType, Span } from './types';

export interface MaskOptions {
  /** Default 'standard'. */
  preset?: PresetName;
  /** Per-type switches: when given, exactly these types instead of the preset's. */
  types?: readonly EntityType[];
  /** Types switched off on top of the preset. */
  disabled?: readonly EntityType[];
  /** Types managed policy forces on; they win over `disabled`. */
  forced?: readonly EntityType[];
  /** Overrides the preset's confidence threshold (0..1). */
  threshold?: number;
  /** Words and phrases always masked (type CUSTOM). */
  customTerms?: readonly string[];
  /** Patterns from compileCustomPattern (validated when saved). */
  customPatterns?: readonly CustomPattern[];
  /** Terms never masked, whatever finds them. */
  allowlist?: readonly string[];
  /** Send realistic fake values instead of [TYPE_n] tokens. */
  surrogates?: boolean;
}

export interface MaskResult {
  masked: string;
  spans: Span[];
  mapping: MaskMapping;
}

interface Prepared {
  types: Set<EntityType>;
  threshold: number;
  terms: RegExp | null;
  patterns: readonly CustomPattern[];
  allow: Set<string>;
}

// Options objects are usually reused keystroke after keystroke; compile each once.
const preparedCache = new WeakMap<MaskOptions, Prepared>();
function prepare(options: MaskOptions): Prepared {
  let p = preparedCache.get(options);
  if (!p) {
    const preset = options.preset ?? 'standard';
    p = {
      types: effectiveTypes(preset, options.types, options.disabled, options.forced),
      threshold: options.threshold ?? PRESETS[preset].threshold,
      terms: compileTerms(options.customTerms ?? []),
      patterns: options.customPatterns ?? [],
      allow: allowlistSet(options.allowlist ?? []),
    };
    preparedCache.set(options, p);
  }
  return p;
}

const DEFAULT_OPTIONS: MaskOptions = {};

/** The spans that maskText would replace, in text order, non-overlapping. UTF-16 offsets, end exclusive. */
export function findSpans(text: string, options: MaskOptions = DEFAULT_OPTIONS): Span[] {
  const p = prepare(options);
  const found = recognize(text, p.types, p.threshold);
  // The user's own terms and patterns always apply (unless CUSTOM is switched off explicitly).
  if ((p.terms || p.patterns.length > 0) && !options.disabled?.includes('CUSTOM')) found.push(...findCustom(text, p.terms, p.patterns));
  const resolved = resolveOverlaps(found);
  if (p.allow.size === 0) return resolved;
  return resolved.filter((s) => !p.allow.has(text.slice(s.start, s.end).trim().toLowerCase()));
}

/**
 * Replaces every span with its placeholder. Pass the conversation's previous mapping to keep
 * placeholders stable across turns; the returned mapping extends it (the input is not modified).
 */
export function maskText(text: string, options: MaskOptions = DEFAULT_OPTIONS, mapping?: MaskMapping): MaskResult {
  const spans = findSpans(text, options);
  const assigner = new PlaceholderAssigner(mapping, options.surrogates ?? false, spans.length === 0 ? '' : text);
  let masked = '';
  let at = 0;
  for (const s of spans) {
    masked += text.slice(at, s.start) + assigner.replacementFor(s.type, text.slice(s.start, s.end));
    at = s.end;
  }
  masked = at === 0 ? text : masked + text.slice(at);
  return { masked, spans, mapping: assigner.result() };
}
