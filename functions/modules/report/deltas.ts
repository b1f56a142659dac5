import type { StatCounter } from '#modules/report/entity';

/** One aggregate item to change: its key and what to add to each counter. */
export interface StatChange {
  programId: string;
  month: string;
  bucket: string;
  add: Partial<Record<StatCounter, number>>;
}

export interface Contribution {
  programId: string;
  month: string;
  bucket: string;
  counter: StatCounter;
  amount: number;
}

/**
 * Folds what a record contributed before and after a change into one change per aggregate item,
 * dropping what cancels out — a transaction may touch each item once, and a no-op should not write.
 */
export function statChanges(before: Contribution[], after: Contribution[]): StatChange[] {
  const byItem = new Map<string, StatChange>();
  const apply = (c: Contribution, sign: 1 | -1) => {
    const key = `${c.programId}|${c.month}|${c.bucket}`;
    const change = byItem.get(key) ?? { programId: c.programId, month: c.month, bucket: c.bucket, add: {} };
    change.add[c.counter] = (change.add[c.counter] ?? 0) + sign * c.amount;
    byItem.set(key, change);
  };
  before.forEach((c) => apply(c, -1));
  after.forEach((c) => apply(c, 1));
  return [...byItem.values()]
    .map((c) => ({ ...c, add: Object.fromEntries(Object.entries(c.add).filter(([, v]) => v !== 0)) }))
    .filter((c) => Object.keys(c.add).length > 0);
}

/** The bucket of costs outside objectives: one per budget line. */
export const lineBucket = (budgetLineId: string) => `line:${budgetLineId}`;

/** The part of ElectroDB's transaction entity the aggregate writes need. */
interface StatEntity {
  update(key: never): { add(values: never): { commit(): any } };
}

/** The aggregate writes of a change, to go into the record's own transaction. */
export const statOps = (programStat: StatEntity, changes: StatChange[]) =>
  changes.map((c) => programStat.update({ programId: c.programId, month: c.month, bucket: c.bucket } as never).add(c.add as never).commit());
