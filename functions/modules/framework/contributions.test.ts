import { describe, expect, it } from 'vitest';
import { expenditureContributions, lineBucket } from '#modules/framework/contributions';

const expenditure = { programId: 'p', date: '2008-02-29', objectiveCode: '1.2', budgetLineId: 'p~line-1', amount: 12_345 };

describe('expenditureContributions', () => {
  it('adds the amount in its month under its objective', () => {
    expect(expenditureContributions(expenditure)).toEqual([
      { programId: 'p', month: '2008-02', bucket: '1.2', counter: 'expenditure', amount: 12_345 },
    ]);
  });

  it('outside objectives, adds it under its budget line', () => {
    expect(expenditureContributions({ ...expenditure, objectiveCode: undefined })).toEqual([
      { programId: 'p', month: '2008-02', bucket: 'line:p~line-1', counter: 'expenditure', amount: 12_345 },
    ]);
    expect(lineBucket('p~line-1')).toBe('line:p~line-1');
  });

  it('no expenditure (created or deleted) contributes nothing', () => {
    expect(expenditureContributions(null)).toEqual([]);
    expect(expenditureContributions(undefined)).toEqual([]);
  });
});
