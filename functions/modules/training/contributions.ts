import type { Contribution } from '#modules/aggregates/deltas';
import type { TrainingRecord } from '#modules/training/entity';
import { objectiveUseKey, organizationUseKey, usesOf } from '#modules/aggregates/uses';
import { trainingOrganizations } from '#modules/training/owners';

/**
 * A training counts once as held, and its participants by sex, under its objective in the month it
 * started (trainings held, people trained, women trained, men trained).
 */
export function trainingContributions(
  t: Pick<TrainingRecord, 'programId' | 'startDate' | 'objectiveCode' | 'totals'> | null | undefined,
): Contribution[] {
  if (!t) return [];
  const at = { programId: t.programId, month: t.startDate.slice(0, 7), bucket: t.objectiveCode };
  return [
    { ...at, counter: 'trainingsHeld', amount: 1 },
    { ...at, counter: 'peopleTrained', amount: t.totals.total },
    { ...at, counter: 'womenTrained', amount: t.totals.women },
    { ...at, counter: 'menTrained', amount: t.totals.men },
  ];
}

/** What keeps the organizations a training names and its objective from being deleted (#modules/aggregates/uses). */
export function trainingUses(
  t: Pick<TrainingRecord, 'programId' | 'objectiveCode' | 'organizerIds' | 'audience'> | null | undefined,
): Contribution[] {
  if (!t) return [];
  return usesOf('trainingsHeld', [...trainingOrganizations(t).map(organizationUseKey), objectiveUseKey(t.programId, t.objectiveCode)]);
}
