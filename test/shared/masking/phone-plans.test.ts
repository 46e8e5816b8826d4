// A national number with a trunk 0 is tried in six numbering plans, in an order picked by its length so that
// most validate at the first try. The score does not depend on which plan validates, so the orders may differ
// but must hold the same plans, or a number of some length would be found in fewer countries.
import { describe, expect, it } from 'vitest';
import { phoneRecognizer, TRUNK_ZERO_ORDERS } from '../../../shared/masking/recognizers/phone';

describe('trunk-0 numbering plans', () => {
  it('every length tries the same plans', () => {
    const [first, ...others] = TRUNK_ZERO_ORDERS;
    expect(first.length).toBe(6);
    for (const order of others) expect([...order].sort()).toEqual([...first].sort());
  });

  it('finds numbers of each length that only a later plan validates', () => {
    // German (9 and 12 digits), French (10), British (11) and Chinese (11) numbers written with their trunk 0.
    for (const number of ['030 123456', '030 12345678', '01 42 68 53 00', '020 7946 0958', '010 6552 9988']) {
      const text = `call ${number} today`;
      expect(phoneRecognizer.find(text).map((c) => text.slice(c.start, c.end)), number).toEqual([number]);
    }
  });
});
