import { describe, expect, it } from 'vitest';
import { compileCustomPattern, findSpans, maskText, restoreText } from '../../../shared/masking';

describe('maskText', () => {
  it('replaces values with typed placeholders and returns spans and mapping', () => {
    const text = 'Mail john.doe@example.com or jane@example.org, card 4111 1111 1111 1111.';
    const r = maskText(text);
    expect(r.masked).toBe('Mail [EMAIL_1] or [EMAIL_2], card [CREDIT_CARD_1].');
    expect(r.spans.map((s) => [s.type, text.slice(s.start, s.end)])).toEqual([
      ['EMAIL', 'john.doe@example.com'],
      ['EMAIL', 'jane@example.org'],
      ['CREDIT_CARD', '4111 1111 1111 1111'],
    ]);
    expect(r.mapping.entries).toEqual([
      { placeholder: '[EMAIL_1]', type: 'EMAIL', value: 'john.doe@example.com' },
      { placeholder: '[EMAIL_2]', type: 'EMAIL', value: 'jane@example.org' },
      { placeholder: '[CREDIT_CARD_1]', type: 'CREDIT_CARD', value: '4111 1111 1111 1111' },
    ]);
  });

  it('keeps placeholders stable across turns of a conversation, and never mutates the given mapping', () => {
    const turn1 = maskText('Contact john.doe@example.com and +44 20 7946 0958.');
    const before = JSON.stringify(turn1.mapping);
    const turn2 = maskText('Also cc jane@example.org; again JOHN.DOE@example.com, tel +44 20 7946 0958', {}, turn1.mapping);
    expect(JSON.stringify(turn1.mapping)).toBe(before);
    expect(turn2.masked).toBe('Also cc [EMAIL_2]; again [EMAIL_1], tel [PHONE_1]');
    const turn3 = maskText('jane@example.org', {}, turn2.mapping);
    expect(turn3.masked).toBe('[EMAIL_2]');
    expect(turn3.mapping.entries).toHaveLength(3);
    // The mapping survives a JSON round trip (the core stores it encrypted).
    const again = maskText('john.doe@example.com', {}, JSON.parse(JSON.stringify(turn3.mapping)));
    expect(again.masked).toBe('[EMAIL_1]');
  });

  it('same value in one message gets one placeholder; different values get different numbers', () => {
    const r = maskText('a@example.com b@example.com a@example.com');
    expect(r.masked).toBe('[EMAIL_1] [EMAIL_2] [EMAIL_1]');
  });

  it('resolves overlapping candidates to one span: higher confidence, then longer', () => {
    // The URL credential and an email-shaped "pass@host" overlap; the credential must win whole.
    const text = 'postgres://admin:hunter2x@db.example.com/app';
    const spans = findSpans(text);
    expect(spans.map((s) => [s.type, text.slice(s.start, s.end)])).toEqual([['URL_CREDENTIAL', 'admin:hunter2x']]);
    // An IPv4 address is also phone-shaped; the address wins.
    expect(findSpans('ip 203.0.113.42').map((s) => s.type)).toEqual(['IP_ADDRESS']);
    // Strict finds both a date and a date of birth at the same place; the birth date wins.
    const dob = findSpans('DOB: 1985-03-04', { preset: 'strict' });
    expect(dob.map((s) => s.type)).toEqual(['DATE_OF_BIRTH']);
    for (let i = 1; i < spans.length; i++) expect((spans[i] as { start: number }).start).toBeGreaterThanOrEqual((spans[i - 1] as { end: number }).end);
  });

  it('uses UTF-16 offsets that stay correct around emoji, CJK and combining characters', () => {
    const text = '👩‍💻 café\u0301 王小明 说：邮件 li@example.cn 👍🏽 and a👨‍👩‍👧b +44 20 7946 0958';
    const spans = findSpans(text);
    const email = spans.find((s) => s.type === 'EMAIL');
    const phone = spans.find((s) => s.type === 'PHONE');
    expect(email && text.slice(email.start, email.end)).toBe('li@example.cn');
    expect(email?.start).toBe(text.indexOf('li@example.cn'));
    expect(phone && text.slice(phone.start, phone.end)).toBe('+44 20 7946 0958');
    const r = maskText(text);
    expect(r.masked).toBe('👩‍💻 café\u0301 王小明 说：邮件 [EMAIL_1] 👍🏽 and a👨‍👩‍👧b [PHONE_1]');
    expect(restoreText(r.masked, r.mapping)).toBe(text);
  });

  it('presets choose types: Secrets-only ignores emails, PCI keeps cards and secrets, Strict adds URLs and dates', () => {
    const text = 'a@example.com 4111111111111111 sk-0123456789abcdef0123456789abcdef https://example.com/x on 2024-06-30';
    const types = (preset: 'standard' | 'strict' | 'pci' | 'secrets') => findSpans(text, { preset }).map((s) => s.type);
    expect(types('secrets')).toEqual(['SECRET']);
    expect(types('pci')).toEqual(['CREDIT_CARD', 'SECRET']);
    expect(types('standard')).toEqual(['EMAIL', 'CREDIT_CARD', 'SECRET']);
    expect(types('strict')).toEqual(['EMAIL', 'CREDIT_CARD', 'SECRET', 'URL', 'DATE']);
  });

  it('per-type switches and policy-forced types', () => {
    const text = 'a@example.com from 203.0.113.42';
    expect(findSpans(text, { disabled: ['EMAIL'] }).map((s) => s.type)).toEqual(['IP_ADDRESS']);
    expect(findSpans(text, { preset: 'custom', types: ['IP_ADDRESS'] }).map((s) => s.type)).toEqual(['IP_ADDRESS']);
    // Managed policy forces EMAIL on even when the user switched it off.
    expect(findSpans(text, { disabled: ['EMAIL'], forced: ['EMAIL'] }).map((s) => s.type)).toEqual(['EMAIL', 'IP_ADDRESS']);
    expect(findSpans(text, { preset: 'secrets', forced: ['IP_ADDRESS'] }).map((s) => s.type)).toEqual(['IP_ADDRESS']);
  });

  it('custom terms are always masked (whole words, any case); user patterns too; the allowlist wins', () => {
    const options = {
      preset: 'secrets' as const,
      customTerms: ['Project Falcon', 'Acme Corp', '青龙计划'],
      customPatterns: [compileCustomPattern('TICKET-\\d{4,6}')],
      allowlist: ['ops@example.com'],
    };
    const r = maskText('project falcon for ACME CORP (see TICKET-12345); not falconry; 启动青龙计划。', options);
    expect(r.masked).toBe('[CUSTOM_1] for [CUSTOM_2] (see [CUSTOM_3]); not falconry; 启动[CUSTOM_4]。');
    const allowed = maskText('write to ops@example.com or bob@example.com', { allowlist: ['OPS@example.com'] });
    expect(allowed.masked).toBe('write to ops@example.com or [EMAIL_1]');
  });

  it('does not re-mask placeholders that are already in the text, nor hand out their numbers again', () => {
    expect(maskText('as discussed, [EMAIL_1] and [PHONE_2] stay').masked).toBe('as discussed, [EMAIL_1] and [PHONE_2] stay');
    const r = maskText('literal [EMAIL_1] vs real ana@example.com');
    expect(r.masked).toBe('literal [EMAIL_1] vs real [EMAIL_2]');
    expect(restoreText('reply about [EMAIL_2]', r.mapping)).toBe('reply about ana@example.com');
  });

  it('optional realistic surrogates are format-preserving, different from the original, and reversible', () => {
    const text = 'Card 4111 1111 1111 1111, mail john.doe@example.com, IBAN DE89 3704 0044 0532 0130 00, ip 203.0.113.42, Hi Anna Schmidt,';
    const r = maskText(text, { surrogates: true });
    const masked = findSpans(r.masked, { preset: 'standard' }).map((s) => s.type);
    expect(masked).toEqual(expect.arrayContaining(['CREDIT_CARD', 'EMAIL', 'IBAN', 'IP_ADDRESS']));
    for (const e of r.mapping.entries) {
      expect(e.surrogate).toBeDefined();
      expect(e.surrogate).not.toBe(e.value);
      expect(r.masked).toContain(e.surrogate);
      expect(r.masked).not.toContain(e.value);
    }
    expect(r.masked).not.toContain('[');
    expect(restoreText(r.masked, r.mapping)).toBe(text);
    // Stable across turns as well.
    const again = maskText('john.doe@example.com', { surrogates: true }, r.mapping);
    expect(again.masked).toBe(r.mapping.entries.find((e) => e.type === 'EMAIL')?.surrogate);
  });

  it('finds the values of a long conversation as of a short one, and the later of two stored forms of one value', () => {
    // Values are looked up by a linear search in a short mapping and through maps in a long one (more than 16).
    for (const earlier of [3, 40]) {
      const emails = Array.from({ length: earlier }, (_, i) => `person${i}@example.com`);
      let mapping = maskText(emails.join(', ')).mapping;
      // Two stored entries for one value (differing only in case): the later one is the value's placeholder.
      mapping = { version: 1, entries: [...mapping.entries, { placeholder: `[EMAIL_${earlier + 1}]`, type: 'EMAIL', value: 'PERSON0@example.com' }] };
      const next = maskText(`again person0@example.com, person${earlier - 1}@example.com and new@example.com`, {}, mapping);
      expect(next.masked, `${earlier} earlier values`).toBe(`again [EMAIL_${earlier + 1}], [EMAIL_${earlier}] and [EMAIL_${earlier + 2}]`);
      expect(next.mapping.entries).toHaveLength(earlier + 2);
    }
  });
});
