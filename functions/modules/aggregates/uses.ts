import { problem } from '@ruta/schema/problems';
import { conflict } from '#platform/errors';
import { step, type Step } from '#platform/transact';
import type { Contribution } from '#modules/aggregates/deltas';
import { ProgramStat } from '#modules/aggregates/entity';

/**
 * "Still in use" for the records a bulk import writes by the hundred (trainings, scholarships): how many
 * of them name an organization or an objective, kept as an aggregate item of its own rather than a
 * counter on the organization or objective (as `agreementCount` is) — a transaction writes an item once,
 * and an import chunk's rows folded into one update per item (`statSteps`) is exactly what the
 * aggregates already do. The delete of the organization or objective carries `notInUse`: a condition
 * that the counts are 0, in its own transaction, so a record written at the same moment cannot slip
 * through. The counters reuse the aggregates' names: `trainingsHeld` counts trainings that name it,
 * `scholarshipsAwarded` scholarships (whatever their status). `npm run recount` rebuilds them.
 */
export type UseCounter = 'trainingsHeld' | 'scholarshipsAwarded';
const USE_COUNTERS: readonly UseCounter[] = ['trainingsHeld', 'scholarshipsAwarded'];

export interface UseKey {
  programId: string;
  month: string;
  bucket: string;
}

/** An organization's uses: in a partition of its own, beside no report (the reports read program partitions). */
export const organizationUseKey = (organizationId: string): UseKey => ({
  programId: `${organizationId}~uses`,
  month: 'uses',
  bucket: 'organization',
});
/** A program's objectives' uses: one partition per program (`recount` reads it in one Query), one item per code. */
export const objectiveUsePartition = (programId: string) => `${programId}~uses`;
export const objectiveUseKey = (programId: string, code: string): UseKey => ({
  programId: objectiveUsePartition(programId),
  month: 'uses',
  bucket: `objective:${code}`,
});

/** One use of each key by a record (each key once, however often the record names it). */
export function usesOf(counter: UseCounter, keys: readonly UseKey[]): Contribution[] {
  const seen = new Set<string>();
  return keys
    .filter((k) => {
      const id = `${k.programId}|${k.bucket}`;
      return !seen.has(id) && !!seen.add(id);
    })
    .map((k) => ({ ...k, counter, amount: 1 }));
}

/** The counts stored on a use item (zeros when nothing uses it). */
export async function useCounts(key: UseKey): Promise<Record<UseCounter, number>> {
  const { data } = await ProgramStat.get(key).go();
  return { trainingsHeld: data?.trainingsHeld ?? 0, scholarshipsAwarded: data?.scholarshipsAwarded ?? 0 };
}

/** The refusal: CONFLICT `IN_USE`, with the counts as the message key's params (on the path `id`). */
export function inUse(what: string, counts: Record<UseCounter, number>) {
  const params = { trainings: counts.trainingsHeld, scholarships: counts.scholarshipsAwarded };
  return conflict(
    `${what} is named by ${params.trainings} training(s) and ${params.scholarships} scholarship(s); change or delete them first`,
    {
      reason: 'IN_USE',
      fields: [problem('id', 'validation.in_use', params)],
      ...params,
    },
  );
}

/**
 * A condition, for a delete's transaction, that no training or scholarship uses the item (an item never
 * written passes); failing, it reads the counts and refuses with `inUse`.
 */
export function notInUse(key: UseKey, what: string): Step {
  return step(
    ProgramStat.check(key)
      .where((a, op) => USE_COUNTERS.map((c) => `(${op.notExists(a[c])} OR ${op.eq(a[c], 0)})`).join(' AND '))
      .commit(),
    async () => inUse(what, await useCounts(key)),
  );
}
