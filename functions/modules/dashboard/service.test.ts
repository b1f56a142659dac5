import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { monthsBefore } from '#modules/dashboard/service';

describe('monthsBefore', () => {
  it('steps back across years', () => {
    expect(monthsBefore('2030-03', 0)).toBe('2030-03');
    expect(monthsBefore('2030-03', 1)).toBe('2030-02');
    expect(monthsBefore('2030-01', 1)).toBe('2029-12');
    expect(monthsBefore('2031-03', 11)).toBe('2030-04');
  });

  it('is n steps of one month (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 40 }), (y, m, n) => {
        const month = `${y}-${String(m).padStart(2, '0')}`;
        let stepped = month;
        for (let i = 0; i < n; i++) stepped = monthsBefore(stepped, 1);
        expect(monthsBefore(month, n)).toBe(stepped);
        const [y2, m2] = stepped.split('-').map(Number) as [number, number];
        expect(y * 12 + m - (y2 * 12 + m2)).toBe(n);
      }),
    );
  });
});
