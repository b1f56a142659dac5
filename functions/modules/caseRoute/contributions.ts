import type { Contribution } from '#modules/aggregates/deltas';
import type { StatCounter } from '#modules/aggregates/entity';
import { type CountedProfile, NO_OBJECTIVE_BUCKET, withProfile } from '#modules/case/contributions';

/** What a case's route needs to be counted: its program, objective, sex and age band, and its events. */
export interface CountedCase extends CountedProfile {
  objectiveCode?: string | null;
}
export interface CountedEvent {
  seq: number;
  step: string;
  date: string;
  form?: { planType?: string | null } | null;
}

/**
 * What a case's route adds to the report aggregates — a pure function of the case and ALL its route
 * events, so each write adds `statSteps(routeContributions(case, before), routeContributions(case,
 * after))` and a deleted or corrected event reverses exactly, and the recount computes the same.
 *
 * One rule per metric (docs/decisions.md, "Counting the route"), each counted once per case, in the
 * month of the first event that qualifies, under the case's objective code:
 * - VICTIMS_ASSISTED: the first ASSISTANCE_PLAN;
 * - VICTIMS_REINTEGRATED: the first REINTEGRATION_PLAN;
 * - VICTIMS_IN_FORMAL_EDUCATION / VICTIMS_IN_INTERNSHIPS: the first REINTEGRATION_PLAN of type
 *   FORMAL_EDUCATION / INTERNSHIP (the plan, not the services received: a plan is a decision recorded
 *   once on the route, services come and go and would count a person twice).
 * A case without an objective code counts in the bucket `case` (NO_OBJECTIVE_BUCKET, as the case module
 * counts its identification): toward no objective's row of the report.
 * Each is counted again by the case's sex and age band in the breakdown partition (`withProfile`).
 * (VICTIMS_IDENTIFIED is counted by the case module.)
 */
export function routeContributions(c: CountedCase | null | undefined, events: readonly CountedEvent[]): Contribution[] {
  if (!c) return [];
  const ordered = [...events].sort((a, b) => (a.date === b.date ? a.seq - b.seq : a.date < b.date ? -1 : 1));
  const first = (test: (e: CountedEvent) => boolean) => ordered.find(test);
  const rules: [StatCounter, CountedEvent | undefined][] = [
    ['victimsAssisted', first((e) => e.step === 'ASSISTANCE_PLAN')],
    ['victimsReintegrated', first((e) => e.step === 'REINTEGRATION_PLAN')],
    ['victimsInFormalEducation', first((e) => e.step === 'REINTEGRATION_PLAN' && e.form?.planType === 'FORMAL_EDUCATION')],
    ['victimsInInternships', first((e) => e.step === 'REINTEGRATION_PLAN' && e.form?.planType === 'INTERNSHIP')],
  ];
  return withProfile(
    c,
    rules.flatMap(([counter, e]) =>
      e ? [{ programId: c.programId, month: e.date.slice(0, 7), bucket: c.objectiveCode ?? NO_OBJECTIVE_BUCKET, counter, amount: 1 }] : [],
    ),
  );
}
