import { problem } from '@ruta/schema/problems';
import { badInput } from '#platform/errors';
import { step, type Step } from '#platform/transact';
import { statSteps } from '#modules/aggregates/deltas';
import { objectiveLinkSteps } from '#modules/framework/links';
import { countAgreement } from '#modules/organization/checks';
import type { Searchable } from '#modules/search/steps';
import { searchWordSteps } from '#modules/search/steps';
import { agreementContributions } from '#modules/partnerAgreement/contributions';
import { AgreementInProgram, AgreementParty, OPEN_END, type AgreementRecord } from '#modules/partnerAgreement/entity';

const TYPE = 'PartnerAgreement';

/** An agreement as the search index sees it: found by the words of its title; every list filter (and the caller's scope) is on its items. */
export const agreementSearchable = (a: AgreementRecord): Searchable => ({
  type: TYPE,
  id: a.id,
  texts: [a.title],
  facets: {
    kind: a.kind,
    status: a.status,
    startDate: a.startDate,
    endDate: a.endDate,
    partyIds: a.partyIds,
    programId: a.programId,
  },
});

/** The agreement's copy in its program's partition. */
export const programCopy = (a: AgreementRecord & { programId: string }) => ({ ...a, endKey: a.endDate ?? OPEN_END });

const unknownParty = (partyIds: readonly string[], id: string) => {
  const index = partyIds.indexOf(id);
  return badInput(
    [problem(`input.partyIds.${index}`, 'validation.unknown_party')],
    `input.partyIds.${index}: organization ${id} does not exist`,
  );
};

/** The program copy follows the agreement: deleted where it was (another program or start date), written where it is. */
function programCopySteps(before: AgreementRecord | null, after: AgreementRecord | null): Step[] {
  const steps: Step[] = [];
  const moved = !after?.programId || before?.programId !== after.programId || before?.startDate !== after.startDate;
  if (before?.programId && moved) {
    steps.push(step(AgreementInProgram.delete({ programId: before.programId, startDate: before.startDate, id: before.id }).commit()));
  }
  if (after?.programId) steps.push(step(AgreementInProgram.put(programCopy({ ...after, programId: after.programId })).commit()));
  return steps;
}

/**
 * Everything that follows an agreement from `before` to `after` (null: created or deleted), in its
 * transaction: party counts and copies, the program copy, the title's search words, objective links
 * and report aggregates. The largest update is counted in functions/modules/README.md and asserted
 * in steps.test.ts.
 */
export function agreementSteps(before: AgreementRecord | null, after: AgreementRecord | null): Step[] {
  const was = new Set(before?.partyIds ?? []);
  const now = new Set(after?.partyIds ?? []);
  const id = (after ?? before)!.id;
  return [
    ...[...now].filter((p) => !was.has(p)).map((p) => countAgreement(p, 1, unknownParty(after!.partyIds, p))),
    ...[...was].filter((p) => !now.has(p)).map((p) => countAgreement(p, -1)),
    ...[...was].filter((p) => !now.has(p)).map((organizationId) => step(AgreementParty.delete({ id, organizationId }).commit())),
    ...(after ? after.partyIds.map((organizationId) => step(AgreementParty.put({ ...after, organizationId }).commit())) : []),
    ...programCopySteps(before, after),
    ...searchWordSteps(before && agreementSearchable(before), after && agreementSearchable(after)),
    ...objectiveLinkSteps(before, after),
    ...statSteps(agreementContributions(before), agreementContributions(after)),
  ];
}
