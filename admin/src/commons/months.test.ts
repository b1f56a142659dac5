import { describe, expect, it } from 'vitest';
import { lastDayOfMonth, programPeriod, quartersOf } from './months.ts';

describe('reporting months', () => {
  it('knows month lengths, leap years included', () => {
    expect(lastDayOfMonth('2008-02')).toBe('2008-02-29');
    expect(lastDayOfMonth('2009-02')).toBe('2009-02-28');
    expect(lastDayOfMonth('2009-07')).toBe('2009-07-31');
  });

  it('widens a program to whole months', () => {
    expect(programPeriod('2006-10-15', '2009-07-10')).toEqual({ from: '2006-10-01', to: '2009-07-31' });
  });

  it('lists the quarters of the Ecuador program newest first, cut to its months', () => {
    const quarters = quartersOf('2006-10-01', '2009-07-31');
    expect(quarters).toHaveLength(12); // Q4 2006 … Q3 2009
    expect(quarters[0]).toEqual({ year: 2009, quarter: 3, from: '2009-07-01', to: '2009-07-31' });
    expect(quarters[1]).toEqual({ year: 2009, quarter: 2, from: '2009-04-01', to: '2009-06-30' });
    expect(quarters.at(-1)).toEqual({ year: 2006, quarter: 4, from: '2006-10-01', to: '2006-12-31' });
  });

  it('cuts a first quarter that starts mid-quarter', () => {
    expect(quartersOf('2020-02-01', '2020-03-31')).toEqual([{ year: 2020, quarter: 1, from: '2020-02-01', to: '2020-03-31' }]);
  });
});
