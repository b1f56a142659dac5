import { statChanges, type Contribution } from '#modules/aggregates/deltas';
import { ProgramStat, STAT_COUNTERS, type StatCounter } from '#modules/aggregates/entity';

/** Where one aggregate counter stored differs from what the records contribute. */
export interface PartitionDrift {
  programId: string;
  month: string;
  bucket: string;
  counter: StatCounter;
  stored: number;
  recounted: number;
}

/**
 * One partition of aggregates (a program's own, or one kept beside it: the scholarships' canton ×
 * sponsor tallies, the victims by sex and age band, the delete guards' use counts) compared with what
 * its records contribute: the drift, written back with `fix` (each item's difference added, so the
 * stored counters match the records again). A maintenance job's step, never a request path: it reads
 * the whole partition (one Query, all pages). Every item is written under `partition`.
 */
export async function recountPartition(
  partition: string,
  recounted: readonly Contribution[],
  { fix = false } = {},
): Promise<PartitionDrift[]> {
  const { data } = await ProgramStat.query.byMonth({ programId: partition }).go({ pages: 'all' });
  const stored: Contribution[] = data.flatMap((s) =>
    STAT_COUNTERS.filter((counter) => s[counter]).map((counter) => ({
      programId: partition,
      month: s.month,
      bucket: s.bucket,
      counter,
      amount: s[counter]!,
    })),
  );
  const changes = statChanges(stored, recounted);
  if (fix) for (const c of changes) await ProgramStat.update({ programId: partition, month: c.month, bucket: c.bucket }).add(c.add).go();
  return changes.flatMap((c) =>
    Object.entries(c.add).map(([counter, delta]) => {
      const was = data.find((s) => s.month === c.month && s.bucket === c.bucket)?.[counter as StatCounter] ?? 0;
      return {
        programId: partition,
        month: c.month,
        bucket: c.bucket,
        counter: counter as StatCounter,
        stored: was,
        recounted: was + delta!,
      };
    }),
  );
}
