import { describe, expect, it } from 'vitest';
import { findSpans } from '../../../shared/masking';
import { TableContext } from '../../../shared/masking/table-context';

describe('table header context', () => {
  const csv = 'employee,ssn,dob,status\nAda Park,536-22-1234,1955-06-18,active\nBo Chen,536-22-1235,"April 12, 1982",leave\n\nafter the table 1955-06-18';

  it('finds the header cell above a value, tolerating an unquoted comma inside a value', () => {
    const t = new TableContext(csv);
    expect(t.headerCellAt(csv.indexOf('1955-06-18'))).toBe('dob');
    expect(t.headerCellAt(csv.indexOf('536-22-1235'))).toBe('ssn');
    expect(t.headerCellAt(csv.indexOf('April'))).toBe('dob');
    expect(t.headerCellAt(csv.indexOf('employee'))).toBe('');
    expect(t.headerCellAt(csv.lastIndexOf('1955-06-18'))).toBe('');
    // The first line, up to and including its newline, has no header; the next line has one.
    const nl = csv.indexOf('\n');
    expect(new TableContext(csv).headerCellAt(nl)).toBe('');
    expect(new TableContext(csv).headerCellAt(nl + 1)).toBe('employee');
    expect(new TableContext('ssn,dob,536-22-1234,1955-06-18').headerCellAt(8)).toBe('');
  });

  it('a date in a "dob" column is a date of birth; the same date in prose is not', () => {
    const dobs = findSpans(csv).filter((s) => s.type === 'DATE_OF_BIRTH').map((s) => csv.slice(s.start, s.end));
    expect(dobs).toEqual(['1955-06-18', 'April 12, 1982']);
  });

  it('header lookups stay linear on a large table', () => {
    const big = `name,dob,note\n${'Ann Lee,1970-01-01,ok\n'.repeat(50_000)}`;
    const t0 = performance.now();
    const spans = findSpans(big, { types: ['DATE_OF_BIRTH'] });
    expect(spans).toHaveLength(50_000);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
