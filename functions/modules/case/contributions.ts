import type { Contribution } from '#modules/aggregates/deltas';

/** The bucket of a case without an objective: counted in the program's total, under no objective. */
export const NO_OBJECTIVE_BUCKET = 'case';

/**
 * A case counts one victim identified, in the month of its identification, toward its objective
 * (the route module counts assistance, reintegration, education and internships). An anonymised case
 * still counts: erasure keeps the statistics.
 */
export function caseContributions(
  c: { programId: string; objectiveCode?: string | null; dateIdentified?: string | null } | null | undefined,
): Contribution[] {
  if (!c?.dateIdentified) return [];
  return [
    {
      programId: c.programId,
      month: c.dateIdentified.slice(0, 7),
      bucket: c.objectiveCode ?? NO_OBJECTIVE_BUCKET,
      counter: 'victimsIdentified',
      amount: 1,
    },
  ];
}
