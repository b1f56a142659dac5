import type { Contribution } from '#modules/aggregates/deltas';
import { recountPartition } from '#modules/aggregates/recount';
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
  const recounted = (await scholarshipsOf(programId)).flatMap((s) => scholarshipContributions(s).filter((c) => c.programId === partition));
  return recountPartition(partition, recounted, { fix });
}
