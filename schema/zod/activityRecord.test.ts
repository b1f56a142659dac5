import { describe, expect, it } from 'vitest';
import { fieldProblems } from '../problems.ts';
import { activityImportRow, createActivityRecordInput, quarterOf, quarterRange, reachedWithTotals, reviewInput } from './activityRecord.ts';

const valid = {
  programId: 'p-1',
  objectiveCode: '1.1',
  title: 'Talleres',
  kind: 'AWARENESS_EVENT',
  startDate: '2008-02-04',
  endDate: '2008-03-28',
  place: { country: 'EC', provinceCode: '01', cantonCode: '0101' },
  reached: [{ band: 'ADOLESCENT', women: 3, men: 2 }],
};
const keys = (r: ReturnType<typeof createActivityRecordInput.safeParse>) =>
  r.success ? [] : fieldProblems(r.error).map((p) => `${p.path}:${p.key}`);

describe('activity record input', () => {
  it('derives quarters and their ranges', () => {
    expect(quarterOf('2008-03-31')).toBe('2008-Q1');
    expect(quarterOf('2008-10-01')).toBe('2008-Q4');
    expect(quarterRange('2008-Q1')).toEqual({ from: '2008-01-01', to: '2008-03-31' });
    expect(quarterRange('2008-Q4')).toEqual({ from: '2008-10-01', to: '2008-12-31' });
  });

  it('derives line totals and totals by sex, bands in order', () => {
    const { reached, totals } = reachedWithTotals([
      { band: 'ADULT', women: 1, men: 2, notRecorded: 3 },
      { band: 'CHILD', women: 4, men: 0, notRecorded: 0 },
    ]);
    expect(reached.map((l) => [l.band, l.total])).toEqual([
      ['CHILD', 4],
      ['ADULT', 6],
    ]);
    expect(totals).toEqual({ women: 5, men: 2, notRecorded: 3, total: 10 });
  });

  it('reports every problem in one round: a total that does not add up, dates across quarters, a repeated band, a bad link', () => {
    expect(keys(createActivityRecordInput.safeParse(valid))).toEqual([]);
    expect(
      keys(
        createActivityRecordInput.safeParse({
          ...valid,
          endDate: '2008-04-01',
          expectedTotal: 6,
          reached: [...valid.reached, { band: 'ADOLESCENT', women: 1 }],
          attachments: [{ fileName: 'a.pdf', url: 'ftp://x' }],
        }),
      ).sort(),
    ).toEqual(['attachments.0.url:validation.invalid_url', 'endDate:validation.quarter_span', 'reached.1.band:validation.bands_distinct']);
    expect(keys(createActivityRecordInput.safeParse({ ...valid, expectedTotal: 6 }))).toEqual(['expectedTotal:validation.sum_mismatch']);
    expect(keys(createActivityRecordInput.safeParse({ ...valid, expectedTotal: 5 }))).toEqual([]);
  });

  it('needs a comment to return, at most 40 records a review, and import rows follow the same rules', () => {
    expect(reviewInput.safeParse({ ids: ['a'], decision: 'RETURN' }).success).toBe(false);
    expect(reviewInput.safeParse({ ids: ['a'], decision: 'RETURN', comment: 'Corrija' }).success).toBe(true);
    expect(reviewInput.safeParse({ ids: Array.from({ length: 41 }, (_, i) => `r${i}`), decision: 'APPROVE' }).success).toBe(false);
    expect(activityImportRow.safeParse({ row: 1, ...valid, endDate: '2008-01-01' }).success).toBe(false);
  });
});
