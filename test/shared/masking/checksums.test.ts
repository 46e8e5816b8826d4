import { describe, expect, it } from 'vitest';
import {
  aadhaarValid, cnResidentIdValid, deTaxIdValid, frNirValid, ibanValid, luhnValid, shannonEntropy, ukNinoValid, usSsnValid, verhoeffValid,
} from '../../../shared/masking/checksums';
import { cardIssuer } from '../../../shared/masking/recognizers/financial';
import { ipv6Valid } from '../../../shared/masking/recognizers/network';

describe('check digits', () => {
  it('Luhn accepts valid card numbers and rejects one-digit changes', () => {
    expect(luhnValid('4111 1111 1111 1111')).toBe(true);
    expect(luhnValid('5500-0000-0000-0004')).toBe(true);
    expect(luhnValid('378282246310005')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('1')).toBe(false);
  });

  it('card issuer ranges', () => {
    expect(cardIssuer('4111111111111111')).toBe('visa');
    expect(cardIssuer('5500000000000004')).toBe('mastercard');
    expect(cardIssuer('2221000000000009')).toBe('mastercard');
    expect(cardIssuer('378282246310005')).toBe('amex');
    expect(cardIssuer('6011111111111117')).toBe('discover');
    expect(cardIssuer('3530111333300000')).toBe('jcb');
    expect(cardIssuer('1234567812345670')).toBeNull(); // Luhn-valid, no issuer
    expect(cardIssuer('371449635398431')).toBe('amex');
    expect(cardIssuer('37144963539843')).toBeNull(); // amex needs 15 digits
  });

  it('IBAN: country length and mod-97', () => {
    expect(ibanValid('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(ibanValid('GB82WEST12345698765432')).toBe(true);
    expect(ibanValid('FR1420041010050500013M02606')).toBe(true);
    expect(ibanValid('ES9121000418450200051332')).toBe(true);
    expect(ibanValid('DE89 3704 0044 0532 0130 01')).toBe(false); // check fails
    expect(ibanValid('DE89 3704 0044 0532 0130')).toBe(false); // wrong length
    expect(ibanValid('XX89370400440532013000')).toBe(false); // unknown country
  });

  it('Verhoeff and Aadhaar', () => {
    expect(verhoeffValid('2363')).toBe(true);
    expect(verhoeffValid('2364')).toBe(false);
    expect(aadhaarValid('2345 6789 0124')).toBe(true);
    expect(aadhaarValid('2345 6789 0125')).toBe(false);
    expect(aadhaarValid('1234 5678 9012')).toBe(false); // cannot start with 0 or 1
  });

  it('Chinese resident ID: ISO 7064 MOD 11-2 and birth date', () => {
    expect(cnResidentIdValid('11010519491231002X')).toBe(true);
    expect(cnResidentIdValid('110105194912310021')).toBe(false);
    expect(cnResidentIdValid('11010519491331002X')).toBe(false); // month 13
  });

  it('German tax id: repetition rule and ISO 7064 MOD 11,10', () => {
    expect(deTaxIdValid('86095742719')).toBe(true);
    expect(deTaxIdValid('86095742718')).toBe(false);
    expect(deTaxIdValid('12345678901')).toBe(false); // no repeated digit
    expect(deTaxIdValid('06095742719')).toBe(false); // leading zero
  });

  it('French NIR: key = 97 - number mod 97, Corsica departments', () => {
    expect(frNirValid('1 85 05 78 006 084 91')).toBe(true);
    expect(frNirValid('185057800608492')).toBe(false);
    expect(frNirValid('2 69 05 2A 123 456 ' + String(97 - Number(2690519123456n % 97n)).padStart(2, '0'))).toBe(true);
  });

  it('US SSN structural rules', () => {
    expect(usSsnValid('536-22-1234')).toBe(true);
    expect(usSsnValid('000-22-1234')).toBe(false);
    expect(usSsnValid('666-22-1234')).toBe(false);
    expect(usSsnValid('912-22-1234')).toBe(false);
    expect(usSsnValid('536-00-1234')).toBe(false);
    expect(usSsnValid('536-22-0000')).toBe(false);
    expect(usSsnValid('123-45-6789')).toBe(false); // the famous sample
  });

  it('UK NINO prefixes and suffix', () => {
    expect(ukNinoValid('AB 12 34 56 C')).toBe(true);
    expect(ukNinoValid('QQ123456C')).toBe(false); // Q not allowed first
    expect(ukNinoValid('GB123456A')).toBe(false); // excluded prefix
    expect(ukNinoValid('AB123456E')).toBe(false); // suffix A-D only
  });

  it('IPv6 structure', () => {
    expect(ipv6Valid('2001:db8::1')).toBe(true);
    expect(ipv6Valid('fe80::1ff:fe23:4567:890a%eth0')).toBe(true);
    expect(ipv6Valid('::ffff:192.0.2.128')).toBe(true);
    expect(ipv6Valid('2001:0db8:0000:0000:0000:ff00:0042:8329')).toBe(true);
    expect(ipv6Valid('12:30:45')).toBe(false);
    expect(ipv6Valid('1::2::3')).toBe(false);
    expect(ipv6Valid('2001:db8:0:0:0:0:0:0:1')).toBe(false);
  });

  it('entropy separates random strings from words', () => {
    expect(shannonEntropy('aaaaaaaa')).toBe(0);
    expect(shannonEntropy('Xk9#mP2$qLw7')).toBeGreaterThan(3.5);
  });

  it('entropy is the same to the last bit as a count of code points in a Map, summed in first-occurrence order', () => {
    // The form the typed-array count for ASCII replaced; threshold decisions depend on every bit of it.
    const reference = (s: string): number => {
      if (s.length === 0) return 0;
      const counts = new Map<string, number>();
      for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
      let h = 0;
      for (const n of counts.values()) h -= (n / s.length) * Math.log2(n / s.length);
      return h;
    };
    const alphabet = [...'abcXYZ0123456789+/=_-.é😀'];
    let seed = 3;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let k = 0; k < 50_000; k++) {
      let s = '';
      for (let i = Math.floor(next() * 60); i > 0; i--) s += alphabet[Math.floor(next() * alphabet.length)];
      expect(Object.is(shannonEntropy(s), reference(s)), JSON.stringify(s)).toBe(true);
    }
  });
});
