// PERSON cues beyond greetings and mail headers: the generated name lists, speaker labels, lower-case
// YAML keys, quoted key/value pairs, Markdown table cells, invite and shipping labels, Chinese compound
// surnames; and the words that must stay unmasked although they are spelled like names.
import { describe, expect, it } from 'vitest';
import { findSpans } from '../../../shared/masking';
import { FAMILY_NAMES, GIVEN_NAMES, WEAK_NAMES } from '../../../shared/masking/recognizers/name-lists';

const persons = (text: string): string[] =>
  findSpans(text, { preset: 'standard' }).filter((s) => s.type === 'PERSON').map((s) => text.slice(s.start, s.end));

describe('generated name lists', () => {
  it('hold thousands of given and family names, and keep ordinary words apart', () => {
    expect(GIVEN_NAMES.size).toBeGreaterThan(5000);
    expect(FAMILY_NAMES.size).toBeGreaterThan(5000);
    for (const w of ['Ruby', 'Julia', 'Jenkins', 'Dallas', 'Hunter']) expect(WEAK_NAMES.has(w), w).toBe(true);
  });

  it('find a name whose parts were never hand-listed', () => {
    expect(persons('The ticket was closed by Bartholomew Quist yesterday.')).toEqual(['Bartholomew Quist']);
    expect(persons('Rotate it and tell Ignatius.')).toEqual(['Ignatius']);
  });

  it('take a lone given name without a cue only when it is no ordinary word and not short', () => {
    expect(persons('Valentina will join the call at noon.')).toEqual(['Valentina']);
    expect(persons('INFO  Job 599341f6 finished. Victoria Station is closed.')).toEqual([]);
  });

  it('leave languages, tools and places spelled like names alone', () => {
    expect(persons('We use Ruby and Julia at work. Jenkins is down. Dallas Hunter Rose is a band.')).toEqual([]);
  });
});

describe('labels and structured text', () => {
  it.each([
    ['owner: Bartholomew Quist\nteam: payments', 'Bartholomew Quist'],
    ["INSERT INTO users (name, email) VALUES ('Rosalyn Tremblay', 'r@example.org');", 'Rosalyn Tremblay'],
    ["author = 'Evander Holloway'", 'Evander Holloway'],
    ['| Name | Role |\n| --- | --- |\n| Evander Holloway | QA |', 'Evander Holloway'],
    ['Ship to:\nPriyanka Deshmukh\n12 Elm St', 'Priyanka Deshmukh'],
    ['Organizer: Cordelia Ashford\nStatus: accepted', 'Cordelia Ashford'],
    ['Reviewed-by: Leopold Brandt', 'Leopold Brandt'],
  ])('%j', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it('takes a speaker label with a known name and leaves note headings alone', () => {
    expect(persons('[09:14] Marisol: running late, start without me')).toEqual(['Marisol']);
    expect(persons('Thaddeus: can you check the build?\nNext Steps: deploy\nAction Items: none')).toEqual(['Thaddeus']);
  });
});

describe('Chinese names', () => {
  it('keeps a two-character surname whole', () => {
    expect(persons('联系人：欧阳娜娜')).toEqual(['欧阳娜娜']);
    expect(persons('抄送：王伟')).toEqual(['王伟']);
  });

  it('does not read an imperative as a name', () => {
    expect(persons('请解释这个哈希值')).toEqual([]);
  });
});
