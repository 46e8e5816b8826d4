import { describe, expect, it } from 'vitest';
import { compileCustomPattern, MaskingRuleError } from '../../../shared/masking';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(MaskingRuleError);
    return (err as MaskingRuleError).code;
  }
  return undefined;
};

describe('compileCustomPattern (checked when saved, never at send time)', () => {
  it('accepts ordinary patterns', () => {
    const p = compileCustomPattern('ACME-\\d{4}');
    expect('x ACME-1234 y'.match(p.re)?.[0]).toBe('ACME-1234');
    expect(compileCustomPattern('acme', { caseInsensitive: true }).re.flags).toContain('i');
    expect(codeOf(() => compileCustomPattern('(?:\\d{3}-){2}\\d{4}'))).toBeUndefined();
  });

  it('rejects invalid syntax with a clear message', () => {
    expect(codeOf(() => compileCustomPattern('ACME-(\\d{4}'))).toBe('MASKING_PATTERN_INVALID');
    expect(() => compileCustomPattern('[')).toThrow(/not a valid pattern/);
    expect(codeOf(() => compileCustomPattern(''))).toBe('MASKING_PATTERN_INVALID');
  });

  it('rejects patterns that match empty text', () => {
    expect(codeOf(() => compileCustomPattern('a*'))).toBe('MASKING_PATTERN_EMPTY');
  });

  it.each(['(a+)+$', '(\\w+\\s?)+$', '(a|aa)+b', '([a-z]+)*@', '(x+x+)+y', '(.*a){12}', '(a+){2,}b', '(\\d+)\\1'])(
    'rejects the catastrophically slow shape %j',
    (source) => {
      const t0 = performance.now();
      expect(codeOf(() => compileCustomPattern(source))).toBe('MASKING_PATTERN_SLOW');
      expect(performance.now() - t0).toBeLessThan(2000);
    },
  );

  it('rejects a polynomial blow-up found by the timing probe', () => {
    expect(codeOf(() => compileCustomPattern('\\d+\\d+\\d+x'))).toBe('MASKING_PATTERN_SLOW');
  });

  // The probe used to feed runs of one character ending in "!" and grow them fourfold from 256: a pattern
  // ending in "!" or starting with a literal never backtracked on them and was accepted (and would hang a send),
  // and a fifth-degree pattern ran for hours inside the probe itself.
  it.each(['\\w*\\w*\\w*\\w*!', 'x\\s*\\s*\\s*\\s*y', 'a*a*a*a*a*b', 'ID:\\d*\\d*\\d*\\d*#'])('rejects the polynomial shape %j, which the probe missed or hung on', (source) => {
    expect(codeOf(() => compileCustomPattern(source))).toBe('MASKING_PATTERN_SLOW');
  });

  it.each(['PRJ-\\d+', 'ACME-[0-9]{4,}', 'TICKET-\\d{4,6}', '\\bINV-\\d{6}\\b', 'Project (Falcon|Eagle)', '[A-Z]{2}\\d{6}'])('accepts the ordinary pattern %j', (source) => {
    expect(codeOf(() => compileCustomPattern(source))).toBeUndefined();
  });
});
