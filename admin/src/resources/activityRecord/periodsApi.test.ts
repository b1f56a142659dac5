import { describe, expect, it } from 'vitest';
import { defaultQuarter, quartersBetween } from './periodsApi.ts';

describe('quarters', () => {
  it('lists the quarters between two dates, across a year end', () => {
    expect(quartersBetween('2008-11-03', '2009-04-01')).toEqual(['2008-Q4', '2009-Q1', '2009-Q2']);
    expect(quartersBetween('2009-03-31', '2009-03-31')).toEqual(['2009-Q1']);
    expect(quartersBetween('2010-01-01', '2009-01-01')).toEqual([]);
  });
  it("defaults to today's quarter, or the program's nearest", () => {
    const today = new Date('2026-12-01T10:00:00Z');
    expect(defaultQuarter({ startDate: '2006-10-01', endDate: '2011-09-30' }, today)).toBe('2011-Q3');
    expect(defaultQuarter({ startDate: '2026-01-01', endDate: null }, today)).toBe('2026-Q4');
    expect(defaultQuarter({ startDate: '2027-05-01', endDate: '2028-01-01' }, today)).toBe('2027-Q2');
  });
});
