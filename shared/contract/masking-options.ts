// Settings → MaskOptions: the one conversion used by the core (enforcement) and by the renderer
// (live preview), so what the preview highlights is what the core masks. Patterns are validated
// and compiled once per source and whole configurations once per settings change, never per send.
import { compileCustomPattern, MaskingRuleError, type CustomPattern } from '../masking/custom-rules';
import type { MaskOptions } from '../masking/mask';
import type { EntityType } from '../masking/types';
import type { CustomPatternSetting, MaskingSettings } from './settings';

/**
 * Hook for managed policy (a later issue): types an admin forces on. They win over the user's
 * switches in every preset, Custom included, in the core and in the preview alike.
 */
export interface MaskingPolicy {
  readonly forced?: readonly EntityType[];
}

/** A stored pattern the engine refused; `reason` is the user-safe message of MaskingRuleError. */
export interface PatternProblem {
  readonly name: string;
  readonly code: MaskingRuleError['code'] | 'MASKING_PATTERN_DUPLICATE';
  readonly reason: string;
}

export interface MaskingConfiguration {
  /** Reuse this object: the engine caches its compiled form per options object. */
  readonly options: MaskOptions;
  /** Stored patterns left out because they do not compile (only a hand-edited file has any). */
  readonly skipped: readonly PatternProblem[];
}

const compiledBySource = new Map<string, CustomPattern | MaskingRuleError>();
const MAX_COMPILED = 200;

/** compileCustomPattern, remembered per source (the slowness probe takes a few milliseconds). */
function compileCached(source: string): CustomPattern | MaskingRuleError {
  let c = compiledBySource.get(source);
  if (c === undefined) {
    try {
      c = compileCustomPattern(source);
    } catch (err) {
      if (!(err instanceof MaskingRuleError)) throw err;
      c = err;
    }
    if (compiledBySource.size >= MAX_COMPILED) compiledBySource.clear();
    compiledBySource.set(source, c);
  }
  return c;
}

/** The first reason this list of patterns cannot be saved, or null when every one is usable. */
export function findPatternProblem(patterns: readonly CustomPatternSetting[]): PatternProblem | null {
  const names = new Set<string>();
  for (const p of patterns) {
    const key = p.name.trim().toLowerCase();
    if (names.has(key)) return { name: p.name, code: 'MASKING_PATTERN_DUPLICATE', reason: 'Another pattern already has this name; give each pattern its own name.' };
    names.add(key);
    const c = compileCached(p.source);
    if (c instanceof MaskingRuleError) return { name: p.name, code: c.code, reason: c.message };
  }
  return null;
}

// CUSTOM is not a user switch: your own terms and patterns always apply while you keep them.
const withoutCustom = (types: readonly EntityType[]): EntityType[] => types.filter((t) => t !== 'CUSTOM');

function build(s: MaskingSettings, policy: MaskingPolicy): MaskingConfiguration {
  const custom = s.maskingPreset === 'custom';
  const patterns: CustomPattern[] = [];
  const skipped: PatternProblem[] = [];
  for (const p of s.maskingCustomPatterns) {
    const c = compileCached(p.source);
    if (c instanceof MaskingRuleError) skipped.push({ name: p.name, code: c.code, reason: c.message });
    else patterns.push(c);
  }
  const options: MaskOptions = {
    preset: s.maskingPreset,
    ...(custom ? { types: [...withoutCustom(s.maskingCustomTypes), 'CUSTOM'] } : { disabled: withoutCustom(s.maskingDisabledTypes) }),
    forced: [...(policy.forced ?? [])],
    customTerms: [...s.maskingCustomTerms],
    customPatterns: patterns,
    allowlist: [...s.maskingAllowlist],
    surrogates: s.maskingSurrogates,
  };
  return { options, skipped };
}

const byKey = new Map<string, MaskingConfiguration>();
const MAX_CONFIGURATIONS = 16;

/**
 * The MaskOptions for these settings (and policy). The same settings give the same object back,
 * so the engine's compiled form stays warm across sends and keystrokes.
 */
export function maskOptionsFromSettings(s: MaskingSettings, policy: MaskingPolicy = {}): MaskingConfiguration {
  const key = JSON.stringify([
    s.maskingPreset,
    s.maskingPreset === 'custom' ? s.maskingCustomTypes : s.maskingDisabledTypes,
    s.maskingCustomTerms,
    s.maskingCustomPatterns.map((p) => [p.name, p.source]),
    s.maskingAllowlist,
    s.maskingSurrogates,
    policy.forced ?? [],
  ]);
  let c = byKey.get(key);
  if (!c) {
    if (byKey.size >= MAX_CONFIGURATIONS) byKey.clear();
    c = build(s, policy);
    byKey.set(key, c);
  }
  return c;
}
