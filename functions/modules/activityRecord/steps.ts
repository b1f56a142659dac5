import type { GraphQLError } from 'graphql';
import { problem } from '@ruta/schema/problems';
import { badInput } from '#platform/errors';
import { step, type Step } from '#platform/transact';
import { objectiveExists, programExists } from '#modules/framework/links';
import { organizationExists } from '#modules/organization/checks';
import { PartnerAgreement } from '#modules/partnerAgreement/entity';
import { Training } from '#modules/training/entity';
import { PeriodLock, type ActivityRecordItem } from '#modules/activityRecord/entity';

/** The record's quarter is locked: typed, on the field that places it in the quarter. */
const periodLocked = (quarter: string, path = 'input.startDate'): GraphQLError =>
  badInput([problem(path, 'validation.period_locked', { quarter })], `The quarter ${quarter} is locked`);

/** The quarter is not locked (no lock item), failing as `periodLocked`. */
const periodOpen = (programId: string, quarter: string, path?: string): Step =>
  step(
    PeriodLock.check({ programId, quarter })
      .where((a, op) => op.notExists(a.lockedAt))
      .commit(),
    periodLocked(quarter, path),
  );

/**
 * The checks of a record's change from `before` to `after` (null: created or deleted), aggregates
 * aside (the caller folds those, so a review of many records writes each aggregate item once): the
 * quarter it leaves and the one it enters are open, and whatever it newly names exists — the
 * organization and program (on create), the objective, the linked training and agreement. `at` is the
 * path prefix of the fields (`input`, or `` for an import row).
 */
export function activityChecks(before: ActivityRecordItem | null, after: ActivityRecordItem | null, at = 'input'): Step[] {
  const p = (field: string) => (at ? `${at}.${field}` : field);
  const steps: Step[] = [];
  const quarters = new Set([before?.quarter, after?.quarter].filter((q): q is string => !!q));
  const programId = (after ?? before)!.programId;
  for (const q of quarters) steps.push(periodOpen(programId, q, p('startDate')));
  if (!after) return steps;
  if (!before) {
    steps.push(programExists(after.programId, p('programId')));
    steps.push(organizationExists(after.organizationId, badInput([problem(p('organizationId'), 'validation.unknown_organization')])));
  }
  if (after.objectiveCode !== before?.objectiveCode) steps.push(objectiveExists(after.programId, after.objectiveCode, p('objectiveCode')));
  if (after.trainingId && after.trainingId !== before?.trainingId)
    steps.push(
      step(
        Training.check({ id: after.trainingId })
          .where((a, op) => op.exists(a.id))
          .commit(),
        badInput([problem(p('trainingId'), 'validation.invalid_id')]),
      ),
    );
  if (after.agreementId && after.agreementId !== before?.agreementId)
    steps.push(
      step(
        PartnerAgreement.check({ id: after.agreementId })
          .where((a, op) => op.exists(a.id))
          .commit(),
        badInput([problem(p('agreementId'), 'validation.invalid_id')]),
      ),
    );
  return steps;
}
