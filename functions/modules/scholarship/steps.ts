import { problem } from '@ruta/schema/problems';
import { badInput } from '#platform/errors';
import type { Step } from '#platform/transact';
import { statSteps } from '#modules/aggregates/deltas';
import { objectiveExists, programExists } from '#modules/framework/links';
import { organizationExists } from '#modules/organization/checks';
import { scholarshipContributions, scholarshipUses } from '#modules/scholarship/contributions';
import type { ScholarshipRecord } from '#modules/scholarship/entity';

const unknownOrganization = (path: string) => badInput([problem(path, 'validation.unknown_party')], `${path}: unknown organization`);

/**
 * The checks a scholarship's write carries: its program, objective, sponsor and implementer exist.
 * `prefix` is where the fields sit in the input (`input.` for the API, '' for an import row). Only
 * what changed is checked again on an update.
 */
export function scholarshipChecks(before: ScholarshipRecord | null, after: ScholarshipRecord, prefix = 'input.'): Step[] {
  const steps: Step[] = [];
  if (!before) steps.push(programExists(after.programId, `${prefix}programId`));
  if (before?.objectiveCode !== after.objectiveCode)
    steps.push(objectiveExists(after.programId, after.objectiveCode, `${prefix}objectiveCode`));
  if (before?.sponsorId !== after.sponsorId) steps.push(organizationExists(after.sponsorId, unknownOrganization(`${prefix}sponsorId`)));
  if (before?.implementerId !== after.implementerId)
    steps.push(organizationExists(after.implementerId, unknownOrganization(`${prefix}implementerId`)));
  return steps;
}

/** Everything that follows a scholarship from `before` to `after` (null: created or deleted): checks, aggregates and uses. */
export function scholarshipSteps(before: ScholarshipRecord | null, after: ScholarshipRecord | null): Step[] {
  return [
    ...(after ? scholarshipChecks(before, after) : []),
    ...statSteps(
      [...scholarshipContributions(before), ...scholarshipUses(before)],
      [...scholarshipContributions(after), ...scholarshipUses(after)],
    ),
  ];
}
