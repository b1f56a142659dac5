import { describe, expect, it } from 'vitest';
import { defaultPeriod } from './reportPeriod.ts';

const ecuador = { startDate: '2006-10-01', endDate: '2009-07-31' };

describe('the period the report opens on', () => {
  it('is the whole program once it has ended', () => {
    expect(defaultPeriod(ecuador, '2026-03-02')).toEqual({ from: '2006-10-01', to: '2009-07-31' });
    expect(defaultPeriod(ecuador, '2009-08-01')).toEqual({ from: '2006-10-01', to: '2009-07-31' });
  });

  it('is the current quarter while the program runs, not its last one', () => {
    expect(defaultPeriod(ecuador, '2008-05-14')).toEqual({ from: '2008-04-01', to: '2008-06-30' });
    expect(defaultPeriod(ecuador, '2009-07-31')).toEqual({ from: '2009-07-01', to: '2009-07-31' });
    expect(defaultPeriod(ecuador, '2006-10-01')).toEqual({ from: '2006-10-01', to: '2006-12-31' });
  });

  it('is the whole plan before the program starts', () => {
    expect(defaultPeriod(ecuador, '2006-09-30')).toEqual({ from: '2006-10-01', to: '2009-07-31' });
  });
});
