import type { Contribution } from '#modules/aggregates/deltas';
import { Case } from '#modules/case/entity';
import { routeContributions } from '#modules/caseRoute/contributions';
import { RouteEvent } from '#modules/caseRoute/entity';

/**
 * What the route events of a program's cases add to its aggregates, recomputed from the records for
 * `npm run recount` (a maintenance job: the program's cases by `byProgram`, then each case's events —
 * one Query per case, no Scan). The same pure function as the writes, so a drift means a lost write.
 */
export async function caseRouteContributionsOf(programId: string): Promise<Contribution[]> {
  const { data: cases } = await Case.query.byProgram({ programId }).go({ pages: 'all' });
  const out: Contribution[] = [];
  for (const c of cases) {
    const { data: events } = await RouteEvent.query.byCase({ caseId: c.caseId }).go({ pages: 'all' });
    out.push(...routeContributions(c, events));
  }
  return out;
}
