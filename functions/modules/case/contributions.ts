import type { Contribution } from '#modules/aggregates/deltas';

/** The bucket of a case without an objective: counted in the program's total, under no objective. */
export const NO_OBJECTIVE_BUCKET = 'case';

/** The partition of the victims' breakdown by sex and age band: read by the dashboard, never by the report. */
export const profilePartition = (programId: string) => `${programId}~victims`;

/** The bucket of a breakdown item: the objective bucket, the person's sex and age band (`1.2|FEMALE|AGE_12_17`). */
export const profileBucket = (objectiveBucket: string, sex: string, ageBand: string) => `${objectiveBucket}|${sex}|${ageBand}`;

/** What a case is counted by beside its objective: sex and age band (UNKNOWN when not recorded). */
export interface CountedProfile {
  programId: string;
  sex?: string | null;
  ageBand?: string | null;
}

/**
 * Every contribution of a case once more in the breakdown partition, under the case's sex and age band
 * (issue 11, item 6): the same pure function feeds the writes and the recount, so both stay equal.
 */
export function withProfile(c: CountedProfile, contributions: Contribution[]): Contribution[] {
  const partition = profilePartition(c.programId);
  return [
    ...contributions,
    ...contributions.map((x) => ({
      ...x,
      programId: partition,
      bucket: profileBucket(x.bucket, c.sex ?? 'UNKNOWN', c.ageBand ?? 'UNKNOWN'),
    })),
  ];
}

/**
 * A case counts one victim identified, in the month of its identification, toward its objective
 * (the route module counts assistance, reintegration, education and internships), and again by its sex
 * and age band (`withProfile`). An anonymised case still counts: erasure keeps the statistics.
 */
export function caseContributions(
  c: (CountedProfile & { objectiveCode?: string | null; dateIdentified?: string | null }) | null | undefined,
): Contribution[] {
  if (!c?.dateIdentified) return [];
  return withProfile(c, [
    {
      programId: c.programId,
      month: c.dateIdentified.slice(0, 7),
      bucket: c.objectiveCode ?? NO_OBJECTIVE_BUCKET,
      counter: 'victimsIdentified',
      amount: 1,
    },
  ]);
}
