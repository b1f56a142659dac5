import { statChanges, type Contribution } from '#modules/aggregates/deltas';
import { ProgramStat, STAT_COUNTERS } from '#modules/aggregates/entity';
import { scholarshipContributions, tallyPartition } from '#modules/scholarship/contributions';
import { Scholarship } from '#modules/scholarship/entity';

/** Reads every scholarship of a program (pattern 25, all pages): for `npm run recount`, never a request path. */
export async function scholarshipsOf(programId: string) {
  return (await Scholarship.query.byProgram({ programId }).go({ pages: 'all' })).data;
}

/** What a program's scholarships add to its own aggregates (the program's partition). */
export async function scholarshipContributionsOf(programId: string): Promise<Contribution[]> {
  return (await scholarshipsOf(programId)).flatMap((s) => scholarshipContributions(s).filter((c) => c.programId === programId));
}

/**
 * The canton × sponsor tallies (their own partition, `tallyPartition`) rebuilt from the records: the
 * drift (stored vs recounted), written back with `fix`.
 */
export async function recountScholarshipTallies(programId: string, { fix = false } = {}) {
  const partition = tallyPartition(programId);
  const [records, stats] = await Promise.all([
    scholarshipsOf(programId),
    ProgramStat.query.byMonth({ programId: partition }).go({ pages: 'all' }),
  ]);
  const recounted = records.flatMap((s) => scholarshipContributions(s).filter((c) => c.programId === partition));
  const stored: Contribution[] = stats.data.flatMap((s) =>
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
      const was = stats.data.find((s) => s.month === c.month && s.bucket === c.bucket)?.[counter as (typeof STAT_COUNTERS)[number]] ?? 0;
      return {
        programId: partition,
        month: c.month,
        bucket: c.bucket,
        counter: counter as (typeof STAT_COUNTERS)[number],
        stored: was,
        recounted: was + delta!,
      };
    }),
  );
}
