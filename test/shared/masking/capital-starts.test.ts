// The IBAN pattern is tried only at the capitals (TextFacts.capitals) that a second ASCII capital and two digits
// follow. The start list must hold every place the pattern can match, or an IBAN would go unmasked: scanAt over
// it must find exactly what a global scan of the same pattern finds.
import { describe, it } from 'vitest';
import { IBAN_AT, ibanStarts } from '../../../shared/masking/recognizers/financial';
import { drawText, expectStartsFindAll, rng } from './seeded-random';

// The pieces each number is written in, and what stands around it.
const IBAN_PIECES = ['GB82', 'DE89', 'GB', '82', ' ', ' ', 'WEST', '1234', '5698', '7654', '32', '370', 'A', 'x', 'É', 'Éx', '-', '\n', 'gb82', '𝐀B12'];

describe('IBAN starts', () => {
  it('IBAN: scanAt over its starts equals a global scan', () => {
    const next = rng(82);
    expectStartsFindAll(IBAN_AT, ibanStarts, () => drawText(next, IBAN_PIECES, 1 + Math.floor(next() * 12)), 20_000, 500);
  });
});
