import { step, type Step } from '#platform/transact';
import { ProgramStat, type StatCounter } from '#modules/aggregates/entity';

/** One aggregate item to change: its key and what to add to each counter. */
export interface StatChange {
  programId: string;
  month: string;
  bucket: string;
  add: Partial<Record<StatCounter, number>>;
}

/** What one record adds to one counter of one aggregate item; each domain says it for its records. */
export interface Contribution {
  programId: string;
  month: string;
  bucket: string;
  counter: StatCounter;
  amount: number;
}

/**
 * Folds what records contributed before and after a change into one change per aggregate item,
 * dropping what cancels out — a transaction may touch each item once, and a no-op should not write.
 */
export function statChanges(before: readonly Contribution[], after: readonly Contribution[]): StatChange[] {
  const byItem = new Map<string, StatChange>();
  const apply = (c: Contribution, sign: 1 | -1) => {
    const key = `${c.programId}|${c.month}|${c.bucket}`;
    const change = byItem.get(key) ?? { programId: c.programId, month: c.month, bucket: c.bucket, add: {} };
    change.add[c.counter] = (change.add[c.counter] ?? 0) + sign * c.amount;
    byItem.set(key, change);
  };
  for (const c of before) apply(c, -1);
  for (const c of after) apply(c, 1);
  return [...byItem.values()]
    .map((c) => ({ ...c, add: Object.fromEntries(Object.entries(c.add).filter(([, v]) => v !== 0)) }))
    .filter((c) => Object.keys(c.add).length > 0);
}

/** The aggregate writes of a record's change (before → after), to go into the record's own transaction. */
export function statSteps(before: readonly Contribution[], after: readonly Contribution[]): Step[] {
  return statChanges(before, after).map((c) =>
    step(ProgramStat.update({ programId: c.programId, month: c.month, bucket: c.bucket }).add(c.add).commit()),
  );
}

/**
 * A program's running total of a counter, beside its monthly items (month and bucket `total`, after
 * every `YYYY-MM` in key order, so no report period reads it). An increase is conditional on the
 * total staying within `limit` — the ceiling that keeps every figure of a report exact — and fails
 * as `error`; a decrease always applies.
 */
export function runningTotalStep(programId: string, counter: StatCounter, delta: number, limit: number, error: Error): Step {
  const key = { programId, month: 'total', bucket: 'total' };
  if (delta <= 0)
    return step(
      ProgramStat.update(key)
        .add({ [counter]: delta })
        .commit(),
    );
  return step(
    ProgramStat.update(key)
      .add({ [counter]: delta })
      .where((a, op) => `${op.notExists(a[counter])} OR ${op.lte(a[counter], limit - delta)}`)
      .commit(),
    error,
  );
}
