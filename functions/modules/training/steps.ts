import { problem } from '@ruta/schema/problems';
import { badInput } from '#platform/errors';
import { step, type Step } from '#platform/transact';
import { statSteps } from '#modules/aggregates/deltas';
import { objectiveExists, programExists } from '#modules/framework/links';
import { organizationExists } from '#modules/organization/checks';
import { trainingContributions, trainingUses } from '#modules/training/contributions';
import { TrainingOrganization, TrainingRosterItem, type RosterEntryRecord, type TrainingRecord } from '#modules/training/entity';
import { trainingOrganizations } from '#modules/training/owners';

/** Where an organization is named in the input, for the error of an unknown one. */
function pathOf(t: TrainingRecord, organizationId: string): string {
  const organizer = t.organizerIds.indexOf(organizationId);
  if (organizer >= 0) return `input.organizerIds.${organizer}`;
  return `input.audience.${t.audience.findIndex((l) => l.organizationId === organizationId)}.organizationId`;
}

const unknownOrganization = (t: TrainingRecord, id: string) => {
  const path = pathOf(t, id);
  return badInput([problem(path, 'validation.unknown_organization')], `${path}: organization ${id} does not exist`);
};

/** The roster follows the input: written when sent, removed when cleared (null), untouched when absent. */
export type RosterChange = { entries: RosterEntryRecord[] } | null | undefined;

/**
 * Everything that follows a training from `before` to `after` (null: created or deleted), in its
 * transaction: a check that each newly named organization exists, the organization copies (deleted for
 * organizations no longer named, rewritten for the others), the objective check when the program or
 * objective changes, the roster item, and the report aggregates. The largest update is counted in
 * functions/modules/README.md and asserted in steps.test.ts.
 */
export function trainingSteps(before: TrainingRecord | null, after: TrainingRecord | null, roster?: RosterChange): Step[] {
  const was = new Set(before ? trainingOrganizations(before) : []);
  const now = new Set(after ? trainingOrganizations(after) : []);
  const id = (after ?? before)!.id;
  const steps: Step[] = [
    ...[...now].filter((o) => !was.has(o)).map((o) => organizationExists(o, unknownOrganization(after!, o))),
    ...[...was].filter((o) => !now.has(o)).map((organizationId) => step(TrainingOrganization.delete({ id, organizationId }).commit())),
    ...[...now].map((organizationId) => step(TrainingOrganization.put({ ...after!, organizationId }).commit())),
  ];
  if (after && (after.programId !== before?.programId || after.objectiveCode !== before?.objectiveCode)) {
    if (after.programId !== before?.programId) steps.push(programExists(after.programId, 'input.programId'));
    steps.push(objectiveExists(after.programId, after.objectiveCode, 'input.objectiveCode'));
  }
  if (!after) steps.push(step(TrainingRosterItem.delete({ trainingId: id }).commit()));
  else if (roster) steps.push(step(TrainingRosterItem.put({ trainingId: id, entries: roster.entries }).commit()));
  else if (roster === null && before?.rosterSize) steps.push(step(TrainingRosterItem.delete({ trainingId: id }).commit()));
  steps.push(
    ...statSteps([...trainingContributions(before), ...trainingUses(before)], [...trainingContributions(after), ...trainingUses(after)]),
  );
  return steps;
}
