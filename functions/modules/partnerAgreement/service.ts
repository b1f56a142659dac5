import { randomUUID } from 'node:crypto';
import type { PartnerAgreementFilter, PartnerAgreementSort } from '@ruta/schema/generated/types';
import { problem } from '@ruta/schema/zod/common';
import { checkAgreementRules, createPartnerAgreementInput, updatePartnerAgreementInput } from '@ruta/schema/zod/partnerAgreement';
import * as z from 'zod';
import { reachOf, reaches } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { badInput, notFound, parseInput } from '#platform/errors';
import { emptyPage, readPage } from '#platform/paging';
import { step, type Step } from '#platform/transact';
import { statSteps } from '#modules/aggregates/deltas';
import { withoutNulls } from '#modules/records/changes';
import { created } from '#modules/records/tracked';
import { createOnce, deleteVersioned, updateVersioned, versionIs } from '#modules/records/writes';
import { objectiveLinkSteps } from '#modules/framework/links';
import { countAgreement } from '#modules/organization/checks';
import { agreementContributions } from '#modules/partnerAgreement/contributions';
import { AgreementParty, PartnerAgreement, type AgreementRecord } from '#modules/partnerAgreement/entity';
import { planList } from '#modules/partnerAgreement/listQuery';
import { agreementOwner } from '#modules/partnerAgreement/owners';
import { isoDay } from '#modules/partnerAgreement/status';

const TYPE = 'PartnerAgreement';

export async function getAgreement(ctx: RequestContext, id: string): Promise<AgreementRecord> {
  const { data } = await PartnerAgreement.get({ id }).go();
  // Someone else's agreement reads as missing, so its existence does not leak either.
  if (!data || !reaches(reachOf(ctx, 'Query', 'partnerAgreement'), agreementOwner, data, TYPE)) throw notFound(TYPE, id);
  return data;
}

export async function listAgreements(
  ctx: RequestContext,
  filterIn: PartnerAgreementFilter | null | undefined,
  sort: PartnerAgreementSort | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const filter = { ...(filterIn ?? {}) };
  const reach = reachOf(ctx, 'Query', 'partnerAgreements');
  if (reach?.scope === 'own') {
    // An 'own' caller lists through its organization's party copies, whatever else it filters by.
    if (!reach.organizationId || (filter.organizationId && filter.organizationId !== reach.organizationId))
      return emptyPage<AgreementRecord>();
    filter.organizationId = reach.organizationId;
  }
  const plan = planList({ filter, sort, today: isoDay(ctx.now) });
  const result = await readPage(ctx, `partnerAgreements:${plan.index}`, plan.query, {
    first,
    after,
    order: plan.order,
    filtered: plan.filtered,
  });
  return { ...result, nodes: result.nodes.map(stripParty) };
}

/** A party copy carries its organizationId; the GraphQL type is the agreement. */
function stripParty(a: AgreementRecord & { organizationId?: string }): AgreementRecord {
  const { organizationId: _o, ...agreement } = a;
  return agreement;
}

const unknownParty = (partyIds: readonly string[], id: string) => {
  const index = partyIds.indexOf(id);
  return badInput(
    [problem(`input.partyIds.${index}`, 'validation.unknown_party')],
    `input.partyIds.${index}: organization ${id} does not exist`,
  );
};

/** The party copies, party counts, objective links and aggregates that follow an agreement from `before` to `after`. */
function agreementSteps(before: AgreementRecord | null, after: AgreementRecord | null): Step[] {
  const was = new Set(before?.partyIds ?? []);
  const now = new Set(after?.partyIds ?? []);
  const id = (after ?? before)!.id;
  return [
    ...[...now].filter((p) => !was.has(p)).map((p) => countAgreement(p, 1, unknownParty(after!.partyIds, p))),
    ...[...was].filter((p) => !now.has(p)).map((p) => countAgreement(p, -1)),
    ...[...was].filter((p) => !now.has(p)).map((organizationId) => step(AgreementParty.delete({ id, organizationId }).commit())),
    ...(after ? after.partyIds.map((organizationId) => step(AgreementParty.put({ ...after, organizationId }).commit())) : []),
    ...objectiveLinkSteps(before, after),
    ...statSteps(agreementContributions(before), agreementContributions(after)),
  ];
}

export async function createAgreement(ctx: RequestContext, raw: unknown): Promise<AgreementRecord> {
  const input = parseInput(createPartnerAgreementInput, raw);
  const { id: requestedId, ...fields } = input;
  const record = { ...withoutNulls(fields), id: requestedId ?? randomUUID(), ...created(ctx, input) } as AgreementRecord;
  return createOnce(ctx, {
    type: TYPE,
    id: record.id,
    record,
    put: PartnerAgreement.create(record).commit(),
    load: async () => (await PartnerAgreement.get({ id: record.id }).go()).data,
    steps: agreementSteps(null, record),
  });
}

/** Cross-field rules hold for the record as it will be, not only for the fields sent. */
function checkMerged(merged: AgreementRecord) {
  const combined = z.object({}).passthrough().superRefine(checkAgreementRules).safeParse(merged);
  if (!combined.success) {
    throw badInput(combined.error.issues.map((i) => problem(`input.${i.path.join('.')}`, i.message as never)));
  }
}

export async function updateAgreement(ctx: RequestContext, raw: unknown): Promise<AgreementRecord> {
  const { id, version, ...changes } = parseInput(updatePartnerAgreementInput, raw);
  const { data: current } = await PartnerAgreement.get({ id }).go();
  return updateVersioned(ctx, {
    type: TYPE,
    id,
    current,
    version,
    changes,
    validate: checkMerged,
    patch: (set, remove) =>
      PartnerAgreement.patch({ id })
        .set(set)
        .remove(remove as never)
        .where(versionIs(version))
        .commit(),
    steps: (merged) => agreementSteps(current!, merged),
  });
}

export async function deleteAgreement(ctx: RequestContext, id: string, version: number): Promise<{ id: string }> {
  const { data: current } = await PartnerAgreement.get({ id }).go();
  return deleteVersioned(ctx, {
    type: TYPE,
    id,
    current,
    version,
    remove: PartnerAgreement.delete({ id }).where(versionIs(version)).commit(),
    steps: current ? agreementSteps(current, null) : [],
  });
}
