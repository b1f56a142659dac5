import { DEFAULT_STAGE_LIMITS, type StageLimits } from '@ruta/schema/route';
import type { Contribution } from '#modules/aggregates/deltas';
import type { CaseRecord } from '#modules/case/entity';

/**
 * What the case module's own writes need from the route module: a new case's first due date (the
 * program's time limit for its first stage, the route's `RouteTimeLimits`), and what the case's route
 * counts (so an edit of the case's sex or age moves the route's counts by the case's profile exactly).
 * The route module imports this one, so this one cannot import it back (functions/boundaries.test.ts:
 * no cycle): `functions/modules/index.ts` wires the route's functions in, lazily (nothing loads at
 * start-up). Without them — a script that never loads the module list — a new case gets the default
 * limits and an edit moves only the case's own counts.
 */
export interface RouteHooks {
  stageLimits: (programId: string) => Promise<Partial<StageLimits>>;
  /** The route's contributions of a case (as it is or will be) with the items of its partition. */
  routeCounts: (c: CaseRecord, raw: readonly Record<string, unknown>[]) => Promise<Contribution[]>;
}

let hooks: RouteHooks | null = null;

export function provideRouteHooks(h: RouteHooks): void {
  hooks = h;
}

export async function stageLimitsOf(programId: string): Promise<Partial<StageLimits>> {
  return hooks ? hooks.stageLimits(programId) : DEFAULT_STAGE_LIMITS;
}

export async function routeCountsOf(c: CaseRecord, raw: readonly Record<string, unknown>[]): Promise<Contribution[]> {
  return hooks ? hooks.routeCounts(c, raw) : [];
}
