import type { Contribution } from '#modules/aggregates/deltas';
import type { TrainingRecord } from '#modules/training/entity';

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
