import type { Contribution } from '#modules/aggregates/deltas';
import type { ExpenditureRecord } from '#modules/framework/entity';

/** The aggregate bucket of costs outside objectives: one per budget line. */
export const lineBucket = (budgetLineId: string) => `line:${budgetLineId}`;

/** An expenditure adds its amount in its month, under its objective or, outside objectives, its line. */
export function expenditureContributions(
  e: Pick<ExpenditureRecord, 'programId' | 'date' | 'objectiveCode' | 'budgetLineId' | 'amount'> | null | undefined,
): Contribution[] {
  if (!e) return [];
  return [
    {
      programId: e.programId,
      month: e.date.slice(0, 7),
      bucket: e.objectiveCode ?? lineBucket(e.budgetLineId),
      counter: 'expenditure',
      amount: e.amount,
    },
  ];
}
