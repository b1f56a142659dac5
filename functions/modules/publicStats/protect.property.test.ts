import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTable, type PublishedTable } from '#modules/publicStats/table';
import { caseArb, checkSingleYearTables, combos, yearsOf } from '#modules/publicStats/protectCheck';

// The attacker's model and the search live in protectCheck.ts, shared with `npm run bench`.
describe('public statistics suppression (property)', () => {
  it('no suppressed count of any single-year table can be worked out, and no count under k is shown', () => {
    const tally = checkSingleYearTables();
    console.info(
      `public statistics property: ${tally.tables} tables, ${tally.suppressed} suppressed counts attacked, ${tally.recovered} recovered, ${tally.underK} shown under k`,
    );
    expect(tally.suppressed).toBeGreaterThan(100);
    expect(tally.wrong).toBe(0);
    expect(tally.recovered).toBe(0);
    expect(tally.underK).toBe(0);
  });

  it('a number over a range of years is published only when every year publishes it, and is their sum', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { minLength: 3, maxLength: 45 }), fc.constantFrom(...combos), (cases, dims) => {
        const years = yearsOf(cases);
        if (years.size < 2) return;
        const whole = buildTable(years, dims, 2021, 2022, 5);
        const single = [2021, 2022].map((y) => buildTable(years, dims, y, y, 5));
        const numbersOf = (t: PublishedTable) =>
          new Map([...t.cells, ...t.rowTotals, ...t.colTotals, t.total].map((c) => [`${c.row}|${c.col}`, c]));
        const parts = single.map(numbersOf);
        for (const [key, n] of numbersOf(whole)) {
          if (n.suppressed) continue;
          const each = parts.map((p) => p.get(key));
          // A value absent from a year is a 0 everybody sees; otherwise the year must publish it.
          expect(each.every((c) => !c?.suppressed)).toBe(true);
          expect(n.count).toBe(each.reduce((s, c) => s + (c?.count ?? 0), 0));
        }
      }),
      { seed: 20261202, numRuns: 200 },
    );
  });
});
